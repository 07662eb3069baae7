import { isoDate, type Kernel, type MemberEnv, operation, ProblemError } from '@portail/kernel';
import { calendarDate, optionalQuery, pageQuery, recordId } from '@portail/kernel/contract';
import { isRecordId } from '@portail/kernel/contract/ids';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { HealthAct, HealthPaymentDetail, HealthPaymentPage } from '../contract/index.js';
import { santeDb } from './tables.js';

const PAGE_SIZE = 20;

/** G1's filters, in the query string: a period (`du`, `au`), a beneficiary, a page. */
const filtersSchema = z.object({
  from: optionalQuery(
    calendarDate({ format: 'Date de début invalide.', impossible: 'Date de début invalide.' }),
  ),
  to: optionalQuery(calendarDate({ format: 'Date de fin invalide.', impossible: 'Date de fin invalide.' })),
  beneficiary: optionalQuery(recordId('Bénéficiaire inconnu.')),
  page: pageQuery,
});

function filterProblem(field: string, detail: string): ProblemError {
  return new ProblemError(400, detail, { code: 'validation', errors: [{ field, detail }] });
}

/** Names of the member's beneficiaries, by id (from the kernel's member file). */
async function beneficiaryNames(kernel: Kernel, memberId: string) {
  const list = await kernel.members.beneficiaries(memberId);
  return new Map(list.map((b) => [b.id, `${b.firstName} ${b.lastName}`]));
}

/** The acts of some payments, with who they were for; amounts as stored (cents). */
export async function actsOf(kernel: Kernel, paymentIds: string[], names: Map<string, string>) {
  if (paymentIds.length === 0) return [];
  const rows = await santeDb(kernel)
    .selectFrom('sante.health_acts')
    .select([
      'payment_id',
      'beneficiary_id',
      'label',
      'real_cost_cents',
      'base_cents',
      'social_security_cents',
      'organisation_cents',
      isoDate('act_date').as('act_date'),
    ])
    .where('payment_id', 'in', paymentIds)
    .orderBy('act_date')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    paymentId: r.payment_id,
    beneficiaryId: r.beneficiary_id,
    act: {
      actDate: r.act_date,
      beneficiary: names.get(r.beneficiary_id) ?? '',
      label: r.label,
      realCostCents: r.real_cost_cents,
      baseCents: r.base_cents,
      socialSecurityCents: r.social_security_cents,
      organisationCents: r.organisation_cents,
      remainingCents: r.real_cost_cents - r.social_security_cents - r.organisation_cents,
    } satisfies HealthAct,
  }));
}

/** G1 Mes règlements: payments made to the member, newest first, by period and beneficiary; detail. */
export function reimbursementRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  const db = santeDb(kernel);
  app.use('*', kernel.requireMember(), kernel.requirePage('sante.reglements'));

  app.get(
    '/',
    operation({
      // i18n-ignore (the API's documentation)
      summary: 'G1 Mes règlements (par période et bénéficiaire, paginés)',
      description:
        'Les plus récents d’abord, 20 par page ; `beneficiaries` liste les bénéficiaires du filtre.', // i18n-ignore
      query: filtersSchema,
      responses: { 200: 'HealthPaymentPage' },
    }),
    async (c) => {
      const memberId = c.get('member').id;
      const { from, to, beneficiary: beneficiaryId, page } = c.req.valid('query');
      if (from && to && from > to) throw filterProblem('to', 'La date de fin doit suivre la date de début.');
      let query = db.selectFrom('sante.health_payments as p').where('p.member_id', '=', memberId);
      if (from) query = query.where('p.paid_on', '>=', from);
      if (to) query = query.where('p.paid_on', '<=', to);
      if (beneficiaryId) {
        query = query.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('sante.health_acts as a')
              .select('a.id')
              .whereRef('a.payment_id', '=', 'p.id')
              .where('a.beneficiary_id', '=', beneficiaryId),
          ),
        );
      }
      const [{ total } = { total: 0 }] = await query.select(sql<number>`count(*)::int`.as('total')).execute();
      const rows = await query
        .select(['p.id', 'p.amount_cents', 'p.method', isoDate('p.paid_on').as('paid_on')])
        .orderBy('p.paid_on', 'desc')
        .orderBy('p.id')
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
        .execute();
      const names = await beneficiaryNames(kernel, memberId);
      const acts = await actsOf(
        kernel,
        rows.map((r) => r.id),
        names,
      );
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        items: rows.map((r) => {
          const mine = acts.filter((a) => a.paymentId === r.id);
          return {
            id: r.id,
            paidOn: r.paid_on,
            amountCents: r.amount_cents,
            method: r.method,
            beneficiaries: [...new Set(mine.map((a) => a.act.beneficiary))],
            // The acts come by date of care.
            careFrom: mine[0]?.act.actDate ?? null,
            careTo: mine.at(-1)?.act.actDate ?? null,
            care: [...new Set(mine.map((a) => a.act.label))],
            actsCount: mine.length,
            detailUrl: `/api/sante/reglements/${r.id}`,
          };
        }),
        page,
        pageSize: PAGE_SIZE,
        total,
        beneficiaries: [...names].map(([id, name]) => ({ id, name })),
      } satisfies HealthPaymentPage);
    },
  );

  app.get(
    '/:id',
    operation({
      // i18n-ignore (the API's documentation)
      summary: 'G1 Détail d’un règlement santé (actes et parts de chacun)',
      responses: { 200: 'HealthPaymentDetail' },
    }),
    async (c) => {
      const memberId = c.get('member').id;
      const id = c.req.param('id');
      const payment = isRecordId(id)
        ? await db
            .selectFrom('sante.health_payments')
            .select(['id', 'amount_cents', 'method', 'iban_masked', isoDate('paid_on').as('paid_on')])
            .where('id', '=', id)
            .where('member_id', '=', memberId)
            .executeTakeFirst()
        : undefined;
      if (!payment)
        throw new ProblemError(404, "Ce règlement n'existe pas ou ne vous concerne pas.", {
          code: 'not-found',
        });
      const acts = (await actsOf(kernel, [payment.id], await beneficiaryNames(kernel, memberId))).map(
        (a) => a.act,
      );
      const sum = (key: keyof HealthPaymentDetail['totals']) =>
        acts.reduce((total, act) => total + act[key], 0);
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        id: payment.id,
        paidOn: payment.paid_on,
        amountCents: payment.amount_cents,
        method: payment.method,
        ibanMasked: payment.iban_masked,
        acts,
        totals: {
          realCostCents: sum('realCostCents'),
          baseCents: sum('baseCents'),
          socialSecurityCents: sum('socialSecurityCents'),
          organisationCents: sum('organisationCents'),
          remainingCents: sum('remainingCents'),
        },
      } satisfies HealthPaymentDetail);
    },
  );

  return app;
}
