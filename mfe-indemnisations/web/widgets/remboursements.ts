import { define, formatDate, formatEuros, type TableColumn, type TableRow } from '@portail/shared-design';
import type { HealthPaymentSummary } from '../../contract/index.js';
import { PAYMENTS_API, PAYMENTS_PATH } from '../routes.js';
import { LatestItemsWidget } from './latest-items.js';

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
export class IndRemboursements extends LatestItemsWidget<HealthPaymentSummary> {
  constructor() {
    super({
      heading: 'Mes derniers remboursements',
      api: PAYMENTS_API,
      purpose: 'consulter vos remboursements',
      table: { columns: COLUMNS, row, emptyText: 'Aucun remboursement pour le moment' },
      all: { path: PAYMENTS_PATH, text: 'Voir tous mes règlements' },
    });
  }
}

define('ind-remboursements', IndRemboursements);

declare global {
  interface HTMLElementTagNameMap {
    'ind-remboursements': IndRemboursements;
  }
}
