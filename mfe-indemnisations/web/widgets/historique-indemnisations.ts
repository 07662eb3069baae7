import { widgetRuntime } from '@portail/runtime';
import {
  formatDate,
  formatEuros,
  LatestItemsWidget,
  type TableColumn,
  type TableRow,
} from '@portail/shared-design';
import type { IndemnityPayment } from '../../contract/index.js';
import { indemnityTitle } from '../pages/indemnity-title.js';
import { INDEMNITIES_API, INDEMNITIES_PATH } from '../routes.js';

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
export class IndHistoriqueIndemnisations extends LatestItemsWidget<IndemnityPayment> {
  constructor() {
    super({
      runtime: widgetRuntime,
      heading: 'Mes dernières indemnisations',
      api: INDEMNITIES_API,
      purpose: "consulter l'historique de vos indemnisations",
      table: { columns: COLUMNS, row, emptyText: 'Aucune indemnisation pour le moment' },
      all: { path: INDEMNITIES_PATH, text: "Voir tout l'historique" },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ind-historique-indemnisations': IndHistoriqueIndemnisations;
  }
}
