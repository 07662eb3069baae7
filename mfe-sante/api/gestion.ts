import {
  formatEuros,
  frenchDate,
  type Kernel,
  type ManagerEnv,
  operation,
  ProblemError,
  paymentInputs,
} from '@portail/kernel';
import { Hono } from 'hono';
import { z } from 'zod';
import type { RecordedPayment } from '../contract/index.js';
import { santeDb } from './tables.js';

const { day: isoDay, cents, method } = paymentInputs;

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

/** H5: a manager records a health reimbursement; it shows in G1 at once and alerts the member. */
export function createSanteBackOffice(kernel: Kernel) {
  const app = new Hono<ManagerEnv>();

  app.post(
    '/remboursements',
    operation({
      summary: 'H5 Enregistrer un remboursement santé (alerte de l’adhérent)',
      body: reimbursementSchema,
      responses: { 201: 'RecordedPayment' },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const beneficiaries = await kernel.members.beneficiaries(input.memberId).catch(() => []);
      if (!input.acts.every((a) => beneficiaries.some((b) => b.id === a.beneficiaryId))) {
        const detail = "Chaque acte doit concerner un bénéficiaire de l'adhérent.";
        throw new ProblemError(400, detail, { code: 'validation', errors: [{ field: 'acts', detail }] });
      }
      const amountCents = input.acts.reduce((s, a) => s + a.organisationCents, 0);
      const recorded = await santeDb(kernel)
        .transaction()
        .execute(async (trx) => {
          const tdb = trx;
          const payment = await tdb
            .insertInto('sante.health_payments')
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
            .insertInto('sante.health_acts')
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
            text: `Un remboursement de ${formatEuros(amountCents)} a été émis le ${frenchDate(input.paidOn)}. Son détail est dans « Mes règlements ».`,
            sms: `Portail Adhérent : remboursement santé de ${formatEuros(amountCents)} émis le ${frenchDate(input.paidOn)}.`,
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
    },
  );

  return app;
}
