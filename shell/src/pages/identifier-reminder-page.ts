import { msg } from '@lit/localize';
import type { IdentifierReminder } from '@portail/kernel/contract';
import { localized } from '@portail/kernel/contract/i18n';
import { html } from 'lit';

import { NeutralAnswerPage } from './neutral-answer-page.js';

import { fieldValue, mandatoryNote } from './page-styles.js';

/** The API's neutral answer, shown (in the page's language) if it gives none. */
export const IDENTIFIER_SENT =
  "Si les informations saisies correspondent à un adhérent, son identifiant vient d'être envoyé à l'adresse e-mail connue de nos services.";

const REQUIRED = {
  get email() {
    return msg('Saisissez votre adresse e-mail.');
  },
  get birthDate() {
    return msg('Saisissez votre date de naissance.');
  },
} as const;

/**
 * A9 — "Identifiant oublié": the e-mail and birth date on file; the identifier is e-mailed there.
 * The answer is the same neutral message whether or not anything matched.
 */
export class PortailIdentifierReminderPage extends NeutralAnswerPage {
  override render() {
    const intro = html`<p slot="intro">
      ${msg(
        "Saisissez votre adresse e-mail et votre date de naissance : votre identifiant vous sera envoyé à l'adresse e-mail connue de nos services.",
      )}
    </p>`;
    return this.renderPage(msg('Identifiant oublié'), intro, () => this.renderForm());
  }

  private renderForm() {
    const errors = this.fieldErrors;
    return html`${this.renderError()}
      <form novalidate @submit=${this.onSubmit}>
        <p>${mandatoryNote()}</p>
        <pa-text-field label=${msg('Adresse e-mail')} name="email" type="email" required autocomplete="email"
          maxlength="254" .error=${errors['email'] ?? ''}></pa-text-field>
        <pa-text-field label=${msg('Date de naissance')} name="birthDate" type="date" required autocomplete="bday"
          .error=${errors['birthDate'] ?? ''}></pa-text-field>
        <pa-button type="submit" variant="primary" ?busy=${this.busy}>${msg('Valider')}</pa-button>
      </form>`;
  }

  protected override submit(): Promise<void> {
    const root = this.renderRoot;
    const body: IdentifierReminder = {
      email: fieldValue(root, 'email').trim(),
      birthDate: fieldValue(root, 'birthDate'),
    };
    const missing = Object.fromEntries(
      Object.entries(REQUIRED).filter(([name]) => !body[name as keyof typeof body]),
    );
    return this.send(missing, () =>
      this.ask('/api/auth/identifier-reminder', body, localized(IDENTIFIER_SENT)),
    );
  }
}
