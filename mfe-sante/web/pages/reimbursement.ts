import { api, followLink } from '@portail/runtime';
import {
  formatDate,
  formatEuros,
  LOADING,
  renderFailure,
  sectionPageStyles,
  token,
} from '@portail/shared-design';
import { LoadController, type TableColumn, type TableRow } from '@portail/shared-design/section';
import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { careDatesText, type HealthAct, type HealthPaymentDetail } from '../../contract/index.js';
import { listUrl, PAYMENTS_API } from '../routes.js';

export const PAYMENT_NOT_FOUND =
  "Ce règlement est introuvable : il n'existe pas ou ne vous concerne pas. Retrouvez vos règlements dans la liste.";

type Amounts = HealthPaymentDetail['totals'];

const AMOUNT_COLUMNS: { key: keyof Amounts; label: string }[] = [
  { key: 'realCostCents', label: 'Frais réels' },
  { key: 'baseCents', label: 'Base de remboursement' },
  { key: 'socialSecurityCents', label: 'Remboursement Sécurité sociale' },
  { key: 'organisationCents', label: "Part de l'organisme" },
  { key: 'remainingCents', label: 'Reste à charge' },
];

const COLUMNS: TableColumn[] = [
  { key: 'actDate', label: 'Date des soins' },
  { key: 'beneficiary', label: 'Bénéficiaire' },
  { key: 'label', label: 'Acte', rowHeader: true },
  ...AMOUNT_COLUMNS.map(({ key, label }): TableColumn => ({ key, label, align: 'end' })),
];

function amountCells(amounts: Amounts, strong = false): Record<string, string | ReturnType<typeof html>> {
  return Object.fromEntries(
    AMOUNT_COLUMNS.map(({ key }) => {
      const text = formatEuros(amounts[key]);
      return [key, strong ? html`<strong>${text}</strong>` : text];
    }),
  );
}

function actRow(act: HealthAct, index: number): TableRow {
  return {
    id: `act-${index}`,
    cells: {
      actDate: formatDate(act.actDate),
      beneficiary: act.beneficiary,
      label: act.label,
      ...amountCells(act),
    },
  };
}

function paidBy(detail: HealthPaymentDetail) {
  if (detail.method === 'cheque') return html`Payé par chèque.`;
  return detail.ibanMasked
    ? html`Payé par virement sur le compte <span class="iban">${detail.ibanMasked}</span>.`
    : html`Payé par virement.`;
}

/** "Soins du 02/06/2017 au 09/06/2017 : Consultation, Optique." — when and what care it pays. */
function careText(acts: HealthAct[]): string {
  if (acts.length === 0) return '';
  const dates = acts.map((act) => act.actDate).sort();
  const when = careDatesText(dates[0] ?? null, dates.at(-1) ?? null);
  const what = [...new Set(acts.map((act) => act.label))].join(', ');
  return `Soins ${when.startsWith('du ') ? when : `du ${when}`} : ${what}.`;
}

/**
 * G1 — one payment ("Remboursement du 14/06/2017"): how it was paid and the acts it covers, with
 * what each cost and who paid what, and their totals. The page (and its title, which takes the
 * focus) is shown once the payment is loaded, so the title says the right date at once.
 */
export class SanReimbursementPage extends LitElement {
  static override styles = [
    sectionPageStyles,
    css`
      .summary {
        margin-block: 0 ${token['space-2']};
      }
      .iban {
        white-space: nowrap;
      }
      .acts {
        margin-block: ${token['space-4']};
      }
      /* Eight columns: a smaller type keeps them on a desktop screen; narrower, each act is a card. */
      .acts:not([layout='cards'])::part(table) {
        font-size: ${token['font-size-sm']};
      }
    `,
  ];

  @property({ attribute: 'payment-id' }) paymentId = '';

  private readonly detail = new LoadController(this, () =>
    api<HealthPaymentDetail>(`${PAYMENTS_API}/${encodeURIComponent(this.paymentId)}`),
  );

  private backLink() {
    return html`<p><a class="back-link" href=${listUrl(this.paymentId)} @click=${followLink}>Retour à mes règlements</a></p>`;
  }

  private renderDetail(detail: HealthPaymentDetail) {
    const rows = [
      ...detail.acts.map(actRow),
      {
        id: 'total',
        cells: {
          actDate: '',
          beneficiary: '',
          label: html`<strong>Total</strong>`,
          ...amountCells(detail.totals, true),
        },
      },
    ];
    return html`<pa-page heading=${`Remboursement du ${formatDate(detail.paidOn)}`}>
      <div slot="intro">
        <p class="summary">Montant du règlement : <strong class="amount">${formatEuros(detail.amountCents)}</strong></p>
        <p class="summary">${paidBy(detail)}</p>
        ${detail.acts.length > 0 ? html`<p class="summary">${careText(detail.acts)}</p>` : nothing}
      </div>
      <h2>Actes remboursés</h2>
      <pa-data-table class="acts" caption="Actes remboursés" caption-hidden .columns=${COLUMNS} .rows=${rows}></pa-data-table>
      ${this.backLink()}
    </pa-page>`;
  }

  override render() {
    const { status, failure } = this.detail;
    if (status === 'ready') return this.renderDetail(this.detail.value!);
    if (status === 'loading' || !failure) return LOADING;
    const shown = failure.status === 404 ? { ...failure, message: PAYMENT_NOT_FOUND } : failure;
    return html`<pa-page heading="Détail du règlement">
      ${renderFailure(shown, () => this.detail.load())} ${this.backLink()}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'san-reimbursement-page': SanReimbursementPage;
  }
}
