import { api, navigate, onRouteChange } from '@portail/runtime';
import {
  define,
  formatDate,
  formatEuros,
  LOADING,
  LoadController,
  renderFailure,
  type TableColumn,
  type TableRow,
  token,
} from '@portail/shared-design';
import type { PeriodFilterDetail } from '@portail/shared-design/forms';
import '@portail/shared-design/forms';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { type HealthPaymentPage, type HealthPaymentSummary, PAYMENT_METHODS } from '../../contract/index.js';
import { followLink } from '../links.js';
import {
  NO_FILTER,
  PAYMENTS_API,
  PAYMENTS_PATH,
  type PaymentQuery,
  parsePaymentQuery,
  paymentPath,
  paymentSearch,
  rememberListUrl,
  samePaymentQuery,
} from '../routes.js';
import { indemnisationsStyles } from '../styles.js';

const INTRO =
  'Retrouvez les règlements de vos frais de santé, du plus récent au plus ancien. Choisissez une période ou un bénéficiaire pour affiner la liste, puis ouvrez un règlement pour voir le détail des actes remboursés.';

const COLUMNS: TableColumn[] = [
  { key: 'paidOn', label: 'Date du règlement', rowHeader: true },
  { key: 'beneficiaries', label: 'Bénéficiaire(s)' },
  { key: 'method', label: 'Mode' },
  { key: 'amount', label: 'Montant', align: 'end' },
  { key: 'detail', label: 'Détail', hiddenLabel: true },
];

function row(payment: HealthPaymentSummary, query: PaymentQuery): TableRow {
  const date = formatDate(payment.paidOn);
  const amount = formatEuros(payment.amountCents);
  return {
    id: payment.id,
    cells: {
      paidOn: date,
      beneficiaries: payment.beneficiaries.join(', '),
      method: PAYMENT_METHODS[payment.method] ?? payment.method,
      amount,
      detail: html`<a
        href=${paymentPath(payment.id)}
        @click=${(event: MouseEvent) => {
          rememberListUrl(payment.id, query);
          followLink(event);
        }}
        >Voir le détail<span class="visually-hidden"> du règlement du ${date} de ${amount}</span></a
      >`,
    },
  };
}

function countText(total: number): string {
  return total === 1 ? '1 règlement' : `${total} règlements`;
}

/**
 * G1 Mes règlements — the health payments made to the member, newest first, 20 a page, filtered by
 * period and beneficiary. The filter and the page are in the URL (`?du=&au=&beneficiaire=&page=`):
 * deep-linkable, kept by back/forward and on the way back from a detail.
 */
export class IndPaymentsPage extends LitElement {
  static override styles = [
    indemnisationsStyles,
    css`
      .results {
        margin: ${token['space-4']} 0 ${token['space-2']};
        font-weight: 600;
      }
      .pager {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${token['space-3']};
        margin-block: ${token['space-4']};
      }
      .pager p {
        margin: 0;
      }
    `,
  ];

  @property() heading = 'Mes règlements';
  @state() private query: PaymentQuery = NO_FILTER;
  @query('.results') private results?: HTMLElement;
  /** The results have changed at the member's request: the focus goes to them once loaded. */
  private focusResults = false;
  private unsubscribe: (() => void) | undefined;

  private readonly payments = new LoadController(this, () =>
    api<HealthPaymentPage>(PAYMENTS_API + paymentSearch(this.query)),
  );

  override connectedCallback(): void {
    this.query = parsePaymentQuery(location.search);
    super.connectedCallback();
    this.unsubscribe = onRouteChange(() => {
      if (location.pathname.replace(/\/+$/, '') !== PAYMENTS_PATH) return;
      const next = parsePaymentQuery(location.search);
      if (samePaymentQuery(next, this.query)) return;
      this.query = next;
      void this.payments.load();
    });
  }

  override disconnectedCallback(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    super.disconnectedCallback();
  }

  protected override updated(_changed: PropertyValues<this>): void {
    if (this.focusResults && this.payments.status !== 'loading') {
      this.focusResults = false;
      this.results?.focus();
    }
  }

  /** Shows another filter or page: a new URL, which the route listener loads. */
  private go(next: PaymentQuery): void {
    if (samePaymentQuery(next, this.query)) return;
    this.focusResults = true;
    navigate(PAYMENTS_PATH + paymentSearch(next));
  }

  private onFilter(event: CustomEvent<PeriodFilterDetail>): void {
    const { from, to, fields } = event.detail;
    this.go({ from, to, beneficiary: fields['beneficiaire'] ?? '', page: 1 });
  }

  private renderFilter(beneficiaries: HealthPaymentPage['beneficiaries']) {
    const options = beneficiaries.map((beneficiary) => ({ value: beneficiary.id, label: beneficiary.name }));
    return html`<pa-period-filter
      label="Filtrer les règlements"
      .from=${this.query.from}
      .to=${this.query.to}
      @pa-filter=${this.onFilter}
    >
      <pa-select-field
        name="beneficiaire"
        label="Bénéficiaire"
        placeholder="Tous les bénéficiaires"
        .options=${options}
        .value=${this.query.beneficiary}
      ></pa-select-field>
    </pa-period-filter>`;
  }

  private renderPager({ page, pageSize, total }: HealthPaymentPage) {
    const pages = Math.max(1, Math.ceil(total / pageSize));
    if (total <= pageSize) return nothing;
    const current = Math.min(page, pages);
    return html`<nav class="pager" aria-label="Pagination des règlements">
      <pa-button
        variant="secondary"
        ?disabled=${current <= 1}
        @click=${() => this.go({ ...this.query, page: current - 1 })}
        >Page précédente</pa-button
      >
      <p>Page ${current} sur ${pages}</p>
      <pa-button
        variant="secondary"
        ?disabled=${current >= pages}
        @click=${() => this.go({ ...this.query, page: current + 1 })}
        >Page suivante</pa-button
      >
    </nav>`;
  }

  private renderResults(result: HealthPaymentPage) {
    if (result.items.length === 0) {
      const filtered = !samePaymentQuery({ ...this.query, page: 1 }, NO_FILTER);
      return html`<pa-empty-state
          class="results"
          tabindex="-1"
          text=${filtered ? 'Aucun règlement sur cette période' : 'Aucun règlement pour le moment'}
        ></pa-empty-state>
        ${this.renderPager(result)}`;
    }
    return html`<p class="results" tabindex="-1">${countText(result.total)}</p>
      <pa-data-table caption=${this.heading} caption-hidden .columns=${COLUMNS} .rows=${result.items.map((payment) => row(payment, this.query))}></pa-data-table>
      ${this.renderPager(result)}`;
  }

  private renderContent() {
    const { status, value, failure } = this.payments;
    const retry = () => this.payments.load();
    // Nothing loaded yet: no filter to show (its beneficiaries come with the first page).
    if (!value) return status === 'error' && failure ? renderFailure(failure, retry) : LOADING;
    return html`${this.renderFilter(value.beneficiaries)}
      <div aria-busy=${status === 'loading' ? 'true' : 'false'}>
        ${
          status === 'loading'
            ? LOADING
            : status === 'error' && failure
              ? renderFailure(failure, retry)
              : this.renderResults(value)
        }
      </div>`;
  }

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">${INTRO}</p>
      ${this.renderContent()}
    </pa-page>`;
  }
}

define('ind-payments-page', IndPaymentsPage);

declare global {
  interface HTMLElementTagNameMap {
    'ind-payments-page': IndPaymentsPage;
  }
}
