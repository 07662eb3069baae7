import { msg } from '@lit/localize';
import { localized } from '@portail/kernel/contract/i18n';

import { api } from '@portail/runtime';
import { mandatoryNote, type PaTextField, sectionPageStyles, token } from '@portail/shared-design';

import { FormSubmission } from '@portail/shared-design/forms';

import { css, html, LitElement, nothing } from 'lit';

import { property, query, state } from 'lit/decorators.js';

import type { PersonalData, PhoneNumbers } from '../../contract/index.js';

export const PHONES_ENDPOINT = '/api/compte/telephones';
/** In French (the catalog has its English): shown through `localized`. */
export const PHONES_SAVED = 'Vos numéros de téléphone ont été enregistrés.';
const FIELDS = ['phone', 'mobile'] as const;
/** A blank field's message (the server's own), in the page's language. */
function requiredText(field: (typeof FIELDS)[number]): string {
  return field === 'phone'
    ? msg('Saisissez votre téléphone ou cochez « Pas de Tel ».')
    : msg('Saisissez votre numéro de mobile.');
}

export interface PhonesSavedDetail {
  data: PersonalData;
}

/**
 * D1 — Téléphone* (or "Pas de Tel", which empties and disables it) and Mobile*, applied at once
 * (`PUT /api/compte/telephones`, no justificatif). Blank fields are refused here with the
 * server's messages; the server checks the numbers and its field messages go under their fields.
 * On success the numbers as the server wrote them are shown, with a confirmation that takes the focus.
 * @fires cpt-phones-saved - {data}: the member's data as the server answered
 */
export class CptPhonesForm extends LitElement {
  static override styles = [
    sectionPageStyles,
    css`
      .no-phone {
        display: flex;
        align-items: center;
        gap: ${token['space-2']};
        min-height: 2.75rem;
        margin-block: calc(-1 * ${token['space-3']}) ${token['space-2']};
      }
      .no-phone input {
        width: 1.25rem;
        height: 1.25rem;
        margin: 0;
        accent-color: ${token['color-primary']};
      }
    `,
  ];

  @property({ attribute: false }) numbers!: PhoneNumbers;
  @state() private noPhone = false;
  @state() private saved = false;
  @query('form') private form!: HTMLFormElement;
  private readonly submission = new FormSubmission(this, () => FIELDS);

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('numbers')) this.noPhone = this.numbers.noPhone;
  }

  private onNoPhone(event: Event): void {
    this.noPhone = (event.target as HTMLInputElement).checked;
    this.saved = false;
    if (this.noPhone) this.submission.errors = { ...this.submission.errors, phone: '' };
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submission.busy) return;
    const data = new FormData(this.form);
    const body: PhoneNumbers = {
      phone: this.noPhone ? '' : String(data.get('phone') ?? '').trim(),
      noPhone: this.noPhone,
      mobile: String(data.get('mobile') ?? '').trim(),
    };
    this.saved = false;
    const missing = FIELDS.filter((name) => !body[name] && !(name === 'phone' && body.noPhone));
    await this.submission.send(
      Object.fromEntries(missing.map((name) => [name, requiredText(name)])),
      async () => {
        const answer = await api<PersonalData>(PHONES_ENDPOINT, { method: 'PUT', body });
        this.numbers = { phone: answer.phone, noPhone: answer.noPhone, mobile: answer.mobile };
        // The numbers as the server wrote them (`06 12 34 56 78`), even when the bindings do not change.
        for (const name of FIELDS) {
          const field = this.renderRoot.querySelector<PaTextField>(`[name="${name}"]`);
          if (field) field.value = answer[name];
        }
        this.saved = true;
        this.dispatchEvent(
          new CustomEvent<PhonesSavedDetail>('cpt-phones-saved', {
            bubbles: true,
            composed: true,
            detail: { data: answer },
          }),
        );
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.saved')?.focus();
      },
    );
  }

  override render() {
    const { phone, mobile } = this.numbers;
    return html`${
      this.saved
        ? html`<pa-alert class="saved" variant="success" tabindex="-1"><p>${localized(PHONES_SAVED)}</p></pa-alert>`
        : nothing
    }
      ${this.submission.renderError()}
      <form novalidate @submit=${this.submit}>
        <p class="mandatory">${mandatoryNote()}</p>
        <pa-text-field
          label=${msg('Téléphone')}
          name="phone"
          type="tel"
          autocomplete="tel-national"
          hint=${msg('Par exemple 02 48 12 34 56')}
          ?required=${!this.noPhone}
          ?disabled=${this.noPhone}
          .value=${this.noPhone ? '' : phone}
          .error=${this.submission.errors.phone ?? ''}
        ></pa-text-field>
        <label class="no-phone">
          <input type="checkbox" name="noPhone" .checked=${this.noPhone} @change=${this.onNoPhone} />
          ${msg('Pas de Tel')}
        </label>
        <pa-text-field
          label=${msg('Mobile')}
          name="mobile"
          type="tel"
          autocomplete="mobile tel-national"
          hint=${msg('Par exemple 06 12 34 56 78')}
          required
          .value=${mobile}
          .error=${this.submission.errors.mobile ?? ''}
        ></pa-text-field>
        <pa-button type="submit" ?busy=${this.submission.busy}>${msg('Enregistrer')}</pa-button>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cpt-phones-form': CptPhonesForm;
  }
  interface HTMLElementEventMap {
    'cpt-phones-saved': CustomEvent<PhonesSavedDetail>;
  }
}
