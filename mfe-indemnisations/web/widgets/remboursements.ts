import { widgetPortal, widgetRequest, withBase } from '@portail/runtime';
import {
  define,
  formatDate,
  formatEuros,
  type TableColumn,
  type TableRow,
  WidgetConnection,
  widgetStyles,
} from '@portail/shared-design';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { HealthPaymentPage, HealthPaymentSummary } from '../../contract/index.js';
import { PAYMENTS_API, PAYMENTS_PATH } from '../routes.js';
import { indemnisationsStyles } from '../styles.js';

/** How many payments the widget shows. */
export const LATEST_COUNT = 5;

const COLUMNS: TableColumn[] = [
  { key: 'paidOn', label: 'Date', rowHeader: true },
  { key: 'amount', label: 'Montant', align: 'end' },
];

function row(payment: HealthPaymentSummary): TableRow {
  return {
    id: payment.id,
    cells: { paidOn: formatDate(payment.paidOn), amount: formatEuros(payment.amountCents) },
  };
}

/**
 * W2 — the member's 5 latest health reimbursements (G1: date, amount) inside an employer's
 * intranet, from the portal at `api-base` (« Se connecter » until the member connected, shared
 * WidgetConnection), and a link to all of them on the portal.
 *   <ind-remboursements api-base="https://portail.example"></ind-remboursements>
 */
export class IndRemboursements extends LitElement {
  static override styles = [indemnisationsStyles, widgetStyles];

  @property({ attribute: 'api-base' }) apiBase = '';
  /** Heading level is h2: the widget sits in a page of the intranet, under its h1. */
  @property() heading = 'Mes derniers remboursements';

  private readonly connection = new WidgetConnection(this, {
    portal: () => widgetPortal(this.apiBase),
    load: async () =>
      (await widgetRequest<HealthPaymentPage>(this.apiBase, PAYMENTS_API)).items.slice(0, LATEST_COUNT),
    purpose: 'consulter vos remboursements',
  });

  private renderPayments(payments: HealthPaymentSummary[]) {
    return html`<pa-data-table
        caption=${this.heading}
        caption-hidden
        empty-text="Aucun remboursement pour le moment"
        .columns=${COLUMNS}
        .rows=${payments.map(row)}
      ></pa-data-table>
      <p class="all">
        <a href=${withBase(this.apiBase, PAYMENTS_PATH)} target="_blank"
          >Voir tous mes règlements<span class="visually-hidden"> sur le Portail Adhérent (nouvelle fenêtre)</span></a
        >
      </p>`;
  }

  override render() {
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${this.heading}</h2>
      <div aria-busy=${this.connection.status === 'loading' ? 'true' : 'false'}>
        ${this.connection.render((payments) => this.renderPayments(payments))}
      </div>
    </section>`;
  }
}

define('ind-remboursements', IndRemboursements);

declare global {
  interface HTMLElementTagNameMap {
    'ind-remboursements': IndRemboursements;
  }
}
