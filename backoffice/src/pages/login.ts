import type { ManagerSession } from '@portail/kernel/contract';
import {
  codeSentText,
  type LoginChallenge,
  SECOND_FACTOR_TEXT,
} from '@portail/kernel/contract/second-factor';
import { ApiError } from '@portail/runtime';
import { MANDATORY_NOTE, type PaPage } from '@portail/shared-design';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { confirmCode, logIn, resendCode } from '../api.js';
import { gestionPageStyles } from '../styles.js';

export interface LoginNotice {
  message: string;
  variant: 'info' | 'success' | 'warning';
}

/** Fired (bubbling, composed) once the manager is logged in, with the session. */
export const LOGGED_IN = 'bo-logged-in';

const REQUIRED: Record<'login' | 'password', string> = {
  login: 'Saisissez votre identifiant.',
  password: 'Saisissez votre mot de passe.',
};

type FieldName = keyof typeof REQUIRED;

/**
 * H1 — the managers' own login (not the members'): identifier and password, then always the code
 * (SPEC P8; after a wrong password too: the step says nothing of the password). The server's refusal
 * (429 lockout after repeated failures, no e-mail to send a code to) is said in an alert that takes
 * the focus; a missing field is marked and focused.
 */
export class BoLoginPage extends LitElement {
  static override styles = gestionPageStyles;

  /** Why the manager is here again (session expired, logged out). */
  @property({ attribute: false }) notice: LoginNotice | null = null;
  @state() private error = '';
  @state() private fieldErrors: Partial<Record<FieldName | 'code', string>> = {};
  @state() private busy = false;
  @state() private challenge: LoginChallenge | null = null;
  @state() private info = '';

  private value(name: FieldName | 'code'): string {
    return this.renderRoot.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)?.value ?? '';
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const login = this.value('login').trim();
    const password = this.value('password');
    this.error = '';
    this.fieldErrors = {
      ...(login ? {} : { login: REQUIRED.login }),
      ...(password ? {} : { password: REQUIRED.password }),
    };
    if (Object.keys(this.fieldErrors).length > 0) return this.focusFirstError();
    this.busy = true;
    try {
      // SPEC P8: a manager always goes on with the code e-mailed to them.
      this.challenge = await logIn(login, password);
      this.notice = null;
      await this.updateComplete;
      this.renderRoot.querySelector<PaPage>('pa-page')?.focusHeading();
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      const fieldErrors = apiError?.fieldErrors ?? {};
      this.fieldErrors = { login: fieldErrors['login'], password: fieldErrors['password'] };
      if (!this.fieldErrors.login && !this.fieldErrors.password) {
        this.fieldErrors = {};
        this.error = apiError?.message ?? String(error);
      }
      await this.focusFirstError();
    } finally {
      this.busy = false;
    }
  }

  /** The first marked field, or else the alert, so that the manager hears what went wrong. */
  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const field = (['login', 'password', 'code'] as const).find((name) => this.fieldErrors[name]);
    const target = field ? `[name="${field}"]` : 'pa-alert.error';
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  /** SPEC P8: the code sent to the manager's e-mail, then the session. */
  private async submitCode(event: Event): Promise<void> {
    event.preventDefault();
    const challenge = this.challenge;
    if (this.busy || !challenge) return;
    const code = this.value('code').replace(/\s/g, '');
    this.error = '';
    this.info = '';
    this.fieldErrors = !code
      ? { code: SECOND_FACTOR_TEXT.missing }
      : /^\d{6}$/.test(code)
        ? {}
        : { code: SECOND_FACTOR_TEXT.malformed };
    if (this.fieldErrors.code) return this.focusFirstError();
    this.busy = true;
    try {
      const session = await confirmCode(challenge.challenge, code);
      this.dispatchEvent(
        new CustomEvent<ManagerSession>(LOGGED_IN, { bubbles: true, composed: true, detail: session }),
      );
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      const fieldError = apiError?.fieldErrors?.['code'];
      this.fieldErrors = fieldError ? { code: fieldError } : {};
      if (!fieldError) this.error = apiError?.message ?? String(error);
      await this.focusFirstError();
    } finally {
      this.busy = false;
    }
  }

  private async resend(): Promise<void> {
    const challenge = this.challenge;
    if (this.busy || !challenge) return;
    this.busy = true;
    this.error = '';
    try {
      this.challenge = await resendCode(challenge.challenge);
      this.info = SECOND_FACTOR_TEXT.resent;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      await this.focusFirstError();
    } finally {
      this.busy = false;
    }
  }

  private renderCodeStep(challenge: LoginChallenge) {
    return html`<pa-page heading=${SECOND_FACTOR_TEXT.heading} no-autofocus>
      <p slot="intro">${codeSentText(challenge, 'par e-mail')}</p>
      <div role="status">${this.info ? html`<pa-alert variant="success"><p>${this.info}</p></pa-alert>` : nothing}</div>
      ${this.error ? html`<pa-alert class="error" variant="error" tabindex="-1"><p>${this.error}</p></pa-alert>` : nothing}
      <form novalidate @submit=${this.submitCode}>
        <pa-text-field label=${SECOND_FACTOR_TEXT.codeLabel} name="code" autocomplete="one-time-code" inputmode="numeric"
          maxlength="6" required hint=${SECOND_FACTOR_TEXT.codeHint} .error=${this.fieldErrors.code ?? ''}></pa-text-field>
        <pa-button type="submit" ?busy=${this.busy}>${SECOND_FACTOR_TEXT.submit}</pa-button>
      </form>
      <p>
        ${
          challenge.resendsLeft > 0
            ? html`<pa-button variant="secondary" @click=${this.resend}>${SECOND_FACTOR_TEXT.resend}</pa-button>`
            : nothing
        }
        <pa-button variant="secondary" @click=${() => {
          this.challenge = null;
          this.error = '';
          this.info = '';
        }}>${SECOND_FACTOR_TEXT.cancel}</pa-button>
      </p>
      <p class="muted">${SECOND_FACTOR_TEXT.notReceived}</p>
    </pa-page>`;
  }

  override render() {
    if (this.challenge) return this.renderCodeStep(this.challenge);
    const errors = this.fieldErrors;
    return html`<pa-page heading="Connexion à la gestion">
      <p slot="intro">Espace réservé aux gestionnaires. Saisissez votre identifiant et votre mot de passe.</p>
      ${this.notice ? html`<pa-alert variant=${this.notice.variant}><p>${this.notice.message}</p></pa-alert>` : nothing}
      ${this.error ? html`<pa-alert class="error" variant="error" tabindex="-1"><p>${this.error}</p></pa-alert>` : nothing}
      <form novalidate @submit=${this.submit}>
        <p class="mandatory">${MANDATORY_NOTE}</p>
        <pa-text-field label="Identifiant" name="login" autocomplete="username" required
          .error=${errors.login ?? ''}></pa-text-field>
        <pa-text-field label="Mot de passe" name="password" type="password" autocomplete="current-password"
          required .error=${errors.password ?? ''}></pa-text-field>
        <pa-button type="submit" ?busy=${this.busy}>Se connecter</pa-button>
      </form>
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bo-logged-in': CustomEvent<ManagerSession>;
  }
}
