import { formatEuros, MANDATORY_NOTE, todayIso } from '@portail/shared-design';
import {
  checkAmount,
  gestionStyles,
  PAYMENT_MESSAGES,
  PaymentForm,
  renderMethodChoice,
  runningCents,
} from '@portail/shared-design/gestion';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { NewHealthReimbursement, PaymentMethod } from '../../contract/index.js';

type Act = NewHealthReimbursement['acts'][number];
type AmountKey = 'realCostCents' | 'baseCents' | 'socialSecurityCents' | 'organisationCents';

/** The amounts of an act, in the order of a statement (G1). */
const AMOUNTS: { key: AmountKey; label: string }[] = [
  { key: 'realCostCents', label: 'Frais réels (€)' },
  { key: 'baseCents', label: 'Base Sécurité sociale (€)' },
  { key: 'socialSecurityCents', label: 'Remboursement Sécurité sociale (€)' },
  { key: 'organisationCents', label: "Part de l'organisme (€)" },
];

interface ActRow extends Record<AmountKey, string> {
  key: number;
  beneficiaryId: string;
  actDate: string;
  label: string;
}

type ActText = Exclude<keyof ActRow, 'key'>;

let nextKey = 0;

function actRow(beneficiaryId = ''): ActRow {
  nextKey += 1;
  return {
    key: nextKey,
    beneficiaryId,
    actDate: '',
    label: '',
    realCostCents: '',
    baseCents: '',
    socialSecurityCents: '',
    organisationCents: '',
  };
}

/**
 * H5 — a health reimbursement (santé, G1) for the member found: the payment date and method, and
 * its acts (beneficiary, date, label, frais réels, base and reimbursement of the Sécurité sociale,
 * part of the organisation), rows added and removed; the total paid (the organisation's parts)
 * shows as they are typed. Checked before sending (required fields, amounts ≥ 0); the server's
 * field errors (`acts.0.label`…) are marked on their fields. Once recorded, the form empties and
 * says how much was paid and how the member was alerted.
 * @fires ind-payment-recorded - {payment} as the server recorded it
 */
export class SanReimbursementForm extends PaymentForm<NewHealthReimbursement> {
  static override styles = gestionStyles;

  @state() private paidOn = todayIso();
  @state() private method: PaymentMethod = 'virement';
  @state() private acts: ActRow[] = [];

  /** With a single beneficiary, each new act is for them. */
  private newAct(): ActRow {
    const beneficiaries = this.payee?.beneficiaries ?? [];
    return actRow(beneficiaries.length === 1 ? beneficiaries[0]!.id : '');
  }

  private reset(): void {
    this.paidOn = todayIso();
    this.method = 'virement';
    this.acts = [this.newAct()];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('payee')) this.reset();
  }

  private totalCents(): number {
    return this.acts.reduce((sum, act) => sum + runningCents(act.organisationCents), 0);
  }

  private setAct(index: number, part: ActText, value: string): void {
    this.acts = this.acts.map((act, i) => (i === index ? { ...act, [part]: value } : act));
  }

  private async addAct(): Promise<void> {
    this.acts = [...this.acts, this.newAct()];
    await this.updateComplete;
    const index = this.acts.length - 1;
    const first = this.acts[index]!.beneficiaryId ? 'actDate' : 'beneficiaryId';
    this.renderRoot.querySelector<HTMLElement>(`[data-path="acts.${index}.${first}"]`)?.focus();
  }

  private async removeAct(index: number): Promise<void> {
    this.acts = this.acts.filter((_, i) => i !== index);
    // The rows' errors are numbered: they no longer match once a row is gone.
    this.errors = Object.fromEntries(
      Object.entries(this.errors).filter(([path]) => !path.startsWith('acts.')),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.add-act')?.focus();
  }

  protected check(): { body: NewHealthReimbursement } | { errors: Record<string, string> } {
    const errors: Record<string, string> = {};
    if (!this.paidOn) errors['paidOn'] = PAYMENT_MESSAGES.required;
    const acts = this.acts.map((row, i): Act => {
      for (const part of ['beneficiaryId', 'actDate', 'label'] as const) {
        if (!row[part].trim()) errors[`acts.${i}.${part}`] = PAYMENT_MESSAGES.required;
      }
      const amounts = Object.fromEntries(
        AMOUNTS.map(({ key }) => {
          const checked = checkAmount(row[key]);
          if ('error' in checked) errors[`acts.${i}.${key}`] = checked.error;
          return [key, 'cents' in checked ? checked.cents : 0];
        }),
      ) as Record<AmountKey, number>;
      return { beneficiaryId: row.beneficiaryId, actDate: row.actDate, label: row.label.trim(), ...amounts };
    });
    if (Object.keys(errors).length) return { errors };
    return {
      body: { memberId: this.payee.memberId, paidOn: this.paidOn, method: this.method, acts },
    };
  }

  protected readonly endpoint = '/api/gestion/sante/remboursements';

  protected clear(): void {
    this.reset();
  }

  private actField(index: number, part: Exclude<ActText, 'beneficiaryId'>, label: string, type = 'text') {
    const path = `acts.${index}.${part}`;
    return this.pathField(path, label, this.acts[index]![part], (value) => this.setAct(index, part, value), {
      type,
    });
  }

  private renderAct(act: ActRow, index: number) {
    const number = index + 1;
    const beneficiaryPath = `acts.${index}.beneficiaryId`;
    return html`<fieldset class="act">
      <legend>Acte ${number}</legend>
      <div class="grid">
        <pa-select-field
          name=${beneficiaryPath}
          data-path=${beneficiaryPath}
          label="Bénéficiaire"
          required
          .options=${(this.payee?.beneficiaries ?? []).map((b) => ({
            value: b.id,
            label: `${b.name} (${b.relationship})`,
          }))}
          .value=${act.beneficiaryId}
          .error=${this.errors[beneficiaryPath] ?? ''}
          @change=${(event: Event) =>
            this.setAct(index, 'beneficiaryId', (event.currentTarget as HTMLSelectElement).value)}
        ></pa-select-field>
        ${this.actField(index, 'actDate', 'Date des soins', 'date')} ${this.actField(index, 'label', 'Libellé')}
        ${AMOUNTS.map(({ key, label }) => this.actField(index, key, label))}
      </div>
      ${
        this.acts.length > 1
          ? html`<div class="row-actions">
              <pa-button variant="link" @click=${() => this.removeAct(index)}
                >Retirer<span class="visually-hidden"> l'acte ${number}</span></pa-button
              >
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  override render() {
    return html`${this.renderAlerts()}
      <form novalidate @submit=${this.submit} aria-label="Remboursement santé">
        <p class="mandatory">${MANDATORY_NOTE}</p>
        ${this.pathField(
          'paidOn',
          'Date de paiement',
          this.paidOn,
          (value) => {
            this.paidOn = value;
          },
          { type: 'date' },
        )}
        ${renderMethodChoice(
          this.method,
          (method) => {
            this.method = method;
          },
          this.errors['method'],
        )}
        <h3>Actes</h3>
        ${this.errors['acts'] ? html`<p class="error" data-path="acts" tabindex="-1">${this.errors['acts']}</p>` : nothing}
        ${repeat(
          this.acts,
          (act) => act.key,
          (act, index) => this.renderAct(act, index),
        )}
        <div>
          <pa-button class="add-act" variant="secondary" @click=${this.addAct}>Ajouter un acte</pa-button>
        </div>
        <p class="total">Total remboursé : <strong class="amount">${formatEuros(this.totalCents())}</strong></p>
        <pa-button type="submit" ?busy=${this.busy}>Enregistrer le paiement</pa-button>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'san-reimbursement-form': SanReimbursementForm;
  }
}
