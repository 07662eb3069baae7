import { msg } from '@lit/localize';
import type { NeutralAnswer, PasswordResetRequest } from '@portail/kernel/contract';
import { localized } from '@portail/kernel/contract/i18n';
import { api } from '@portail/runtime';
import { html, nothing } from 'lit';

import { state } from 'lit/decorators.js';

import { FormPage } from './form-page.js';

import { fieldValue } from './page-styles.js';

/** The API's neutral answer, shown (in the page's language) if it gives none. */
export const RESET_REQUESTED =
  "Si un compte correspond à ces informations, un e-mail contenant un lien de réinitialisation vient d'être envoyé. Ce lien est valable 30 minutes.";

/** A2 — "Besoin d'aide": asks for a reset link; the answer never tells whether the account exists. */
export class PortailHelpPage extends FormPage {
  @state() private answer = '';

  override render() {
    return html`<pa-page heading=${msg("Besoin d'aide")}>
      <p slot="intro">
        ${msg(
          'Mot de passe oublié ? Saisissez votre identifiant ou votre adresse e-mail : vous recevrez un lien pour choisir un nouveau mot de passe.',
        )}
      </p>
      ${this.answer ? html`<pa-alert variant="success">${this.answer}</pa-alert>` : nothing}
      ${this.renderError()}
      <form novalidate @submit=${this.onSubmit}>
        <pa-text-field label=${msg('Identifiant ou e-mail')} name="login" autocomplete="username" required
          .error=${this.fieldErrors.login ?? ''}></pa-text-field>
        <pa-button type="submit" variant="primary" ?busy=${this.busy}>${msg('Valider')}</pa-button>
      </form>
      <p>
        ${msg('Vous avez oublié votre identifiant ?')} <a href="/identifiant-oublie">${msg('Identifiant oublié')}</a>
      </p>
      <p>
        ${msg("Vous êtes adhérent mais n'avez pas encore d'espace en ligne ?")}
        <a href="/creer-mon-espace">${msg('Créer mon espace')}</a>
      </p>
      <p><a href="/connexion">${msg('Retour à la connexion')}</a></p>
    </pa-page>`;
  }

  protected override submit(): Promise<void> {
    const login = fieldValue(this.renderRoot, 'login').trim();
    this.answer = '';
    const errors = login ? {} : { login: msg('Saisissez votre identifiant ou votre adresse e-mail.') };
    return this.send(errors, async () => {
      const answer = await api<NeutralAnswer>('/api/auth/password-reset/request', {
        method: 'POST',
        body: { login } satisfies PasswordResetRequest,
      });
      this.answer = answer?.message || localized(RESET_REQUESTED);
    });
  }
}
