import { msg, str } from '@lit/localize';
import {
  formatEuros,
  frenchDate,
  type Kernel,
  type ManagerEnv,
  operation,
  ProblemError,
  paymentInputs,
  withLocale,
} from '@portail/kernel';
import { Hono } from 'hono';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import {
  careOfActLabel,
  QUOTE_REQUEST_KIND,
  type QuotePayload,
  type QuoteReview,
  type RecordedPayment,
} from '../contract/index.js';
import { estimateContext } from './estimation.js';
import { type SanteTables, santeDb } from './tables.js';

const { day: isoDay, cents, method } = paymentInputs;

// The back office's messages (French-speaking staff) are not translated (i18n-ignore below); what
// the member is sent (alert, live event) is written in the member's language (SPEC P6).
const reimbursementSchema = z.object({
  memberId: z.string().uuid(),
  paidOn: isoDay('Saisissez la date du règlement.'), // i18n-ignore
  method,
  acts: z
    .array(
      z.object({
        beneficiaryId: z.string().uuid({ error: 'Choisissez le bénéficiaire.' }), // i18n-ignore
        actDate: isoDay("Saisissez la date de l'acte."), // i18n-ignore
        label: z.string().trim().min(1, { error: "Saisissez l'acte." }).max(120), // i18n-ignore
        realCostCents: cents,
        baseCents: cents,
        socialSecurityCents: cents,
        organisationCents: cents,
      }),
    )
    .min(1, { error: 'Ajoutez au moins un acte.' }) // i18n-ignore
    .max(30),
});

type Reimbursement = z.infer<typeof reimbursementSchema>;

/** Dates of `date` columns as the driver gives them (a string, or a Date at midnight UTC). */
const dayOf = (value: Date | string) =>
  typeof value === 'string' ? value : value.toISOString().slice(0, 10);

/**
 * The same act reimbursed twice (two e-mails, two SMS) is refused: an act is the member's
 * beneficiary's care of a date, by its label (any case), for the organisation's part paid. The
 * whole reimbursement is refused, each act already paid marked on its date.
 */
async function refuseDuplicates(
  trx: Kysely<SanteTables>,
  input: Reimbursement,
  beneficiaryName: (id: string) => string,
): Promise<void> {
  // Two managers recording the same reimbursement at once: one after the other, for this member.
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`sante.health_payments:${input.memberId}`}))`.execute(
    trx,
  );
  const paid = await trx
    .selectFrom('sante.health_acts as a')
    .innerJoin('sante.health_payments as p', 'p.id', 'a.payment_id')
    .select(['a.beneficiary_id', 'a.act_date', 'a.label', 'a.organisation_cents', 'p.paid_on'])
    .where('p.member_id', '=', input.memberId)
    .where('a.act_date', 'in', [...new Set(input.acts.map((a) => a.actDate))])
    .execute();
  const already = input.acts.flatMap((act, index) => {
    const same = paid.find(
      (row) =>
        row.beneficiary_id === act.beneficiaryId &&
        dayOf(row.act_date) === act.actDate &&
        row.label.trim().toLowerCase() === act.label.toLowerCase() &&
        row.organisation_cents === act.organisationCents,
    );
    return same ? [{ act, index, paidOn: dayOf(same.paid_on) }] : [];
  });
  const [first] = already;
  if (!first) return;
  throw new ProblemError(
    409,
    // i18n-ignore
    `L'acte « ${first.act.label} » du ${frenchDate(first.act.actDate)} de ${beneficiaryName(first.act.beneficiaryId)}, ${formatEuros(first.act.organisationCents)} à la charge de l'organisme, est déjà remboursé (règlement du ${frenchDate(first.paidOn)}). Ce remboursement n'a pas été enregistré.`,
    {
      code: 'payment-duplicate',
      errors: already.map(({ index, paidOn }) => ({
        field: `acts.${index}.actDate`,
        // i18n-ignore
        detail: `Acte déjà remboursé (règlement du ${frenchDate(paidOn)}).`,
      })),
    },
  );
}

/** H5: a manager records a health reimbursement; it shows in G1 at once and alerts the member. */
export function createSanteBackOffice(kernel: Kernel) {
  const app = new Hono<ManagerEnv>();

  app.post(
    '/remboursements',
    operation({
      // i18n-ignore (the API's documentation)
      summary: 'H5 Enregistrer un remboursement santé (alerte de l’adhérent)',
      body: reimbursementSchema,
      responses: { 201: 'RecordedPayment' },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const beneficiaries = await kernel.members.beneficiaries(input.memberId).catch(() => []);
      if (!input.acts.every((a) => beneficiaries.some((b) => b.id === a.beneficiaryId))) {
        const detail = "Chaque acte doit concerner un bénéficiaire de l'adhérent."; // i18n-ignore
        throw new ProblemError(400, detail, { code: 'validation', errors: [{ field: 'acts', detail }] });
      }
      const amountCents = input.acts.reduce((s, a) => s + a.organisationCents, 0);
      // What the member is told (e-mail, SMS, their open pages), in their language.
      const told = withLocale(await kernel.members.localeOf(input.memberId), () => {
        const amount = formatEuros(amountCents);
        const date = frenchDate(input.paidOn);
        return {
          subject: msg('Portail Adhérent : un remboursement santé a été émis'),
          text: msg(
            str`Un remboursement de ${amount} a été émis le ${date}. Son détail est dans « Mes règlements ».`,
          ),
          sms: msg(str`Portail Adhérent : remboursement santé de ${amount} émis le ${date}.`),
          title: msg(str`Un remboursement de ${amount} a été émis le ${date}.`),
        };
      });
      const recorded = await santeDb(kernel)
        .transaction()
        .execute(async (trx) => {
          await refuseDuplicates(trx, input, (id) => {
            const found = beneficiaries.find((b) => b.id === id);
            return found ? `${found.firstName} ${found.lastName}` : '';
          });
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
                // P5: what the yearly forfaits count, from the act's label as statements write it.
                care: careOfActLabel(a.label),
              })),
            )
            .execute();
          const alerted = await kernel.alerts.send(trx, input.memberId, {
            subject: told.subject,
            text: told.text,
            sms: told.sms,
          });
          // SPEC P2: the member's open pages show it at once (on commit).
          await kernel.liveEvents.publish(trx, input.memberId, {
            type: 'payment',
            title: told.title,
            href: '/services/reglements',
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

  app.get(
    '/devis/:requestId',
    operation({
      summary:
        'P5/H3 Un devis envoyé : ses lignes, et le tableau de garanties de l’adhérent avec les forfaits utilisés cette année par le bénéficiaire (le formulaire de réponse refait l’estimation)', // i18n-ignore
      responses: { 200: 'QuoteReview' },
    }),
    async (c) => {
      const record = await kernel.requests.record(c.req.param('requestId'));
      if (record?.section !== 'sante' || record.kind !== QUOTE_REQUEST_KIND) {
        throw new ProblemError(404, "Ce devis n'existe pas.", { code: 'not-found' });
      }
      const quote = record.payload as unknown as QuotePayload;
      const { beneficiaries, ...context } = await estimateContext(kernel, santeDb(kernel), record.memberId);
      const beneficiary = beneficiaries.find((b) => b.id === quote.beneficiaryId);
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        requestId: record.id,
        beneficiaryId: quote.beneficiaryId,
        beneficiaryName: quote.beneficiaryName,
        lines: quote.lines,
        comment: quote.text ?? null,
        sentEstimate: quote.estimate,
        context: { ...context, usage: beneficiary?.usage ?? {} },
      } satisfies QuoteReview);
    },
  );

  return app;
}
