import type { NeutralAnswer } from '@portail/kernel/contract';
import { ApiError, api } from '@portail/runtime';
import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { fieldValue, focusFirstError, pageStyles } from './page-styles.js';

export const RESET_REQUESTED =
  "Si un compte correspond à ces informations, un e-mail contenant un lien de réinitialisation vient d'être envoyé. Ce lien est valable 30 minutes.";

/** A2 — "Besoin d'aide": asks for a reset link; the answer never tells whether the account exists. */
export class PortailHelpPage extends LitElement {
  static override styles = pageStyles;

  @state() private answer = '';
  @state() private error = '';
  @state() private fieldErrors: Record<string, string> = {};
  @state() private busy = false;

  override render() {
    return html`<pa-page heading="Besoin d'aide">
      <p slot="intro">
        Mot de passe oublié ? Saisissez votre identifiant ou votre adresse e-mail : vous recevrez un lien pour
        choisir un nouveau mot de passe.
      </p>
      ${this.answer ? html`<pa-alert variant="success">${this.answer}</pa-alert>` : nothing}
      ${this.error ? html`<pa-alert variant="error">${this.error}</pa-alert>` : nothing}
      <form novalidate @submit=${this.submit}>
        <pa-text-field label="Identifiant ou e-mail" name="login" autocomplete="username" required
          .error=${this.fieldErrors.login ?? ''}></pa-text-field>
        <pa-button type="submit" variant="primary" ?busy=${this.busy}>Valider</pa-button>
      </form>
      <p>Vous avez oublié votre identifiant ? <a href="/identifiant-oublie">Identifiant oublié</a></p>
      <p>
        Vous êtes adhérent mais n'avez pas encore d'espace en ligne ? <a href="/creer-mon-espace">Créer mon espace</a>
      </p>
      <p><a href="/connexion">Retour à la connexion</a></p>
    </pa-page>`;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const login = fieldValue(this.renderRoot, 'login').trim();
    this.answer = '';
    this.error = '';
    this.fieldErrors = login ? {} : { login: 'Saisissez votre identifiant ou votre adresse e-mail.' };
    if (!login) return this.afterError();
    this.busy = true;
    try {
      const answer = await api<NeutralAnswer>('/api/auth/password-reset/request', {
        method: 'POST',
        body: { login },
      });
      this.answer = answer?.message || RESET_REQUESTED;
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
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
