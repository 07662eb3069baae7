import {
  type AuthenticatedMember,
  compiledOnce,
  isoDate,
  type Kernel,
  localized,
  type MemberEnv,
  type MembershipSummary,
  operation,
  ProblemError,
  todayIso,
} from '@portail/kernel';
import { pageQuery } from '@portail/kernel/contract';
import { isRecordId } from '@portail/kernel/contract/ids';
import { Hono } from 'hono';
import { z } from 'zod';
import {
  INDEMNITY_PAGE_SIZE,
  type IndemnityPayment,
  type IndemnityPaymentDetail,
  type IndemnityPaymentPage,
  PAYMENT_SORTS,
  PAYMENTS_SHOWN_FROM,
  type PaymentSort,
  paymentsRange,
  REFERENCE_PREFIXES,
  shortReference,
} from '../contract/index.js';
import { periodSchema } from './sendings.js';
import { indemnisationsDb } from './tables.js';

const querySchema = z.object({
  period: periodSchema,
  sort: z
    .enum(Object.keys(PAYMENT_SORTS) as [PaymentSort, ...PaymentSort[]], { error: 'Tri inconnu.' })
    .default('indemnisation'),
  page: pageQuery,
});

/** Each sort of C6 and the column it orders by (each has its index, led by the member). */
const SORT_COLUMNS = {
  indemnisation: 'p.paid_on',
  evenement: 'p.event_date',
  periode: 'p.period_start',
} as const;

function paymentsQuery(kernel: Kernel, memberId: string) {
  return indemnisationsDb(kernel)
    .selectFrom('indemnisations.indemnity_payments as p')
    .where('p.member_id', '=', memberId);
}

/**
 * The member's memberships by id: what each payment was for (contract, employer, number), as the
 * session read them with the member (no query of its own per request).
 */
function membershipsById(member: AuthenticatedMember): Map<string, MembershipSummary> {
  return new Map(member.memberships.map((m) => [m.id, m]));
}

function entryOf(
  row: {
    id: string;
    membership_id: string;
    nature: string;
    event_date: string;
    period_start: string;
    period_end: string;
    paid_on: string;
    method: 'virement' | 'cheque';
    net_cents: number;
  },
  memberships: Map<string, MembershipSummary>,
): IndemnityPayment {
  const membership = memberships.get(row.membership_id);
  return {
    id: row.id,
    reference: shortReference(REFERENCE_PREFIXES.payment, row.id),
    // Written by the back office in French (« Maladie ordinaire »…): in the request's language.
    nature: localized(row.nature),
    eventDate: row.event_date,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    paidOn: row.paid_on,
    method: row.method,
    employer: membership?.employerName ?? '',
    contract: membership?.contractLabel ?? '',
    membershipNumber: membership?.membershipNumber ?? '',
    netCents: row.net_cents,
    detailUrl: `/api/indemnisations/paiements/${row.id}`,
  };
}

const ENTRY_COLUMNS = [
  'p.id',
  'p.nature',
  isoDate('p.event_date').as('event_date'),
  isoDate('p.period_start').as('period_start'),
  isoDate('p.period_end').as('period_end'),
  isoDate('p.paid_on').as('paid_on'),
  'p.method',
  'p.net_cents',
  'p.membership_id',
] as const;

/** The upper bound of a range without one ("Toutes"): the latest day the portal accepts. */
const NO_END = '2999-12-31';

/**
 * C6's two queries, one page of the member's payments between two days and their count, each
 * compiled once (per sort for the page): the route is the portal's busiest read (bench:history).
 */
function historyQueries(kernel: Kernel) {
  const shown = (values: Record<'memberId' | 'from' | 'to', never>) =>
    paymentsQuery(kernel, values.memberId)
      .where('p.paid_on', '>=', values.from)
      .where('p.paid_on', '<=', values.to);
  const pageSortedBy = (sort: PaymentSort) =>
    compiledOnce(['memberId', 'from', 'to', 'limit', 'offset'], (values) =>
      shown(values)
        .select([...ENTRY_COLUMNS])
        .orderBy(SORT_COLUMNS[sort], 'desc')
        // Payments of one stop share their event date: the newest period first among them.
        .orderBy('p.period_start', 'desc')
        .orderBy('p.id')
        .limit(values.limit)
        .offset(values.offset),
    );
  const pages: Record<PaymentSort, ReturnType<typeof pageSortedBy>> = {
    indemnisation: pageSortedBy('indemnisation'),
    evenement: pageSortedBy('evenement'),
    periode: pageSortedBy('periode'),
  };
  const count = compiledOnce(['memberId', 'from', 'to'], (values) =>
    shown(values).select((eb) => eb.fn.countAll<string>().as('n')),
  );
  return { pages, count };
}

/** C6 Historique des indemnisations: payments from 01/01/2014, filtered, sorted, in pages. */
export function indemnityPaymentRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.use('*', kernel.requireMember(), kernel.requirePage('indemnisations.historique-indemnisations'));
  const history = historyQueries(kernel);

  app.get(
    '/',
    operation({
      // i18n-ignore: API documentation
      summary: 'C6 Historique des indemnisations (filtré, trié, paginé)',
      // i18n-ignore: API documentation
      description: 'Les règlements émis depuis le 01/01/2014, 20 par page.',
      query: querySchema,
      responses: { 200: 'IndemnityPaymentPage' },
    }),
    async (c) => {
      const { period, sort, page } = c.req.valid('query');
      const memberId = c.get('member').id;
      const range = paymentsRange(period, todayIso());
      const bounds = { memberId, from: range.from ?? PAYMENTS_SHOWN_FROM, to: range.to ?? NO_END };
      const db = indemnisationsDb(kernel);
      const [rows, [total]] = await Promise.all([
        history.pages[sort](db, {
          ...bounds,
          limit: INDEMNITY_PAGE_SIZE,
          offset: (page - 1) * INDEMNITY_PAGE_SIZE,
        }),
        history.count(db, bounds),
      ]);
      const memberships = membershipsById(c.get('member'));
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        items: rows.map((row) => entryOf(row, memberships)),
        range,
        page,
        pageSize: INDEMNITY_PAGE_SIZE,
        total: Number(total?.n ?? 0),
      } satisfies IndemnityPaymentPage);
    },
  );

  app.get(
    '/:id',
    operation({
      // i18n-ignore: API documentation
      summary: 'C6 Détail d’un règlement d’indemnités',
      responses: { 200: 'IndemnityPaymentDetail' },
    }),
    async (c) => {
      const id = c.req.param('id');
      const row = isRecordId(id)
        ? await paymentsQuery(kernel, c.get('member').id)
            .select([
              ...ENTRY_COLUMNS,
              'p.gross_cents',
              'p.deductions',
              'p.full_pay_days',
              'p.half_pay_days',
              'p.daily_amount_cents',
            ])
            .where('p.id', '=', id)
            .where('p.paid_on', '>=', PAYMENTS_SHOWN_FROM)
            .executeTakeFirst()
        : undefined;
      if (!row)
        throw new ProblemError(404, "Ce règlement n'existe pas ou ne vous concerne pas.", {
          code: 'not-found',
        });
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        ...entryOf(row, membershipsById(c.get('member'))),
        grossCents: row.gross_cents,
        deductions: row.deductions.map((d) => ({ ...d, label: localized(d.label) })),
        fullPayDays: row.full_pay_days,
        halfPayDays: row.half_pay_days,
        dailyAmountCents: row.daily_amount_cents,
      } satisfies IndemnityPaymentDetail);
    },
  );

  return app;
}
