import { msg } from '@lit/localize';
import type { NeutralAnswer, PasswordResetCheck } from '@portail/kernel/contract';
import { localized } from '@portail/kernel/contract/i18n';
import { ApiError, api } from '@portail/runtime';
import { html } from 'lit';

import { state } from 'lit/decorators.js';

import { type NewPasswordBody, NewPasswordPage } from './new-password-page.js';

/** The link's refusal (shown in the page's language: `localized`). */
export const LINK_INVALID = "Ce lien n'est plus valable : il a expiré ou a déjà été utilisé.";

/**
 * A2/A7 — choosing a new password from the e-mailed link `/mot-de-passe/nouveau?jeton=…`. The link
 * is checked as the page opens (without being used): a used or expired one says so at once, with
 * the way to ask for a new one, instead of a form that would fail once the password is typed twice.
 */
export class PortailResetPage extends NewPasswordPage {
  @state() private outcome: 'checking' | 'form' | 'done' | 'invalid' = this.token ? 'checking' : 'invalid';

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.outcome === 'checking') void this.checkLink();
  }

  private async checkLink(): Promise<void> {
    try {
      const body: PasswordResetCheck = { token: this.token };
      await api<void>('/api/auth/password-reset/check', { method: 'POST', body });
      this.outcome = 'form';
    } catch (error) {
      // Only the server's refusal of the link closes the form; any other failure leaves it, and
      // sending it says what went wrong.
      this.outcome = error instanceof ApiError && error.status === 410 ? 'invalid' : 'form';
    }
  }

  override render() {
    return html`<pa-page heading=${msg('Nouveau mot de passe')}>${this.renderBody()}</pa-page>`;
  }

  private renderBody() {
    if (this.outcome === 'checking') {
      return html`<p class="loading" role="status">${msg('Vérification du lien…')}</p>`;
    }
    if (this.outcome === 'invalid') {
      return html`<pa-alert variant="error">${localized(LINK_INVALID)}</pa-alert>
        <p><a href="/aide">${msg('Demander un nouveau lien')}</a></p>`;
    }
    if (this.outcome === 'done') {
      return html`<pa-alert variant="success">${msg('Votre mot de passe a été modifié.')}</pa-alert>
        <p><a href="/connexion">${msg('Se connecter')}</a></p>`;
    }
    return this.renderForm(
      html`<p slot="intro">${msg('Choisissez votre nouveau mot de passe puis confirmez-le.')}</p>`,
    );
  }

  protected override async confirm(body: NewPasswordBody): Promise<void> {
    await api<NeutralAnswer>('/api/auth/password-reset/confirm', { method: 'POST', body });
    this.outcome = 'done';
  }

  protected override failed(apiError: ApiError | null, error: unknown): Promise<void> {
    if (apiError?.status === 410) this.outcome = 'invalid';
    return super.failed(apiError, error);
  }
}
