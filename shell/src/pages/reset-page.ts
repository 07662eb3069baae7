import type { NeutralAnswer } from '@portail/kernel/contract';
import { ApiError, api } from '@portail/runtime';
import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { NewPasswordFields, newPasswordErrors } from './new-password.js';
import { focusFirstError, pageStyles } from './page-styles.js';

export const LINK_INVALID = "Ce lien n'est plus valable : il a expiré ou a déjà été utilisé.";

/** A2/A7 — choosing a new password from the e-mailed link `/mot-de-passe/nouveau?jeton=…`. */
export class PortailResetPage extends LitElement {
  static override styles = pageStyles;

  @state() private outcome: 'form' | 'done' | 'invalid' = 'form';
  @state() private error = '';
  @state() private fieldErrors: Record<string, string> = {};
  @state() private busy = false;
  private readonly token = new URLSearchParams(location.search).get('jeton') ?? '';
  private readonly newPassword = new NewPasswordFields(this);

  override render() {
    return html`<pa-page heading="Nouveau mot de passe">${this.renderBody()}</pa-page>`;
  }

  private renderBody() {
    if (!this.token || this.outcome === 'invalid') {
      return html`<pa-alert variant="error">${LINK_INVALID}</pa-alert>
        <p><a href="/aide">Demander un nouveau lien</a></p>`;
    }
    if (this.outcome === 'done') {
      return html`<pa-alert variant="success">Votre mot de passe a été modifié.</pa-alert>
        <p><a href="/connexion">Se connecter</a></p>`;
    }
    return html`<p slot="intro">Choisissez votre nouveau mot de passe puis confirmez-le.</p>
      ${this.error ? html`<pa-alert variant="error">${this.error}</pa-alert>` : nothing}
      <form novalidate @submit=${this.submit}>
        ${this.newPassword.render(this.fieldErrors)}
        <pa-button type="submit" variant="primary" ?busy=${this.busy}>Valider</pa-button>
      </form>`;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const { password, confirmation } = this.newPassword.values();
    this.error = '';
    this.fieldErrors = newPasswordErrors({ password, confirmation });
    if (Object.keys(this.fieldErrors).length > 0) return this.afterError();
    this.busy = true;
    try {
      await api<NeutralAnswer>('/api/auth/password-reset/confirm', {
        method: 'POST',
        body: { token: this.token, password, confirmation },
      });
      this.outcome = 'done';
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      if (apiError?.status === 410) this.outcome = 'invalid';
      this.fieldErrors = apiError?.fieldErrors ?? {};
      if (Object.keys(this.fieldErrors).length === 0) this.error = apiError?.message ?? String(error);
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
