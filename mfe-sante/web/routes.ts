// Paths of G1 « Mes règlements »: the list (its filter and page in the query, so that they are
// deep-linkable and survive the way to a detail and back) and the detail of one payment.

export const PAYMENTS_PATH = '/services/reglements';
export const PAYMENTS_API = '/api/sante/reglements';

/** The filter and page of the payment list, as in `?du=&au=&beneficiaire=&page=`. */
export interface PaymentQuery {
  /** yyyy-mm-dd or ''. */
  from: string;
  to: string;
  /** A beneficiary id, '' for all. */
  beneficiary: string;
  page: number;
}

export const NO_FILTER: PaymentQuery = { from: '', to: '', beneficiary: '', page: 1 };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The query of a list URL; what is malformed is left out. */
export function parsePaymentQuery(search: string): PaymentQuery {
  const params = new URLSearchParams(search);
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return DAY.test(value) ? value : '';
  };
  const page = Number(params.get('page'));
  return {
    from: day(PAGE_PARAMS.from),
    to: day(PAGE_PARAMS.to),
    beneficiary: params.get(PAGE_PARAMS.beneficiary) ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query's parameters in a page URL (the member's words) and in the API's. */
const PAGE_PARAMS = { from: 'du', to: 'au', beneficiary: 'beneficiaire' } as const;
const API_PARAMS = { from: 'from', to: 'to', beneficiary: 'beneficiary' } as const;

function searchOf(query: PaymentQuery, names: typeof PAGE_PARAMS | typeof API_PARAMS): string {
  const params = new URLSearchParams();
  for (const key of ['from', 'to', 'beneficiary'] as const) {
    if (query[key]) params.set(names[key], query[key]);
  }
  if (query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The page URL's `?du=…&au=…&beneficiaire=…&page=…` without the empty or default parts. */
export function paymentSearch(query: PaymentQuery): string {
  return searchOf(query, PAGE_PARAMS);
}

/** The API's `?from=…&to=…&beneficiary=…&page=…` for the same query. */
export function paymentApiSearch(query: PaymentQuery): string {
  return searchOf(query, API_PARAMS);
}

export function samePaymentQuery(a: PaymentQuery, b: PaymentQuery): boolean {
  return paymentSearch(a) === paymentSearch(b);
}

/** The portal page of one payment. */
export function paymentPath(id: string): string {
  return `${PAYMENTS_PATH}/${encodeURIComponent(id)}`;
}

/** The list (with its filter and page) from which the member last opened a payment. */
let openedFrom: { paymentId: string; url: string } | undefined;

export function rememberListUrl(paymentId: string, query: PaymentQuery): void {
  openedFrom = { paymentId, url: PAYMENTS_PATH + paymentSearch(query) };
}

/**
 * Where "Retour à mes règlements" leads from a payment: the list it was opened from, with the same
 * filter and page; the plain list when the payment was opened otherwise (a link, a bookmark).
 */
export function listUrl(paymentId: string): string {
  return openedFrom?.paymentId === paymentId ? openedFrom.url : PAYMENTS_PATH;
}
