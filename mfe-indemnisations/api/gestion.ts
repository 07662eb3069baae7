import { frenchDate, jsonb, type Kernel, type ManagerEnv, ProblemError, readJson } from '@portail/kernel';
import { calendarDate } from '@portail/kernel/contract';
import { Hono } from 'hono';
import { z } from 'zod';
import type { PayeeFile, RecordedPayment } from '../contract/index.js';
import { type IndemnisationsTables, indemnisationsDb } from './tables.js';

const euros = (cents: number) =>
  `${(cents / 100).toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;

const isoDay = (message: string) => calendarDate({ required: message, format: message });
const cents = z
  .number({ error: 'Saisissez un montant.' })
  .int()
  .min(0, { error: 'Le montant ne peut pas être négatif.' })
  .max(10_000_000);
const method = z.enum(['virement', 'cheque'], { error: 'Choisissez le mode de règlement.' });

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
        message: 'La fin doit être postérieure ou égale au début.',
      });
    }
    if (v.deductions.reduce((s, d) => s + d.amountCents, 0) > v.grossCents) {
      ctx.addIssue({
        code: 'custom',
        path: ['deductions'],
        message: 'Les retenues dépassent le montant brut.',
      });
    }
  });

const reimbursementSchema = z.object({
  memberId: z.string().uuid(),
  paidOn: isoDay('Saisissez la date du règlement.'),
  method,
  acts: z
    .array(
      z.object({
        beneficiaryId: z.string().uuid({ error: 'Choisissez le bénéficiaire.' }),
        actDate: isoDay("Saisissez la date de l'acte."),
        label: z.string().trim().min(1, { error: "Saisissez l'acte." }).max(120),
        realCostCents: cents,
        baseCents: cents,
        socialSecurityCents: cents,
        organisationCents: cents,
      }),
    )
    .min(1, { error: 'Ajoutez au moins un acte.' })
    .max(30),
});

/** H5: a manager records a payment; it shows in the member's history at once and alerts them. */
export function createIndemnisationsBackOffice(kernel: Kernel) {
  const db = indemnisationsDb(kernel);
  const app = new Hono<ManagerEnv>();

  app.get('/adherents/:identifier', async (c) => {
    const memberId = await kernel.members.idByIdentifier(c.req.param('identifier'));
    if (!memberId)
      throw new ProblemError(404, 'Aucun adhérent ne porte cet identifiant.', { code: 'not-found' });
    const [profile, memberships, beneficiaries, channels] = await Promise.all([
      kernel.members.profile(memberId),
      kernel.members.memberships(memberId),
      kernel.members.beneficiaries(memberId),
      kernel.members.contactChannels(memberId),
    ]);
    return c.json({
      memberId,
      identifier: profile.identifier,
      name: `${profile.firstName} ${profile.lastName}`,
      memberships: memberships.map((m) => ({
        id: m.id,
        contract: m.contractLabel,
        kind: m.contractKind,
        employer: m.employer,
        number: m.membershipNumber,
      })),
      beneficiaries: beneficiaries.map((b) => ({
        id: b.id,
        name: `${b.firstName} ${b.lastName}`,
        relationship: b.relationship,
      })),
      alerts: { email: channels.emailAlert, sms: channels.smsAlert },
    } satisfies PayeeFile);
  });

  app.post('/indemnites', async (c) => {
    const input = await readJson(c, indemnitySchema);
    const membership = await db
      .selectFrom('core.memberships as m')
      .innerJoin('core.contracts as k', 'k.id', 'm.contract_id')
      .select(['m.member_id'])
      .where('m.id', '=', input.membershipId)
      .where('k.kind', '=', 'prevoyance')
      .executeTakeFirst();
    if (!membership) {
      const detail = 'Choisissez une adhésion prévoyance de cet adhérent.';
      throw new ProblemError(400, detail, {
        code: 'validation',
        errors: [{ field: 'membershipId', detail }],
      });
    }
    const netCents = input.grossCents - input.deductions.reduce((s, d) => s + d.amountCents, 0);
    const recorded = await kernel.db.transaction().execute(async (trx) => {
      const row = await trx
        .withTables<IndemnisationsTables>()
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
          net_cents: netCents,
          full_pay_days: input.fullPayDays,
          half_pay_days: input.halfPayDays,
          daily_amount_cents: input.dailyAmountCents,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const alerted = await kernel.alerts.send(trx, membership.member_id, {
        subject: 'Portail Adhérent : un règlement de vos indemnités a été émis',
        text: `Un règlement de ${euros(netCents)} a été émis le ${frenchDate(input.paidOn)} pour la période du ${frenchDate(input.periodStart)} au ${frenchDate(input.periodEnd)}. Son détail est dans « Historique des indemnisations ».`,
        sms: `Portail Adhérent : règlement de ${euros(netCents)} émis le ${frenchDate(input.paidOn)} (indemnités du ${frenchDate(input.periodStart)} au ${frenchDate(input.periodEnd)}).`,
      });
      await kernel.audit.record(
        {
          actorKind: 'manager',
          actorId: c.get('manager').managerId,
          action: 'paiement.indemnite',
          targetKind: 'indemnity_payment',
          targetId: row.id,
          after: { ...input, netCents },
        },
        trx,
      );
      return { id: row.id, netCents, alerted };
    });
    return c.json(recorded satisfies RecordedPayment, 201);
  });

  app.post('/remboursements', async (c) => {
    const input = await readJson(c, reimbursementSchema);
    const beneficiaries = await kernel.members.beneficiaries(input.memberId).catch(() => []);
    if (!input.acts.every((a) => beneficiaries.some((b) => b.id === a.beneficiaryId))) {
      const detail = "Chaque acte doit concerner un bénéficiaire de l'adhérent.";
      throw new ProblemError(400, detail, { code: 'validation', errors: [{ field: 'acts', detail }] });
    }
    const amountCents = input.acts.reduce((s, a) => s + a.organisationCents, 0);
    const recorded = await kernel.db.transaction().execute(async (trx) => {
      const tdb = trx.withTables<IndemnisationsTables>();
      const payment = await tdb
        .insertInto('indemnisations.health_payments')
        .values({
          member_id: input.memberId,
          paid_on: input.paidOn,
          amount_cents: amountCents,
          method: input.method,
          iban_masked: null,
          statement_id: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tdb
        .insertInto('indemnisations.health_acts')
        .values(
          input.acts.map((a) => ({
            payment_id: payment.id,
            beneficiary_id: a.beneficiaryId,
            act_date: a.actDate,
            label: a.label,
            real_cost_cents: a.realCostCents,
            base_cents: a.baseCents,
            social_security_cents: a.socialSecurityCents,
            organisation_cents: a.organisationCents,
          })),
        )
        .execute();
      const alerted = await kernel.alerts.send(trx, input.memberId, {
        subject: 'Portail Adhérent : un remboursement santé a été émis',
        text: `Un remboursement de ${euros(amountCents)} a été émis le ${frenchDate(input.paidOn)}. Son détail est dans « Mes règlements ».`,
        sms: `Portail Adhérent : remboursement santé de ${euros(amountCents)} émis le ${frenchDate(input.paidOn)}.`,
      });
      await kernel.audit.record(
        {
          actorKind: 'manager',
          actorId: c.get('manager').managerId,
          action: 'paiement.remboursement',
          targetKind: 'health_payment',
          targetId: payment.id,
          after: input,
        },
        trx,
      );
      return { id: payment.id, netCents: amountCents, alerted };
    });
    return c.json(recorded satisfies RecordedPayment, 201);
  });

  return app;
}
