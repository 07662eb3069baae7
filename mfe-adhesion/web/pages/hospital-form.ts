import { msg } from '@lit/localize';
import { ApiError, api } from '@portail/runtime';
import { describeFailure, type SelectOption } from '@portail/shared-design';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  type Beneficiary,
  type HospitalGuarantee,
  type HospitalGuaranteeRequest,
  relationshipLabel,
  STAY_KINDS,
  type StayKind,
  stayKindLabel,
} from '../../contract/index.js';
import { adhesionStyles, mandatoryNote } from '../styles.js';

type Field = keyof HospitalGuaranteeRequest;

/** The fields in the order of the form: the focus goes to the first one in error. */
const FIELDS: readonly Field[] = ['beneficiaryId', 'establishment', 'admissionDate', 'stayKind'];

function requiredText(field: Field): string {
  switch (field) {
    case 'beneficiaryId':
      return msg('Choisissez le bénéficiaire.');
    case 'establishment':
      return msg("Saisissez le nom de l'établissement.");
    case 'admissionDate':
      return msg("Saisissez la date d'admission.");
    default:
      return msg('Choisissez le type de séjour.');
  }
}

function stayOptions(): SelectOption[] {
  return (Object.keys(STAY_KINDS) as StayKind[]).map((value) => ({ value, label: stayKindLabel(value) }));
}

export function beneficiaryLabel(person: Beneficiary): string {
  return `${person.firstName} ${person.lastName} (${relationshipLabel(person.relationship)})`;
}

export interface GuaranteeCreatedDetail {
  guarantee: HospitalGuarantee;
}

/**
 * B7 — the request of a hospital guarantee. Required fields are checked here first, then by the
 * server, whose field messages show under each field (aria-describedby) with the focus on the first.
 * @fires adh-guarantee-created - {guarantee} with the server's answer; the form is then reset
 */
export class AdhHospitalForm extends LitElement {
  static override styles = adhesionStyles;

  @property({ attribute: false }) beneficiaries: Beneficiary[] = [];
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private error = '';
  @state() private busy = false;
  @query('form') private form!: HTMLFormElement;

  private values(): HospitalGuaranteeRequest {
    const data = new FormData(this.form);
    const value = (name: Field) => String(data.get(name) ?? '').trim();
    return {
      beneficiaryId: value('beneficiaryId'),
      establishment: value('establishment'),
      admissionDate: value('admissionDate'),
      stayKind: value('stayKind') as StayKind,
    };
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const body = this.values();
    this.error = '';
    this.errors = Object.fromEntries(FIELDS.filter((field) => !body[field]).map((f) => [f, requiredText(f)]));
    if (Object.keys(this.errors).length > 0) return this.focusFirstError();
    this.busy = true;
    try {
      const guarantee = await api<HospitalGuarantee>('/api/adhesion/prises-en-charge', {
        method: 'POST',
        body,
      });
      this.form.reset();
      this.dispatchEvent(
        new CustomEvent<GuaranteeCreatedDetail>('adh-guarantee-created', {
          bubbles: true,
          composed: true,
          detail: { guarantee },
        }),
      );
    } catch (error) {
      const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
      this.errors = Object.fromEntries(FIELDS.filter((f) => fieldErrors[f]).map((f) => [f, fieldErrors[f]]));
      if (Object.keys(this.errors).length === 0) this.error = describeFailure(error).message;
      await this.focusFirstError();
    } finally {
      this.busy = false;
    }
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const first = FIELDS.find((field) => this.errors[field]);
    const target = first ? this.renderRoot.querySelector<HTMLElement>(`[name="${first}"]`) : null;
    (target ?? this.renderRoot.querySelector<HTMLElement>('.form-error'))?.focus();
  }

  override render() {
    const errors = this.errors;
    const people = this.beneficiaries.map((person) => ({
      value: person.id,
      label: beneficiaryLabel(person),
    }));
    return html`${
      this.error
        ? html`<pa-alert class="form-error" variant="error" tabindex="-1">${this.error}</pa-alert>`
        : nothing
    }
      <form novalidate @submit=${this.submit}>
        <p class="mandatory">${mandatoryNote()}</p>
        <pa-select-field label=${msg('Bénéficiaire')} name="beneficiaryId" required .options=${people}
          .error=${errors.beneficiaryId ?? ''}></pa-select-field>
        <pa-text-field label=${msg('Établissement')} name="establishment" required maxlength="120" autocomplete="off"
          .error=${errors.establishment ?? ''}></pa-text-field>
        <pa-text-field label=${msg("Date d'admission")} name="admissionDate" type="date" required
          hint=${msg("Au plus tôt 30 jours avant aujourd'hui, au plus tard dans un an.")}
          .error=${errors.admissionDate ?? ''}></pa-text-field>
        <pa-select-field label=${msg('Type de séjour')} name="stayKind" required .options=${stayOptions()}
          .error=${errors.stayKind ?? ''}></pa-select-field>
        <pa-button type="submit" ?busy=${this.busy}>${msg('Obtenir la prise en charge')}</pa-button>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'adh-hospital-form': AdhHospitalForm;
  }
  interface HTMLElementEventMap {
    'adh-guarantee-created': CustomEvent<GuaranteeCreatedDetail>;
  }
}
