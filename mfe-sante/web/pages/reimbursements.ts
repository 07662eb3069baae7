import { msg, str } from '@lit/localize';
import { api, followLink, navigate, onRouteChange } from '@portail/runtime';
import { formatDate, formatEuros, listStyles, sectionPageStyles } from '@portail/shared-design';
import type { PeriodFilterDetail } from '@portail/shared-design/forms';
import {
  renderPager,
  type TableColumn,
  type TableRow,
  UrlQueryController,
} from '@portail/shared-design/section';
import '@portail/shared-design/forms';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import {
  careDatesText,
  type HealthPaymentPage,
  type HealthPaymentSummary,
  PAYMENT_METHODS,
} from '../../contract/index.js';
import {
  NO_FILTER,
  PAYMENTS_API,
  PAYMENTS_PATH,
  type PaymentQuery,
  parsePaymentQuery,
  paymentApiSearch,
  paymentPath,
  paymentSearch,
  rememberListUrl,
  samePaymentQuery,
} from '../routes.js';

const intro = () =>
  msg(
    'Retrouvez les règlements de vos frais de santé, du plus récent au plus ancien. Choisissez une période ou un bénéficiaire pour affiner la liste, puis ouvrez un règlement pour voir le détail des actes remboursés.',
  );

const columns = (): TableColumn[] => [
  { key: 'paidOn', label: msg('Date du règlement'), rowHeader: true },
  { key: 'careDates', label: msg('Date des soins') },
  { key: 'care', label: msg('Soins') },
  { key: 'beneficiaries', label: msg('Bénéficiaire(s)') },
  { key: 'method', label: msg('Mode') },
  { key: 'amount', label: msg('Montant'), align: 'end' },
  { key: 'detail', label: msg('Détail'), hiddenLabel: true },
];

function row(payment: HealthPaymentSummary, query: PaymentQuery): TableRow {
  const date = formatDate(payment.paidOn);
  const amount = formatEuros(payment.amountCents);
  return {
    id: payment.id,
    cells: {
      paidOn: date,
      careDates: careDatesText(payment.careFrom, payment.careTo),
      care: payment.care.join(', '),
      beneficiaries: payment.beneficiaries.join(', '),
      method: PAYMENT_METHODS[payment.method] ?? payment.method,
      amount,
      detail: html`<a
        href=${paymentPath(payment.id)}
        @click=${(event: MouseEvent) => {
          rememberListUrl(payment.id, query);
          followLink(event);
        }}
        >${msg('Voir le détail')}<span class="visually-hidden"> ${msg(str`du règlement du ${date} de ${amount}`)}</span></a
      >`,
    },
  };
}

function countText(total: number): string {
  return total === 1 ? msg('1 règlement') : msg(str`${total} règlements`);
}

/**
 * G1 Mes règlements — the health payments made to the member, newest first, 20 a page, filtered by
 * period and beneficiary. The filter and the page are in the URL (`?du=&au=&beneficiaire=&page=`):
 * deep-linkable, kept by back/forward and on the way back from a detail.
 */
export class SanReimbursementsPage extends LitElement {
  static override styles = [sectionPageStyles, listStyles];

  @property() heading = msg('Mes règlements');

  /** Another filter or page is a new URL, which this follows (back/forward too). */
  private readonly url = new UrlQueryController(this, {
    router: { navigate, onRouteChange },
    parse: parsePaymentQuery,
    url: (next: PaymentQuery) => PAYMENTS_PATH + paymentSearch(next),
    load: (query: PaymentQuery) => api<HealthPaymentPage>(PAYMENTS_API + paymentApiSearch(query)),
    same: samePaymentQuery,
    path: () => PAYMENTS_PATH,
  });
  private readonly payments = this.url.list;

  /** Shows another filter or page; the results take the focus once loaded. */
  private go(next: PaymentQuery): void {
    this.url.go(next, true);
  }

  private onFilter(event: CustomEvent<PeriodFilterDetail>): void {
    const { from, to, fields } = event.detail;
    this.go({ from, to, beneficiary: fields['beneficiaire'] ?? '', page: 1 });
  }

  private renderFilter(beneficiaries: HealthPaymentPage['beneficiaries']) {
    const options = beneficiaries.map((beneficiary) => ({ value: beneficiary.id, label: beneficiary.name }));
    return html`<pa-period-filter
      label=${msg('Filtrer les règlements')}
      .from=${this.url.query.from}
      .to=${this.url.query.to}
      @pa-filter=${this.onFilter}
    >
      <pa-select-field
        name="beneficiaire"
        label=${msg('Bénéficiaire')}
        placeholder=${msg('Tous les bénéficiaires')}
        .options=${options}
        .value=${this.url.query.beneficiary}
      ></pa-select-field>
    </pa-period-filter>`;
  }

  private renderPager(result: HealthPaymentPage) {
    const go = (page: number) => this.go({ ...this.url.query, page });
    return renderPager(result, { label: msg('Pagination des règlements'), go });
  }

  private renderResults(result: HealthPaymentPage) {
    if (result.items.length === 0) {
      const filtered = !samePaymentQuery({ ...this.url.query, page: 1 }, NO_FILTER);
      return html`<pa-empty-state
          class="results"
          tabindex="-1"
          text=${filtered ? msg('Aucun règlement sur cette période') : msg('Aucun règlement pour le moment')}
        ></pa-empty-state>
        ${this.renderPager(result)}`;
    }
    return html`<p class="results" tabindex="-1">${countText(result.total)}</p>
      <pa-data-table caption=${this.heading} caption-hidden .columns=${columns()} .rows=${result.items.map((payment) => row(payment, this.url.query))}></pa-data-table>
      ${this.renderPager(result)}`;
  }

  private renderContent() {
    // Its beneficiaries come with the first page: no filter before it.
    return this.payments.renderWithFilters(
      (value) => this.renderFilter(value.beneficiaries),
      (value) => this.renderResults(value),
    );
  }

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">${intro()}</p>
      ${this.renderContent()}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'san-reimbursements-page': SanReimbursementsPage;
  }
}
