import type { ManagerSession } from '@portail/kernel/contract';
import { ApiError } from '@portail/runtime';
import { MANDATORY_NOTE } from '@portail/shared-design';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { logIn } from '../api.js';
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
 * H1 — the managers' own login (not the members'): identifier and password. The server's refusal
 * (wrong password, 429 lockout after repeated failures) is said in an alert that takes the focus;
 * a missing field is marked and focused.
 */
export class BoLoginPage extends LitElement {
  static override styles = gestionPageStyles;

  /** Why the manager is here again (session expired, logged out). */
  @property({ attribute: false }) notice: LoginNotice | null = null;
  @state() private error = '';
  @state() private fieldErrors: Partial<Record<FieldName, string>> = {};
  @state() private busy = false;

  private value(name: FieldName): string {
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
      const session = await logIn(login, password);
      this.dispatchEvent(
        new CustomEvent<ManagerSession>(LOGGED_IN, { bubbles: true, composed: true, detail: session }),
      );
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
    const field = (Object.keys(REQUIRED) as FieldName[]).find((name) => this.fieldErrors[name]);
    const target = field ? `[name="${field}"]` : 'pa-alert.error';
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  override render() {
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
