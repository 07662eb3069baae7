import { msg, str } from '@lit/localize';
import { api, navigate, onRouteChange } from '@portail/runtime';
import {
  formatDate,
  formatEuros,
  LOADING,
  listStyles,
  renderFailure,
  sectionPageStyles,
  todayIso,
  token,
} from '@portail/shared-design';
import type { PeriodPresetDetail } from '@portail/shared-design/forms';
import { renderPager, UrlQueryController } from '@portail/shared-design/section';
import '@portail/shared-design/forms';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  type HistoryPeriod,
  type HistoryRange,
  type IndemnityPayment,
  type IndemnityPaymentPage,
  PAYMENT_METHODS,
  PAYMENT_SORTS,
  PAYMENTS_SHOWN_FROM,
  type PaymentSort,
  paymentsRange,
} from '../../contract/index.js';
import { INDEMNITIES_API } from '../routes.js';
import { indemnityTitle } from './indemnity-title.js';
import {
  DEFAULT_HISTORY_PERIOD,
  historyPresets,
  isHistoryPeriod,
  periodOf,
  renderPeriodRange,
  urlWith,
} from './sendings.js';

export { INDEMNITIES_API } from '../routes.js';
export { indemnityTitle } from './indemnity-title.js';

const intro = () => msg("Ce menu vous permet de consulter l'historique de vos indemnisations.");
export const indemnitiesNote = () =>
  msg(
    str`Cliquez sur le montant pour avoir le détail d'indemnisation. Seules les indemnisations à compter du ${formatDate(PAYMENTS_SHOWN_FROM)} sont présentées.`,
  );

const DEFAULT_SORT: PaymentSort = 'indemnisation';

/** "Aucune indemnisation …" for each period. */
export const NO_INDEMNITY: Record<HistoryPeriod, string> = {
  get mois() {
    return msg('Aucune indemnisation ce mois-ci');
  },
  get '3m'() {
    return msg('Aucune indemnisation au cours des 3 derniers mois');
  },
  get '6m'() {
    return msg('Aucune indemnisation au cours des 6 derniers mois');
  },
  get '12m'() {
    return msg('Aucune indemnisation au cours des 12 derniers mois');
  },
  get tous() {
    return msg(str`Aucune indemnisation depuis le ${formatDate(PAYMENTS_SHOWN_FROM)}`);
  },
};

/** The period, sort and page of the list, as in `?periode=&tri=&page=`. */
export interface IndemnityQuery {
  period: HistoryPeriod;
  sort: PaymentSort;
  page: number;
}

function isSort(value: string | null): value is PaymentSort {
  return value !== null && Object.hasOwn(PAYMENT_SORTS, value);
}

/** The query of a URL; what is missing or malformed takes its default. */
export function indemnityQueryOf(search: string): IndemnityQuery {
  const params = new URLSearchParams(search);
  const sort = params.get('tri');
  const page = Number(params.get('page'));
  return {
    period: periodOf(search),
    sort: isSort(sort) ? sort : DEFAULT_SORT,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

function sameQuery(a: IndemnityQuery, b: IndemnityQuery): boolean {
  return a.period === b.period && a.sort === b.sort && a.page === b.page;
}

/** "Le règlement a été émis en date du 05/03/2025 par Virement (sous réserve …)." (SPEC C6). */
export function indemnityIssued(payment: IndemnityPayment): string {
  const method = PAYMENT_METHODS[payment.method] ?? payment.method;
  return msg(
    str`Le règlement a été émis en date du ${formatDate(payment.paidOn)} par ${method} (sous réserve des délais de traitement bancaire).`,
  );
}

function countText(total: number): string {
  return total === 1 ? msg('1 indemnisation') : msg(str`${total} indemnisations`);
}

/**
 * C6 Historique des indemnisations — the payments since 01/01/2014 for the chosen period (its dates
 * said next to the choice), sorted by
 * date of payment, date of the event or period of leave, 20 a page. Period, sort and page are in
 * the URL (`?periode=&tri=&page=`). Each entry says what was paid, when, how, for which employer
 * and contract, and its reference; its amount is a button that shows the payment's detail under the entry.
 * Under the list, P4's « Attestations fiscales » (`ind-tax-certificates`).
 */
export class IndIndemnitiesPage extends LitElement {
  static override styles = [
    sectionPageStyles,
    listStyles,
    css`
      .sort {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${token['space-2']};
        margin: 0 0 ${token['space-4']};
        padding: 0;
        border: 0;
        min-inline-size: 0;
      }
      .sort legend {
        float: left;
        margin-inline-end: ${token['space-2']};
        padding: 0;
        font-weight: 600;
      }
      .sort label {
        display: inline-flex;
        align-items: center;
        gap: ${token['space-2']};
        min-height: 2.75rem;
        padding: ${token['space-1']} ${token['space-3']};
        border: 1px solid ${token['color-border-strong']};
        border-radius: ${token.radius};
        cursor: pointer;
      }
      .sort label:has(input:checked) {
        border: 2px solid ${token['color-primary']};
        background: ${token['color-info-bg']};
        font-weight: 700;
      }
      .sort input {
        margin: 0;
        accent-color: ${token['color-primary']};
      }
      .sort label:has(input:focus-visible) {
        outline: ${token['focus-width']} solid ${token['color-focus']};
        outline-offset: 2px;
      }
      .sort input:focus-visible {
        outline: none;
      }
      ul.payments {
        max-width: none;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .payment {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        gap: 0 ${token['space-4']};
        padding: ${token['space-3']} 0;
        border-block-end: 1px solid ${token['color-border']};
      }
      .payment h2 {
        margin: 0 0 ${token['space-1']};
        color: ${token['color-text']};
        font-size: ${token['font-size-md']};
      }
      .payment p {
        margin: 0;
      }
      .amount-button {
        align-self: start;
        display: inline-flex;
        align-items: center;
        gap: ${token['space-2']};
        min-height: 2.75rem;
        padding: ${token['space-2']} ${token['space-3']};
        border: 2px solid ${token['color-primary']};
        border-radius: ${token.radius};
        background: ${token['color-surface']};
        color: ${token['color-primary']};
        font: inherit;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
        cursor: pointer;
      }
      .amount-button:hover,
      .amount-button[aria-expanded='true'] {
        background: ${token['color-info-bg']};
      }
      .chevron {
        display: inline-block;
        transition: transform 0.15s;
      }
      [aria-expanded='true'] .chevron {
        transform: rotate(90deg);
      }
      @media (prefers-reduced-motion: reduce) {
        .chevron {
          transition: none;
        }
      }
      .detail {
        grid-column: 1 / -1;
        margin-block-start: ${token['space-3']};
        padding: ${token['space-3']} ${token['space-4']};
        border-inline-start: 4px solid ${token['color-primary']};
        background: ${token['color-surface-alt']};
      }
      .detail[hidden] {
        display: none;
      }
      @media (max-width: 40rem) {
        .payment {
          grid-template-columns: minmax(0, 1fr);
        }
        .amount-button {
          justify-self: start;
          margin-block-start: ${token['space-2']};
        }
      }
    `,
  ];

  @property() heading = msg('Historique des indemnisations');
  /** Payments whose detail is shown; `opened` keeps those loaded once (closing only hides them). */
  @state() private expanded = new Set<string>();
  @state() private opened = new Set<string>();
  @state() private announced = '';
  private announce = false;
  /** The range the server answered with, and for which period. */
  private answered: { period: HistoryPeriod; range: HistoryRange } | undefined;

  /** Another period, sort or page is a new URL, which this follows (back/forward too). */
  private readonly url = new UrlQueryController(this, {
    router: { navigate, onRouteChange },
    parse: indemnityQueryOf,
    url: (next: IndemnityQuery) =>
      urlWith({
        periode: next.period === DEFAULT_HISTORY_PERIOD ? undefined : next.period,
        tri: next.sort === DEFAULT_SORT ? undefined : next.sort,
        page: next.page > 1 ? String(next.page) : undefined,
      }),
    same: sameQuery,
    load: async ({ period, sort, page }: IndemnityQuery) => {
      const answer = await api<IndemnityPaymentPage>(
        `${INDEMNITIES_API}?period=${period}&sort=${sort}&page=${page}`,
      );
      this.answered = { period, range: answer.range };
      if (this.announce) {
        this.announced = answer.total === 0 ? NO_INDEMNITY[period] : countText(answer.total);
      }
      this.announce = false;
      return answer;
    },
    // Another page of the same list: the focus goes to the results; another list: its count is said.
    changed: (next, previous) => {
      this.url.focusResults = next.period === previous.period && next.sort === previous.sort;
      this.announce = !this.url.focusResults;
      this.announced = '';
      this.expanded = new Set();
      this.opened = new Set();
    },
  });
  private readonly payments = this.url.list;

  private get range(): HistoryRange {
    const { answered } = this;
    const { period } = this.url.query;
    return answered?.period === period ? answered.range : paymentsRange(period, todayIso());
  }

  private onPeriod(event: CustomEvent<PeriodPresetDetail>): void {
    const period = event.detail.value;
    if (isHistoryPeriod(period)) this.url.go({ ...this.url.query, period, page: 1 });
  }

  private onSort(event: Event): void {
    const sort = (event.target as HTMLInputElement).value;
    if (isSort(sort)) this.url.go({ ...this.url.query, sort, page: 1 });
  }

  private toggle(id: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) {
      expanded.add(id);
      if (!this.opened.has(id)) this.opened = new Set(this.opened).add(id);
    }
    this.expanded = expanded;
  }

  private renderSort() {
    return html`<fieldset class="sort">
      <legend>${msg('Trier par :')}</legend>
      ${Object.entries(PAYMENT_SORTS).map(
        ([value, label]) => html`<label
          ><input
            type="radio"
            name="tri"
            .value=${value}
            .checked=${value === this.url.query.sort}
            @change=${this.onSort}
          />${label}</label
        >`,
      )}
    </fieldset>`;
  }

  private renderPayment(payment: IndemnityPayment) {
    const amount = formatEuros(payment.netCents);
    const paidOn = formatDate(payment.paidOn);
    const expanded = this.expanded.has(payment.id);
    const detailId = `detail-${payment.id}`;
    const contractLine = msg(
      str`Contrat : ${payment.contract} - Numéro d'adhésion agent : ${payment.membershipNumber}`,
    );
    return html`<li class="payment" data-payment-id=${payment.id}>
      <div>
        <h2>${indemnityTitle(payment)}</h2>
        <p>${indemnityIssued(payment)}</p>
        <p>${msg(str`Employeur : ${payment.employer}`)}</p>
        <p>${contractLine}</p>
        <p>${msg(str`Référence du règlement : ${payment.reference}`)}</p>
      </div>
      <button
        type="button"
        class="amount-button"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${this.opened.has(payment.id) ? detailId : nothing}
        @click=${() => this.toggle(payment.id)}
      >
        <span class="chevron" aria-hidden="true">▸</span><span class="visually-hidden"
          >${msg('Détail du règlement de')} </span
        >${amount}<span class="visually-hidden"> ${msg(str`du ${paidOn}`)}</span>
      </button>
      ${
        this.opened.has(payment.id)
          ? html`<div
              class="detail"
              id=${detailId}
              role="region"
              aria-label=${msg(str`Détail du règlement de ${amount} du ${paidOn}`)}
              ?hidden=${!expanded}
            >
              <ind-indemnity-detail .url=${payment.detailUrl}></ind-indemnity-detail>
            </div>`
          : nothing
      }
    </li>`;
  }

  private renderPager(result: IndemnityPaymentPage) {
    const go = (page: number) => this.url.go({ ...this.url.query, page });
    return renderPager(result, { label: msg('Pagination des indemnisations'), go });
  }

  private renderResults(result: IndemnityPaymentPage) {
    const period = this.url.query.period;
    if (result.items.length === 0) {
      return html`<pa-empty-state class="results" tabindex="-1" text=${NO_INDEMNITY[period]}>
          ${
            period === 'tous'
              ? nothing
              : html`<pa-button variant="link" @click=${() => this.url.go({ ...this.url.query, period: 'tous', page: 1 })}
                  >${msg('Afficher toutes les indemnisations')}</pa-button
                >`
          }
        </pa-empty-state>
        ${this.renderPager(result)}`;
    }
    return html`<p class="results" tabindex="-1">${countText(result.total)}</p>
      <ul class="payments" aria-label=${this.heading}>
        ${result.items.map((payment) => this.renderPayment(payment))}
      </ul>
      ${this.renderPager(result)}`;
  }

  private renderContent() {
    const { status, value, failure } = this.payments;
    const retry = () => this.payments.load();
    if (status === 'error' && failure) return renderFailure(failure, retry);
    if (status === 'loading' || !value) return LOADING;
    return this.renderResults(value);
  }

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">${intro()}</p>
      <pa-period-presets
        .options=${historyPresets(msg('Toutes'))}
        .value=${this.url.query.period}
        @pa-period=${this.onPeriod}
      ></pa-period-presets>
      ${renderPeriodRange(this.range, msg('toutes les indemnisations'))}
      <p class="note">${indemnitiesNote()}</p>
      ${this.renderSort()}
      <p class="visually-hidden" role="status">${this.announced}</p>
      <div aria-busy=${this.payments.status === 'loading' ? 'true' : 'false'}>${this.renderContent()}</div>
      <ind-tax-certificates></ind-tax-certificates>
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ind-indemnities-page': IndIndemnitiesPage;
  }
}
