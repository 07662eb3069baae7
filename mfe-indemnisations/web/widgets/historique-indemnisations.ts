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
import type { IndemnityPayment, IndemnityPaymentPage } from '../../contract/index.js';
import { indemnityTitle } from '../pages/indemnity-title.js';
import { INDEMNITIES_API, INDEMNITIES_PATH } from '../routes.js';
import { indemnisationsStyles } from '../styles.js';
import { LATEST_COUNT } from './remboursements.js';

const COLUMNS: TableColumn[] = [
  { key: 'paidOn', label: 'Date du règlement', rowHeader: true },
  { key: 'what', label: 'Prestations' },
  { key: 'amount', label: 'Montant', align: 'end' },
];

function row(payment: IndemnityPayment): TableRow {
  return {
    id: payment.id,
    cells: {
      paidOn: formatDate(payment.paidOn),
      what: indemnityTitle(payment),
      amount: formatEuros(payment.netCents),
    },
  };
}

/**
 * W2 — C6 inside an employer's intranet: the member's 5 latest indemnity payments (date, what
 * was paid for which period, net amount), from the portal at `api-base` (« Se connecter » until
 * the member connected, shared WidgetConnection), and a link to the whole history on the portal.
 *   <ind-historique-indemnisations api-base="https://portail.example"></ind-historique-indemnisations>
 */
export class IndHistoriqueIndemnisations extends LitElement {
  static override styles = [indemnisationsStyles, widgetStyles];

  @property({ attribute: 'api-base' }) apiBase = '';
  /** Heading level is h2: the widget sits in a page of the intranet, under its h1. */
  @property() heading = 'Mes dernières indemnisations';

  private readonly connection = new WidgetConnection(this, {
    portal: () => widgetPortal(this.apiBase),
    load: async () =>
      (await widgetRequest<IndemnityPaymentPage>(this.apiBase, INDEMNITIES_API)).items.slice(0, LATEST_COUNT),
    purpose: "consulter l'historique de vos indemnisations",
  });

  private renderPayments(payments: IndemnityPayment[]) {
    return html`<pa-data-table
        caption=${this.heading}
        caption-hidden
        empty-text="Aucune indemnisation pour le moment"
        .columns=${COLUMNS}
        .rows=${payments.map(row)}
      ></pa-data-table>
      <p class="all">
        <a href=${withBase(this.apiBase, INDEMNITIES_PATH)} target="_blank"
          >Voir tout l'historique<span class="visually-hidden"> sur le Portail Adhérent (nouvelle fenêtre)</span></a
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

define('ind-historique-indemnisations', IndHistoriqueIndemnisations);

declare global {
  interface HTMLElementTagNameMap {
    'ind-historique-indemnisations': IndHistoriqueIndemnisations;
  }
}
