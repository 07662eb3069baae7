import { fileResponse, isoDate, type Kernel, type MemberEnv, operation, ProblemError } from '@portail/kernel';
import { isRecordId } from '@portail/kernel/contract/ids';
import { Hono } from 'hono';
import { sql } from 'kysely';
import type { HealthStatementList } from '../contract/index.js';
import { actsOf } from './reimbursements.js';
import { statementPdf } from './statement-pdf.js';
import { santeDb } from './tables.js';

/** G2 Décomptes mensuels / ponctuels: newest first, each a PDF made from the payments it covers. */
export function statementRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  const db = santeDb(kernel);
  app.use('*', kernel.requireMember(), kernel.requirePage('sante.decomptes'));

  const statements = (memberId: string) =>
    db
      .selectFrom('sante.health_statements as s')
      .leftJoin('sante.health_payments as p', 'p.statement_id', 's.id')
      .select([
        's.id',
        's.kind',
        's.reference',
        isoDate('s.period_start').as('period_start'),
        isoDate('s.period_end').as('period_end'),
        isoDate('s.issued_on').as('issued_on'),
        sql<number>`coalesce(sum(p.amount_cents), 0)::int`.as('total_cents'),
        sql<number>`count(p.id)::int`.as('payments_count'),
      ])
      .where('s.member_id', '=', memberId)
      .groupBy(['s.id', 's.kind', 's.reference', 's.period_start', 's.period_end', 's.issued_on'])
      .orderBy('s.issued_on', 'desc')
      .orderBy('s.id');

  app.get(
    '/',
    operation({
      // i18n-ignore (the API's documentation)
      summary: 'G2 Décomptes mensuels et ponctuels',
      responses: { 200: 'HealthStatementList' },
    }),
    async (c) => {
      const rows = await statements(c.get('member').id).limit(200).execute();
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          reference: r.reference,
          periodStart: r.period_start,
          periodEnd: r.period_end,
          issuedOn: r.issued_on,
          totalCents: r.total_cents,
          paymentsCount: r.payments_count,
          pdfUrl: `/api/sante/decomptes/${r.id}/pdf`,
        })),
      } satisfies HealthStatementList);
    },
  );

  app.get(
    '/:id/pdf',
    operation({
      // i18n-ignore (the API's documentation)
      summary: 'G2 Un décompte en PDF',
      // i18n-ignore (the API's documentation)
      description: 'Téléchargé ; affiché dans le navigateur avec `?inline=1`.',
      responses: { 200: { media: 'application/pdf' } },
    }),
    async (c) => {
      const member = c.get('member');
      const id = c.req.param('id');
      const statement = isRecordId(id)
        ? await statements(member.id).where('s.id', '=', id).executeTakeFirst()
        : undefined;
      if (!statement)
        throw new ProblemError(404, "Ce décompte n'existe pas ou ne vous concerne pas.", {
          code: 'not-found',
        });
      const payments = await db
        .selectFrom('sante.health_payments')
        .select(['id', 'amount_cents', 'method', 'iban_masked', isoDate('paid_on').as('paid_on')])
        .where('statement_id', '=', statement.id)
        .where('member_id', '=', member.id)
        .orderBy('paid_on')
        .execute();
      const names = new Map(
        (await kernel.members.beneficiaries(member.id)).map((b) => [b.id, `${b.firstName} ${b.lastName}`]),
      );
      const acts = await actsOf(
        kernel,
        payments.map((p) => p.id),
        names,
      );
      const [membership] = await kernel.members.memberships(member.id, { kind: 'sante' });
      // SPEC P6: written in the member's language (their file's), as every document sent to them.
      const pdf = await kernel.members.inLocaleOf(member.id, () =>
        statementPdf({
          kind: statement.kind,
          reference: statement.reference,
          memberName: member.displayName,
          membershipNumber: membership?.membershipNumber ?? '',
          periodStart: statement.period_start,
          periodEnd: statement.period_end,
          issuedOn: statement.issued_on,
          payments: payments.map((p) => ({
            paidOn: p.paid_on,
            amountCents: p.amount_cents,
            method: p.method,
            ibanMasked: p.iban_masked,
            acts: acts.filter((a) => a.paymentId === p.id).map((a) => a.act),
          })),
        }),
      );
      return fileResponse(c, pdf, {
        fileName: `decompte-${statement.reference}.pdf`,
        contentType: 'application/pdf',
        inline: c.req.query('inline') === '1',
      });
    },
  );

  return app;
}
