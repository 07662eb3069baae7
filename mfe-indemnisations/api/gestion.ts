import {
  formatEuros,
  frenchDate,
  jsonb,
  type Kernel,
  type ManagerEnv,
  operation,
  ProblemError,
  paymentInputs,
} from '@portail/kernel';
import { netCents, PAYMENT_MESSAGES } from '@portail/kernel/contract/payments';
import { Hono } from 'hono';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import { grossAmountProblem } from '../contract/gestion.js';
import type { RecordedPayment } from '../contract/index.js';
import { type IndemnisationsTables, indemnisationsDb } from './tables.js';

const { day: isoDay, cents, method } = paymentInputs;

const indemnitySchema = z
  .object({
    membershipId: z.string().uuid({ error: "Choisissez l'adhésion." }),
    nature: z.string().trim().min(1, { error: 'Choisissez la nature.' }).max(80),
    eventDate: isoDay("Saisissez la date de l'évènement."),
    periodStart: isoDay('Saisissez le début de la période.'),
    periodEnd: isoDay('Saisissez la fin de la période.'),
    paidOn: isoDay('Saisissez la date du règlement.'),
    method,
    grossCents: cents,
    deductions: z.array(z.object({ label: z.string().trim().min(1).max(80), amountCents: cents })).max(10),
    fullPayDays: z.number().int().min(0).max(366),
    halfPayDays: z.number().int().min(0).max(366),
    dailyAmountCents: cents,
  })
  .superRefine((v, ctx) => {
    if (v.periodEnd < v.periodStart) {
      ctx.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        message: PAYMENT_MESSAGES.periodEnd,
      });
    }
    if (netCents(v.grossCents, v.deductions) < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['deductions'],
        message: PAYMENT_MESSAGES.net,
      });
    }
    const gross = grossAmountProblem(v);
    if (gross) ctx.addIssue({ code: 'custom', path: ['grossCents'], message: gross });
  });

/**
 * The same payment recorded twice (two e-mails, two SMS) is refused: a payment is the member's
 * indemnity of a nature, for a period, of a gross amount — whatever day it is said paid on. Another
 * period, nature or amount is another payment.
 */
async function refuseDuplicate(
  trx: Kysely<IndemnisationsTables>,
  memberId: string,
  input: z.infer<typeof indemnitySchema>,
): Promise<void> {
  // Two managers recording the same payment at once: one after the other, for this member.
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`indemnisations.indemnity_payments:${memberId}`}))`.execute(
    trx,
  );
  const same = await trx
    .selectFrom('indemnisations.indemnity_payments')
    .select(['paid_on'])
    .where('member_id', '=', memberId)
    .where('period_start', '=', input.periodStart)
    .where('period_end', '=', input.periodEnd)
    .where('nature', '=', input.nature)
    .where('gross_cents', '=', input.grossCents)
    .executeTakeFirst();
  if (!same) return;
  throw new ProblemError(
    409,
    `Ce paiement est déjà enregistré pour cet adhérent : ${input.nature} du ${frenchDate(input.periodStart)} au ${frenchDate(input.periodEnd)}, montant brut ${formatEuros(input.grossCents)}, payé le ${frenchDate(same.paid_on)}. Il n'a pas été enregistré une seconde fois.`,
    { code: 'payment-duplicate' },
  );
}

/** H5: a manager records a payment; it shows in the member's history at once and alerts them. */
export function createIndemnisationsBackOffice(kernel: Kernel) {
  const app = new Hono<ManagerEnv>();

  app.post(
    '/indemnites',
    operation({
      summary: 'H5 Enregistrer un règlement d’indemnités prévoyance (alerte de l’adhérent)',
      body: indemnitySchema,
      responses: { 201: 'RecordedPayment' },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const found = await kernel.members.membership(input.membershipId);
      const membership = found?.contractKind === 'prevoyance' ? { member_id: found.memberId } : undefined;
      if (!membership) {
        const detail = 'Choisissez une adhésion prévoyance de cet adhérent.';
        throw new ProblemError(400, detail, {
          code: 'validation',
          errors: [{ field: 'membershipId', detail }],
        });
      }
      const net = netCents(input.grossCents, input.deductions);
      const recorded = await indemnisationsDb(kernel)
        .transaction()
        .execute(async (trx) => {
          await refuseDuplicate(trx, membership.member_id, input);
          const row = await trx
            .insertInto('indemnisations.indemnity_payments')
            .values({
              member_id: membership.member_id,
              membership_id: input.membershipId,
              nature: input.nature,
              event_date: input.eventDate,
              period_start: input.periodStart,
              period_end: input.periodEnd,
              paid_on: input.paidOn,
              method: input.method,
              gross_cents: input.grossCents,
              deductions: jsonb(input.deductions),
              net_cents: net,
              full_pay_days: input.fullPayDays,
              half_pay_days: input.halfPayDays,
              daily_amount_cents: input.dailyAmountCents,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          const alerted = await kernel.alerts.send(trx, membership.member_id, {
            subject: 'Portail Adhérent : un règlement de vos indemnités a été émis',
            text: `Un règlement de ${formatEuros(net)} a été émis le ${frenchDate(input.paidOn)} pour la période du ${frenchDate(input.periodStart)} au ${frenchDate(input.periodEnd)}. Son détail est dans « Historique des indemnisations ».`,
            sms: `Portail Adhérent : règlement de ${formatEuros(net)} émis le ${frenchDate(input.paidOn)} (indemnités du ${frenchDate(input.periodStart)} au ${frenchDate(input.periodEnd)}).`,
          });
          // SPEC P2: the member's open pages show it at once (on commit).
          await kernel.liveEvents.publish(trx, membership.member_id, {
            type: 'payment',
            title: `Un règlement de ${formatEuros(net)} a été émis le ${frenchDate(input.paidOn)}.`,
            href: '/indemnisations/historique-indemnisations',
          });
          await kernel.audit.record(
            {
              actorKind: 'manager',
              actorId: c.get('manager').managerId,
              action: 'paiement.indemnite',
              targetKind: 'indemnity_payment',
              targetId: row.id,
              after: { ...input, netCents: net },
            },
            trx,
          );
          return { id: row.id, netCents: net, alerted };
        });
      return c.json(recorded satisfies RecordedPayment, 201);
    },
  );

  return app;
}
