import type { SessionInfo } from '@portail/kernel/contract';
import { ApiError, api, setSession } from '@portail/runtime';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fieldValue, focusFirstError, pageStyles } from './page-styles.js';

export interface LoginNotice {
  message: string;
  variant: 'info' | 'success' | 'warning';
}

const REQUIRED: Record<string, string> = {
  login: 'Saisissez votre identifiant ou votre adresse e-mail.',
  password: 'Saisissez votre mot de passe.',
};

/** A1 — login by identifier or e-mail and password. On success the session is set; the app moves on. */
export class PortailLoginPage extends LitElement {
  static override styles = pageStyles;

  /** Why the member is here again (session expired, logged out). */
  @property({ attribute: false }) notice: LoginNotice | null = null;
  @state() private error = '';
  @state() private fieldErrors: Record<string, string> = {};
  @state() private busy = false;

  override render() {
    const errors = this.fieldErrors;
    return html`<pa-page heading="Connexion">
      <p slot="intro">Saisissez votre identifiant et votre mot de passe puis cliquez sur « Valider ».</p>
      ${this.notice ? html`<pa-alert variant=${this.notice.variant}>${this.notice.message}</pa-alert>` : nothing}
      ${this.error ? html`<pa-alert variant="error">${this.error}</pa-alert>` : nothing}
      <form novalidate @submit=${this.submit}>
        <pa-text-field label="Identifiant ou e-mail" name="login" autocomplete="username" required
          .error=${errors.login ?? ''}></pa-text-field>
        <pa-text-field label="Mot de passe" name="password" type="password" autocomplete="current-password"
          required .error=${errors.password ?? ''}></pa-text-field>
        <pa-button type="submit" variant="primary" ?busy=${this.busy}>Valider</pa-button>
      </form>
      <p><a href="/aide">Besoin d'aide</a></p>
    </pa-page>`;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const root = this.renderRoot;
    const body = { login: fieldValue(root, 'login').trim(), password: fieldValue(root, 'password') };
    const missing = Object.fromEntries(
      Object.entries(REQUIRED).filter(([name]) => !body[name as keyof typeof body]),
    );
    this.error = '';
    this.fieldErrors = missing;
    if (Object.keys(missing).length > 0) return this.afterError();
    this.busy = true;
    try {
      setSession(await api<SessionInfo>('/api/auth/login', { method: 'POST', body }));
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      this.fieldErrors = apiError?.fieldErrors ?? {};
      this.error = Object.keys(this.fieldErrors).length > 0 ? '' : (apiError?.message ?? String(error));
      await this.afterError();
    } finally {
      this.busy = false;
    }
  }

  private async afterError(): Promise<void> {
    await this.updateComplete;
    focusFirstError(this.renderRoot, this.fieldErrors);
  }
}
