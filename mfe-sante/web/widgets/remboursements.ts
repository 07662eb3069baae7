import { msg } from '@lit/localize';
import { widgetRuntime } from '@portail/runtime';
import { formatDate, formatEuros } from '@portail/shared-design';
import type { TableColumn, TableRow } from '@portail/shared-design/section';
import { LatestItemsWidget } from '@portail/shared-design/widgets';
import type { HealthPaymentSummary } from '../../contract/index.js';
import { PAYMENTS_API, PAYMENTS_PATH } from '../routes.js';

const columns = (): TableColumn[] => [
  { key: 'paidOn', label: msg('Date'), rowHeader: true },
  { key: 'amount', label: msg('Montant'), align: 'end' },
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
 *   <san-remboursements api-base="https://portail.example"></san-remboursements>
 */
export class SanRemboursements extends LatestItemsWidget<HealthPaymentSummary> {
  constructor() {
    super({
      runtime: widgetRuntime,
      heading: msg('Mes derniers remboursements'),
      api: PAYMENTS_API,
      purpose: msg('consulter vos remboursements'),
      table: { columns: columns(), row, emptyText: msg('Aucun remboursement pour le moment') },
      all: { path: PAYMENTS_PATH, text: msg('Voir tous mes règlements') },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'san-remboursements': SanRemboursements;
  }
}
