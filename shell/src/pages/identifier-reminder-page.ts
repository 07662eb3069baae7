import type { NeutralAnswer } from '@portail/kernel/contract';
import { ApiError, api } from '@portail/runtime';
import { html, LitElement, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { fieldValue, focusFirstError, MANDATORY_NOTE, pageStyles } from './page-styles.js';

export const IDENTIFIER_SENT =
  "Si les informations saisies correspondent à un adhérent, son identifiant vient d'être envoyé à l'adresse e-mail connue de nos services.";

const REQUIRED = {
  email: 'Saisissez votre adresse e-mail.',
  birthDate: 'Saisissez votre date de naissance.',
} as const;

/**
 * A9 — "Identifiant oublié": the e-mail and birth date on file; the identifier is e-mailed there.
 * The answer is the same neutral message whether or not anything matched.
 */
export class PortailIdentifierReminderPage extends LitElement {
  static override styles = pageStyles;

  @state() private answer = '';
  @state() private error = '';
  @state() private fieldErrors: Record<string, string> = {};
  @state() private busy = false;
  @query('.answer') private answerBox?: HTMLElement;

  override render() {
    return html`<pa-page heading="Identifiant oublié">
      <p slot="intro">
        Saisissez votre adresse e-mail et votre date de naissance : votre identifiant vous sera envoyé à l'adresse
        e-mail connue de nos services.
      </p>
      ${
        this.answer
          ? html`<div class="answer" tabindex="-1"><pa-alert variant="success">${this.answer}</pa-alert></div>`
          : this.renderForm()
      }
      <p><a href="/connexion">Retour à la connexion</a></p>
    </pa-page>`;
  }

  private renderForm() {
    const errors = this.fieldErrors;
    return html`${this.error ? html`<pa-alert variant="error">${this.error}</pa-alert>` : nothing}
      <form novalidate @submit=${this.submit}>
        <p>${MANDATORY_NOTE}</p>
        <pa-text-field label="Adresse e-mail" name="email" type="email" required autocomplete="email"
          maxlength="254" .error=${errors['email'] ?? ''}></pa-text-field>
        <pa-text-field label="Date de naissance" name="birthDate" type="date" required autocomplete="bday"
          .error=${errors['birthDate'] ?? ''}></pa-text-field>
        <pa-button type="submit" variant="primary" ?busy=${this.busy}>Valider</pa-button>
      </form>`;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const root = this.renderRoot;
    const body = { email: fieldValue(root, 'email').trim(), birthDate: fieldValue(root, 'birthDate') };
    this.error = '';
    this.fieldErrors = Object.fromEntries(
      Object.entries(REQUIRED).filter(([name]) => !body[name as keyof typeof body]),
    );
    if (Object.keys(this.fieldErrors).length > 0) return this.afterError();
    this.busy = true;
    try {
      const answer = await api<NeutralAnswer>('/api/auth/identifier-reminder', { method: 'POST', body });
      this.answer = answer?.message || IDENTIFIER_SENT;
      await this.updateComplete;
      this.answerBox?.focus();
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
