import { msg } from '@lit/localize';
import type { SessionInfo } from '@portail/kernel/contract';
import { localized } from '@portail/kernel/contract/i18n';
import { type ApiError, api, navigate, setSession } from '@portail/runtime';
import type { PaPage } from '@portail/shared-design';
import { html } from 'lit';

import { state } from 'lit/decorators.js';

import { type NewPasswordBody, NewPasswordPage } from './new-password-page.js';

/** Shown for a link without token (in the page's language: `localized`); the server says the same (410) for an expired, used or forged one. */
export const ACTIVATION_LINK_INVALID =
  "Ce lien d'activation n'est plus valable : il a expiré ou a déjà été utilisé. Demandez un nouveau lien depuis « Créer mon espace ».";

/**
 * A9 — the e-mailed activation link `/activation?jeton=…`: the member chooses their password (A7,
 * live hint, confirmation), is logged in, and goes on to the CGU acceptance (A3).
 */
export class PortailActivationPage extends NewPasswordPage {
  /** The 410's explanation, once the server refused the link. */
  @state() private invalid = '';

  override render() {
    return html`<pa-page heading=${msg('Activer mon espace')}>${this.renderBody()}</pa-page>`;
  }

  private renderBody() {
    if (!this.token || this.invalid) {
      return html`<pa-alert variant="error">${this.invalid || localized(ACTIVATION_LINK_INVALID)}</pa-alert>
        <p><a href="/creer-mon-espace">${msg('Créer mon espace')}</a></p>`;
    }
    return this.renderForm(html`<p slot="intro">
      ${msg(
        'Choisissez le mot de passe de votre espace puis confirmez-le. Vous vous connecterez ensuite avec votre identifiant ou votre adresse e-mail et ce mot de passe.',
      )}
    </p>`);
  }

  protected override async confirm(body: NewPasswordBody): Promise<void> {
    const session = await api<SessionInfo>('/api/auth/activation/confirm', { method: 'POST', body });
    // Logged in: the CGU gate comes first (A3), then the member's first page.
    setSession(session);
    navigate(session.cguRequired ? '/cgu' : '/');
  }

  protected override async failed(apiError: ApiError | null, error: unknown): Promise<void> {
    if (apiError?.status !== 410) return super.failed(apiError, error);
    this.invalid = apiError.message || localized(ACTIVATION_LINK_INVALID);
    // The form is gone with the focus it held: back to the title, the message follows it.
    await this.updateComplete;
    this.renderRoot.querySelector<PaPage>('pa-page')?.focusHeading();
  }
}
