import { netCents } from '@portail/kernel/contract/payments';
import { formatEuros, MANDATORY_NOTE, todayIso } from '@portail/shared-design';
import {
  checkAmount,
  checkDays,
  gestionStyles,
  PAYMENT_MESSAGES,
  PaymentForm,
  renderMethodChoice,
  runningCents,
} from '@portail/shared-design/gestion';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { grossAmountProblem } from '../../contract/gestion.js';
import type { NewIndemnityPayment, PaymentMethod } from '../../contract/index.js';

/** The natures of a prévoyance payment, as Historique des indemnisations shows them (C6). */
export const INDEMNITY_NATURES = [
  'Maladie ordinaire',
  'Longue maladie',
  'Accident du travail',
  'Accident de la vie privée',
] as const;

/** The deductions a payment usually carries, offered first. */
const USUAL_DEDUCTIONS = ['CSG', 'CRDS'];

interface DeductionRow {
  key: number;
  label: string;
  amount: string;
}

interface IndemnityDraft {
  membershipId: string;
  nature: string;
  eventDate: string;
  periodStart: string;
  periodEnd: string;
  paidOn: string;
  method: PaymentMethod;
  gross: string;
  deductions: DeductionRow[];
  fullPayDays: string;
  halfPayDays: string;
  daily: string;
}

type TextKey = Exclude<keyof IndemnityDraft, 'method' | 'deductions'>;

/** Where each text of the draft goes in NewIndemnityPayment (and so which server error marks it). */
const PATHS: Record<TextKey, string> = {
  membershipId: 'membershipId',
  nature: 'nature',
  eventDate: 'eventDate',
  periodStart: 'periodStart',
  periodEnd: 'periodEnd',
  paidOn: 'paidOn',
  gross: 'grossCents',
  fullPayDays: 'fullPayDays',
  halfPayDays: 'halfPayDays',
  daily: 'dailyAmountCents',
};

let nextKey = 0;

function deduction(label = ''): DeductionRow {
  nextKey += 1;
  return { key: nextKey, label, amount: '' };
}

/**
 * H5 — an indemnity payment (prévoyance, C6) for the member found: the membership it is paid
 * under, the nature, the dates, the method, the gross amount and its deductions (CSG, CRDS… rows
 * added and removed), the days at full and half pay and the daily allowance; the net shows as the
 * amounts are typed. "Enregistrer le paiement" checks the form first (required fields, amounts
 * ≥ 0, end ≥ start, net ≥ 0, the gross amount the days times the daily allowance: the contract's
 * `grossAmountProblem`, as the server) and marks what is wrong in red, focus on the first; the
 * server's field errors, and its refusal of a payment already recorded (409), are shown the same
 * way. Once recorded, the form empties and says how much was paid and how the member was alerted.
 * @fires ind-payment-recorded - {payment} as the server recorded it
 */
export class IndIndemnityPaymentForm extends PaymentForm<NewIndemnityPayment> {
  static override styles = gestionStyles;

  @state() private draft: IndemnityDraft = this.emptyDraft();

  private get memberships() {
    return (this.payee?.memberships ?? []).filter((m) => m.kind === 'prevoyance');
  }

  private emptyDraft(): IndemnityDraft {
    const memberships = (this.payee?.memberships ?? []).filter((m) => m.kind === 'prevoyance');
    return {
      membershipId: memberships.length === 1 ? memberships[0]!.id : '',
      nature: '',
      eventDate: '',
      periodStart: '',
      periodEnd: '',
      paidOn: todayIso(),
      method: 'virement',
      gross: '',
      deductions: USUAL_DEDUCTIONS.map((label) => deduction(label)),
      fullPayDays: '0',
      halfPayDays: '0',
      daily: '',
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('payee')) this.draft = this.emptyDraft();
  }

  private netCents(): number {
    const deductions = this.draft.deductions.map((row) => ({ amountCents: runningCents(row.amount) }));
    return netCents(runningCents(this.draft.gross), deductions);
  }

  private set(key: TextKey, value: string): void {
    this.draft = { ...this.draft, [key]: value };
  }

  private setDeduction(index: number, part: 'label' | 'amount', value: string): void {
    this.draft = {
      ...this.draft,
      deductions: this.draft.deductions.map((row, i) => (i === index ? { ...row, [part]: value } : row)),
    };
  }

  private async addDeduction(): Promise<void> {
    this.draft = { ...this.draft, deductions: [...this.draft.deductions, deduction()] };
    await this.updateComplete;
    const index = this.draft.deductions.length - 1;
    this.renderRoot.querySelector<HTMLElement>(`[data-path="deductions.${index}.label"]`)?.focus();
  }

  private async removeDeduction(index: number): Promise<void> {
    this.draft = { ...this.draft, deductions: this.draft.deductions.filter((_, i) => i !== index) };
    // The rows' errors are numbered: they no longer match once a row is gone.
    this.errors = Object.fromEntries(
      Object.entries(this.errors).filter(([path]) => !path.startsWith('deductions.')),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.add-deduction')?.focus();
  }

  /** The payment, or the errors that keep it from being sent. */
  protected check(): { body: NewIndemnityPayment } | { errors: Record<string, string> } {
    const d = this.draft;
    const errors: Record<string, string> = {};
    for (const key of [
      'membershipId',
      'nature',
      'eventDate',
      'periodStart',
      'periodEnd',
      'paidOn',
    ] as const) {
      if (!d[key]) errors[PATHS[key]] = PAYMENT_MESSAGES.required;
    }
    if (d.periodStart && d.periodEnd && d.periodEnd < d.periodStart)
      errors['periodEnd'] = PAYMENT_MESSAGES.periodEnd;
    const cents = (key: 'gross' | 'daily'): number => {
      const checked = checkAmount(d[key]);
      if ('error' in checked) errors[PATHS[key]] = checked.error;
      return 'cents' in checked ? checked.cents : 0;
    };
    const days = (key: 'fullPayDays' | 'halfPayDays'): number => {
      const checked = checkDays(d[key]);
      if ('error' in checked) errors[PATHS[key]] = checked.error;
      return 'days' in checked ? checked.days : 0;
    };
    const grossCents = cents('gross');
    const deductions = d.deductions.map((row, i) => {
      if (!row.label.trim()) errors[`deductions.${i}.label`] = PAYMENT_MESSAGES.required;
      const checked = checkAmount(row.amount);
      if ('error' in checked) errors[`deductions.${i}.amountCents`] = checked.error;
      return { label: row.label.trim(), amountCents: 'cents' in checked ? checked.cents : 0 };
    });
    const fullPayDays = days('fullPayDays');
    const halfPayDays = days('halfPayDays');
    const dailyAmountCents = cents('daily');
    if (!['grossCents', 'fullPayDays', 'halfPayDays', 'dailyAmountCents'].some((path) => errors[path])) {
      const gross = grossAmountProblem({ grossCents, fullPayDays, halfPayDays, dailyAmountCents });
      if (gross) errors['grossCents'] = gross;
    }
    if (
      !errors['grossCents'] &&
      deductions.every((_, i) => !errors[`deductions.${i}.amountCents`]) &&
      grossCents - deductions.reduce((sum, row) => sum + row.amountCents, 0) < 0
    ) {
      errors['netCents'] = PAYMENT_MESSAGES.net;
    }
    if (Object.keys(errors).length) return { errors };
    return {
      body: {
        membershipId: d.membershipId,
        nature: d.nature,
        eventDate: d.eventDate,
        periodStart: d.periodStart,
        periodEnd: d.periodEnd,
        paidOn: d.paidOn,
        method: d.method,
        grossCents,
        deductions,
        fullPayDays,
        halfPayDays,
        dailyAmountCents,
      },
    };
  }

  protected readonly endpoint = '/api/gestion/indemnisations/indemnites';

  protected clear(): void {
    this.draft = this.emptyDraft();
  }

  private textField(
    key: TextKey,
    label: string,
    options: { type?: string; hint?: string; required?: boolean } = {},
  ) {
    return this.pathField(PATHS[key], label, this.draft[key], (value) => this.set(key, value), options);
  }

  private renderDeduction(row: DeductionRow, index: number) {
    const number = index + 1;
    const labelPath = `deductions.${index}.label`;
    const amountPath = `deductions.${index}.amountCents`;
    return html`<fieldset class="deduction">
      <legend>Retenue ${number}</legend>
      <div class="grid">
        ${this.pathField(labelPath, 'Libellé', row.label, (value) => this.setDeduction(index, 'label', value))}
        ${this.pathField(amountPath, 'Montant (€)', row.amount, (value) => this.setDeduction(index, 'amount', value))}
      </div>
      <div class="row-actions">
        <pa-button variant="link" @click=${() => this.removeDeduction(index)}
          >Retirer<span class="visually-hidden"> la retenue ${number}${row.label ? ` (${row.label})` : ''}</span></pa-button
        >
      </div>
    </fieldset>`;
  }

  override render() {
    const net = this.netCents();
    const netError = this.errors['netCents'];
    return html`${this.renderAlerts()}
      <form novalidate @submit=${this.submit} aria-label="Indemnité prévoyance">
        <p class="mandatory">${MANDATORY_NOTE}</p>
        <pa-select-field
          name="membershipId"
          data-path="membershipId"
          label="Adhésion"
          required
          .options=${this.memberships.map((m) => ({
            value: m.id,
            label: `${m.contract}${m.employer ? ` — ${m.employer}` : ''} — n° ${m.number}`,
          }))}
          .value=${this.draft.membershipId}
          .error=${this.errors['membershipId'] ?? ''}
          @change=${(event: Event) => this.set('membershipId', (event.currentTarget as HTMLSelectElement).value)}
        ></pa-select-field>
        <pa-select-field
          name="nature"
          data-path="nature"
          label="Nature"
          required
          .options=${INDEMNITY_NATURES.map((nature) => ({ value: nature, label: nature }))}
          .value=${this.draft.nature}
          .error=${this.errors['nature'] ?? ''}
          @change=${(event: Event) => this.set('nature', (event.currentTarget as HTMLSelectElement).value)}
        ></pa-select-field>
        <div class="grid">
          ${this.textField('eventDate', "Date de l'évènement", { type: 'date' })}
          ${this.textField('periodStart', 'Début de la période', { type: 'date' })}
          ${this.textField('periodEnd', 'Fin de la période', { type: 'date' })}
          ${this.textField('paidOn', 'Payé le', { type: 'date' })}
        </div>
        ${renderMethodChoice(
          this.draft.method,
          (method) => {
            this.draft = { ...this.draft, method };
          },
          this.errors['method'],
        )}
        ${this.textField('gross', 'Montant brut (€)', { hint: 'Par exemple 1 234,56.' })}
        <h3>Retenues</h3>
        ${repeat(
          this.draft.deductions,
          (row) => row.key,
          (row, index) => this.renderDeduction(row, index),
        )}
        <div>
          <pa-button class="add-deduction" variant="secondary" @click=${this.addDeduction}>Ajouter une retenue</pa-button>
        </div>
        <div class="grid">
          ${this.textField('fullPayDays', 'Jours à plein traitement')}
          ${this.textField('halfPayDays', 'Jours à demi-traitement')}
          ${this.textField('daily', 'Indemnité journalière (€)')}
        </div>
        <p class="total" data-path="netCents" tabindex="-1" aria-describedby=${netError ? 'net-error' : nothing}>
          Net à payer : <strong class="amount">${formatEuros(net)}</strong>
        </p>
        ${netError ? html`<p id="net-error" class="error">${netError}</p>` : nothing}
        <pa-button type="submit" ?busy=${this.busy}>Enregistrer le paiement</pa-button>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ind-indemnity-payment-form': IndIndemnityPaymentForm;
  }
}
