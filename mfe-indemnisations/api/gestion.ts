import { msg, str } from '@lit/localize';
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

// H5's messages are the back office's (French-speaking managers): no member reads them.
const indemnitySchema = z
  .object({
    membershipId: z.string().uuid({ error: "Choisissez l'adhésion." }), // i18n-ignore
    nature: z.string().trim().min(1, { error: 'Choisissez la nature.' }).max(80), // i18n-ignore
    eventDate: isoDay("Saisissez la date de l'évènement."), // i18n-ignore
    periodStart: isoDay('Saisissez le début de la période.'), // i18n-ignore
    periodEnd: isoDay('Saisissez la fin de la période.'), // i18n-ignore
    paidOn: isoDay('Saisissez la date du règlement.'), // i18n-ignore
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
    // i18n-ignore: the back office's
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
      // i18n-ignore: API documentation
      summary: 'H5 Enregistrer un règlement d’indemnités prévoyance (alerte de l’adhérent)',
      body: indemnitySchema,
      responses: { 201: 'RecordedPayment' },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const found = await kernel.members.membership(input.membershipId);
      const membership = found?.contractKind === 'prevoyance' ? { member_id: found.memberId } : undefined;
      if (!membership) {
        const detail = 'Choisissez une adhésion prévoyance de cet adhérent.'; // i18n-ignore: the back office's
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
          // The alert and the live notice in the member's language (SPEC P6).
          const alerted = await kernel.members.within(trx).inLocaleOf(membership.member_id, async () => {
            const amount = formatEuros(net);
            const paidOn = frenchDate(input.paidOn);
            const from = frenchDate(input.periodStart);
            const to = frenchDate(input.periodEnd);
            const sent = await kernel.alerts.send(trx, membership.member_id, {
              subject: msg('Portail Adhérent : un règlement de vos indemnités a été émis'),
              text: msg(
                str`Un règlement de ${amount} a été émis le ${paidOn} pour la période du ${from} au ${to}. Son détail est dans « Historique des indemnisations ».`,
              ),
              sms: msg(
                str`Portail Adhérent : règlement de ${amount} émis le ${paidOn} (indemnités du ${from} au ${to}).`,
              ),
            });
            // SPEC P2: the member's open pages show it at once (on commit).
            await kernel.liveEvents.publish(trx, membership.member_id, {
              type: 'payment',
              title: msg(str`Un règlement de ${amount} a été émis le ${paidOn}.`),
              href: '/indemnisations/historique-indemnisations',
            });
            return sent;
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
