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
    from: day('du'),
    to: day('au'),
    beneficiary: params.get('beneficiaire') ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** `?du=…&au=…&beneficiaire=…&page=…` without the empty or default parts ('' when nothing). */
export function paymentSearch(query: PaymentQuery): string {
  const params = new URLSearchParams();
  if (query.from) params.set('du', query.from);
  if (query.to) params.set('au', query.to);
  if (query.beneficiary) params.set('beneficiaire', query.beneficiary);
  if (query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return search ? `?${search}` : '';
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
