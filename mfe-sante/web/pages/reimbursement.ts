import { msg, str } from '@lit/localize';
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
import type { HealthAct, HealthPaymentDetail } from '../../contract/index.js';
import { listUrl, PAYMENTS_API } from '../routes.js';

const paymentNotFound = () =>
  msg(
    "Ce règlement est introuvable : il n'existe pas ou ne vous concerne pas. Retrouvez vos règlements dans la liste.",
  );

type Amounts = HealthPaymentDetail['totals'];

const AMOUNT_KEYS: (keyof Amounts)[] = [
  'realCostCents',
  'baseCents',
  'socialSecurityCents',
  'organisationCents',
  'remainingCents',
];

const amountColumns = (): { key: keyof Amounts; label: string }[] => [
  { key: 'realCostCents', label: msg('Frais réels') },
  { key: 'baseCents', label: msg('Base de remboursement') },
  { key: 'socialSecurityCents', label: msg('Remboursement Sécurité sociale') },
  { key: 'organisationCents', label: msg("Part de l'organisme") },
  { key: 'remainingCents', label: msg('Reste à charge') },
];

const columns = (): TableColumn[] => [
  { key: 'actDate', label: msg('Date des soins') },
  { key: 'beneficiary', label: msg('Bénéficiaire') },
  { key: 'label', label: msg('Acte'), rowHeader: true },
  ...amountColumns().map(({ key, label }): TableColumn => ({ key, label, align: 'end' })),
];

function amountCells(amounts: Amounts, strong = false): Record<string, string | ReturnType<typeof html>> {
  return Object.fromEntries(
    AMOUNT_KEYS.map((key) => {
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
  if (detail.method === 'cheque') return msg('Payé par chèque.');
  return detail.ibanMasked
    ? html`${msg('Payé par virement sur le compte')} <span class="iban">${detail.ibanMasked}</span>.`
    : msg('Payé par virement.');
}

/** "Soins du 02/06/2017 au 09/06/2017 : Consultation, Optique." — when and what care it pays. */
function careText(acts: HealthAct[]): string {
  if (acts.length === 0) return '';
  const dates = acts.map((act) => act.actDate).sort();
  const from = formatDate(dates[0] ?? '');
  const to = formatDate(dates.at(-1) ?? '');
  const what = [...new Set(acts.map((act) => act.label))].join(', ');
  return from === to ? msg(str`Soins du ${from} : ${what}.`) : msg(str`Soins du ${from} au ${to} : ${what}.`);
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
    return html`<p><a class="back-link" href=${listUrl(this.paymentId)} @click=${followLink}>${msg('Retour à mes règlements')}</a></p>`;
  }

  private renderDetail(detail: HealthPaymentDetail) {
    const rows = [
      ...detail.acts.map(actRow),
      {
        id: 'total',
        cells: {
          actDate: '',
          beneficiary: '',
          label: html`<strong>${msg('Total')}</strong>`,
          ...amountCells(detail.totals, true),
        },
      },
    ];
    return html`<pa-page heading=${msg(str`Remboursement du ${formatDate(detail.paidOn)}`)}>
      <div slot="intro">
        <p class="summary">${msg('Montant du règlement :')} <strong class="amount">${formatEuros(detail.amountCents)}</strong></p>
        <p class="summary">${paidBy(detail)}</p>
        ${detail.acts.length > 0 ? html`<p class="summary">${careText(detail.acts)}</p>` : nothing}
      </div>
      <h2>${msg('Actes remboursés')}</h2>
      <pa-data-table
        class="acts"
        caption=${msg('Actes remboursés')}
        caption-hidden
        .columns=${columns()}
        .rows=${rows}
      ></pa-data-table>
      ${this.backLink()}
    </pa-page>`;
  }

  override render() {
    const { status, failure } = this.detail;
    if (status === 'ready') return this.renderDetail(this.detail.value!);
    if (status === 'loading' || !failure) return LOADING;
    const shown = failure.status === 404 ? { ...failure, message: paymentNotFound() } : failure;
    return html`<pa-page heading=${msg('Détail du règlement')}>
      ${renderFailure(shown, () => this.detail.load())} ${this.backLink()}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'san-reimbursement-page': SanReimbursementPage;
  }
}
