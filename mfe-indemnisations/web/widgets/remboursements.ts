import { ApiError, requestJson, withBase } from '@portail/runtime';
import {
  define,
  describeFailure,
  formatDate,
  formatEuros,
  LOADING,
  type LoadFailure,
  renderFailure,
  type TableColumn,
  type TableRow,
  token,
} from '@portail/shared-design';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
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
 * W2 — the member's 5 latest health reimbursements (date, amount) inside an employer's intranet,
 * from the portal at `api-base`, with the member's session cookie (credentials 'include'), and a
 * link to all of them on the portal. Not logged in (401): a "Se connecter" link instead of an error.
 *   <ind-remboursements api-base="https://portail.example"></ind-remboursements>
 */
export class IndRemboursements extends LitElement {
  static override styles = [
    indemnisationsStyles,
    css`
      h2 {
        margin-block-start: 0;
      }
      .all {
        margin-block: ${token['space-3']} 0;
      }
    `,
  ];

  @property({ attribute: 'api-base' }) apiBase = '';
  /** Heading level is h2: the widget sits in a page of the intranet, under its h1. */
  @property() heading = 'Mes derniers remboursements';
  @state() private status: 'loading' | 'ready' | 'error' | 'logged-out' = 'loading';
  @state() private payments: HealthPaymentSummary[] = [];
  @state() private failure: LoadFailure | undefined;
  private loads = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase') || this.loads === 0) void this.load();
  }

  async load(): Promise<void> {
    const count = ++this.loads;
    const base = this.apiBase;
    this.status = 'loading';
    try {
      const page = await requestJson<HealthPaymentPage>(base, PAYMENTS_API, { credentials: 'include' });
      if (count !== this.loads) return;
      this.payments = page.items.slice(0, LATEST_COUNT);
      this.status = 'ready';
    } catch (error) {
      if (count !== this.loads) return;
      this.failure = describeFailure(error);
      this.status = error instanceof ApiError && error.status === 401 ? 'logged-out' : 'error';
    }
  }

  private renderBody() {
    switch (this.status) {
      case 'loading':
        return LOADING;
      case 'logged-out':
        return html`<p>Connectez-vous au Portail Adhérent pour consulter vos remboursements.</p>
          <p><a href=${withBase(this.apiBase, '/connexion')}>Se connecter</a></p>`;
      case 'error':
        return renderFailure(this.failure ?? describeFailure(undefined), () => this.load());
      default:
        return html`<pa-data-table
            caption=${this.heading}
            caption-hidden
            empty-text="Aucun remboursement pour le moment"
            .columns=${COLUMNS}
            .rows=${this.payments.map(row)}
          ></pa-data-table>
          <p class="all"><a href=${withBase(this.apiBase, PAYMENTS_PATH)}>Voir tous mes règlements</a></p>`;
    }
  }

  override render() {
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${this.heading}</h2>
      <div aria-busy=${this.status === 'loading' ? 'true' : 'false'}>${this.renderBody()}</div>
    </section>`;
  }
}

define('ind-remboursements', IndRemboursements);

declare global {
  interface HTMLElementTagNameMap {
    'ind-remboursements': IndRemboursements;
  }
}
