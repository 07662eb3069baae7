import type { SessionInfo } from '@portail/kernel/contract';
import { ApiError, api, navigate, setSession } from '@portail/runtime';
import type { PaPage } from '@portail/shared-design';
import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { NewPasswordFields, newPasswordErrors } from './new-password.js';
import { focusFirstError, pageStyles } from './page-styles.js';

/** Shown for a link without token; the server says the same (410) for an expired, used or forged one. */
export const ACTIVATION_LINK_INVALID =
  "Ce lien d'activation n'est plus valable : il a expiré ou a déjà été utilisé. Demandez un nouveau lien depuis « Créer mon espace ».";

/**
 * A9 — the e-mailed activation link `/activation?jeton=…`: the member chooses their password (A7,
 * live hint, confirmation), is logged in, and goes on to the CGU acceptance (A3).
 */
export class PortailActivationPage extends LitElement {
  static override styles = pageStyles;

  /** The 410's explanation, once the server refused the link. */
  @state() private invalid = '';
  @state() private error = '';
  @state() private fieldErrors: Record<string, string> = {};
  @state() private busy = false;
  private readonly token = new URLSearchParams(location.search).get('jeton') ?? '';
  private readonly newPassword = new NewPasswordFields(this);

  override render() {
    return html`<pa-page heading="Activer mon espace">${this.renderBody()}</pa-page>`;
  }

  private renderBody() {
    if (!this.token || this.invalid) {
      return html`<pa-alert variant="error">${this.invalid || ACTIVATION_LINK_INVALID}</pa-alert>
        <p><a href="/creer-mon-espace">Créer mon espace</a></p>`;
    }
    return html`<p slot="intro">
        Choisissez le mot de passe de votre espace puis confirmez-le. Vous vous connecterez ensuite avec votre
        identifiant ou votre adresse e-mail et ce mot de passe.
      </p>
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
      const session = await api<SessionInfo>('/api/auth/activation/confirm', {
        method: 'POST',
        body: { token: this.token, password, confirmation },
      });
      // Logged in: the CGU gate comes first (A3), then the member's first page.
      setSession(session);
      navigate(session.cguRequired ? '/cgu' : '/');
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      if (apiError?.status === 410) {
        this.invalid = apiError.message || ACTIVATION_LINK_INVALID;
        // The form is gone with the focus it held: back to the title, the message follows it.
        await this.updateComplete;
        this.renderRoot.querySelector<PaPage>('pa-page')?.focusHeading();
        return;
      }
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
