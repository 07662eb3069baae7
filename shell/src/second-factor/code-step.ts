import { msg, str } from '@lit/localize';
import type { SessionInfo } from '@portail/kernel/contract';
import {
  codeSentText,
  LOGIN_CODE_LENGTH,
  type LoginChallenge,
  SECOND_FACTOR_TEXT,
} from '@portail/kernel/contract/second-factor';
import type { LoginCodeRequest } from '@portail/kernel/contract/second-factor-schemas';
import { api, setSession } from '@portail/runtime';
import { type PaPage, token } from '@portail/shared-design';
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FormPage } from '../pages/form-page.js';
import { fieldValue, pageStyles } from '../pages/page-styles.js';

/** Fired (bubbling, composed) by « Recommencer la connexion »: the login page shows its form again. */
export const LOGIN_RESTART = 'portail-login-restart';

const CODE_PATTERN = new RegExp(`^\\d{${LOGIN_CODE_LENGTH}}$`);

/**
 * SPEC P8 — the login's second step on a device the portal does not know: the 6-digit code sent by
 * e-mail or SMS, « Se souvenir de cet appareil », « Renvoyer le code » (30 s after the last sending,
 * as often as the server still allows). Its own chunk, imported by the login page when the server
 * asks for a code: the login page stays light. The focus goes to its heading when it shows; the
 * errors are announced (an alert, or at the field with the focus on it).
 */
export class PortailCodeStep extends FormPage<'code'> {
  static override styles = [
    pageStyles,
    css`
      .remember {
        display: flex;
        gap: ${token['space-2']};
        align-items: flex-start;
        margin: ${token['space-2']} 0 ${token['space-4']};
      }
      .remember input {
        width: 1.25rem;
        height: 1.25rem;
        margin: 0.1rem 0 0;
        flex: none;
      }
      .hint {
        margin: 0;
        color: ${token['color-text-muted']};
        font-size: ${token['font-size-sm']};
      }
      .not-received {
        margin-top: ${token['space-4']};
      }
      .other {
        display: flex;
        flex-wrap: wrap;
        gap: ${token['space-2']} ${token['space-4']};
        align-items: center;
        margin-top: ${token['space-4']};
      }
      .link {
        padding: 0;
        border: 0;
        background: none;
        color: ${token['color-primary']};
        font: inherit;
        text-decoration: underline;
        cursor: pointer;
      }
    `,
  ];

  @property({ attribute: false }) challenge!: LoginChallenge;
  /** Where the code goes: a member's login, or (the same step) another login of the portal. */
  @property() endpoint = '/api/auth/login/code';
  @state() private notice = '';
  /** Seconds before « Renvoyer le code » may be used. */
  @state() private resendWait = 0;
  @state() private resending = false;
  private timer: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.startWait(this.challenge.resendInSeconds);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  protected override async firstUpdated(): Promise<void> {
    const page = this.renderRoot.querySelector<PaPage>('pa-page');
    await page?.updateComplete;
    page?.focusHeading();
  }

  private startWait(seconds: number): void {
    clearInterval(this.timer);
    this.resendWait = seconds;
    this.timer = setInterval(() => {
      this.resendWait = Math.max(0, this.resendWait - 1);
      if (this.resendWait === 0) clearInterval(this.timer);
    }, 1000);
  }

  protected override submit(): Promise<void> {
    const code = fieldValue(this.renderRoot, 'code').replace(/\s/g, '');
    const remember =
      this.renderRoot.querySelector<HTMLInputElement>('input[name="remember"]')?.checked ?? false;
    const errors = !code
      ? { code: SECOND_FACTOR_TEXT.missing }
      : CODE_PATTERN.test(code)
        ? {}
        : { code: SECOND_FACTOR_TEXT.malformed };
    this.notice = '';
    return this.send(errors, async () => {
      const body: LoginCodeRequest = { challenge: this.challenge.challenge, code, remember };
      setSession(await api<SessionInfo>(this.endpoint, { method: 'POST', body }));
    });
  }

  private async resend(): Promise<void> {
    if (this.resending || this.resendWait > 0) return;
    this.resending = true;
    this.error = '';
    this.fieldErrors = {};
    try {
      this.challenge = await api<LoginChallenge>(`${this.endpoint}/renvoi`, {
        method: 'POST',
        body: { challenge: this.challenge.challenge },
      });
      this.notice = SECOND_FACTOR_TEXT.resent;
      this.startWait(this.challenge.resendInSeconds);
    } catch (error) {
      this.notice = '';
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.resending = false;
    }
  }

  private restart(): void {
    this.dispatchEvent(new CustomEvent(LOGIN_RESTART, { bubbles: true, composed: true }));
  }

  private renderResend() {
    if (this.challenge.resendsLeft <= 0) return nothing;
    const waiting = this.resendWait > 0;
    return html`<pa-button variant="secondary" ?disabled=${waiting} ?busy=${this.resending}
        @click=${this.resend}>${SECOND_FACTOR_TEXT.resend}</pa-button>
      ${waiting ? html`<span class="hint">${msg(str`Possible dans ${this.resendWait} s`)}</span>` : nothing}`;
  }

  override render() {
    const errors = this.fieldErrors;
    return html`<pa-page heading=${SECOND_FACTOR_TEXT.heading} no-autofocus>
      <p slot="intro">${codeSentText(this.challenge)}</p>
      <div role="status">${this.notice ? html`<pa-alert variant="success"><p>${this.notice}</p></pa-alert>` : nothing}</div>
      ${this.renderError()}
      <form novalidate @submit=${this.onSubmit}>
        <pa-text-field label=${SECOND_FACTOR_TEXT.codeLabel} name="code" autocomplete="one-time-code"
          inputmode="numeric" maxlength=${LOGIN_CODE_LENGTH} required hint=${SECOND_FACTOR_TEXT.codeHint}
          .error=${errors.code ?? ''}></pa-text-field>
        ${
          this.challenge.canRemember
            ? html`<div class="remember">
                <input type="checkbox" id="remember" name="remember" aria-describedby="remember-hint" />
                <div>
                  <label for="remember">${SECOND_FACTOR_TEXT.remember}</label>
                  <p id="remember-hint" class="hint">${SECOND_FACTOR_TEXT.rememberHint}</p>
                </div>
              </div>`
            : nothing
        }
        <pa-button type="submit" variant="primary" ?busy=${this.busy}>${SECOND_FACTOR_TEXT.submit}</pa-button>
      </form>
      <div class="other">
        ${this.renderResend()}
        <button type="button" class="link" @click=${this.restart}>${SECOND_FACTOR_TEXT.cancel}</button>
      </div>
      <p class="hint not-received">${SECOND_FACTOR_TEXT.notReceived}</p>
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portail-code-step': PortailCodeStep;
  }
  interface HTMLElementEventMap {
    'portail-login-restart': CustomEvent<void>;
  }
}
