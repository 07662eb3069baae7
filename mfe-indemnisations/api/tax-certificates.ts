import {
  fileResponse,
  isoDate,
  type Kernel,
  type MemberEnv,
  operation,
  ProblemError,
  todayIso,
} from '@portail/kernel';
import { Hono } from 'hono';
import {
  PAYMENTS_SHOWN_FROM,
  TAX_CERTIFICATE_MESSAGES,
  type TaxCertificateList,
  taxableAmounts,
  taxCertificateFileName,
  taxCertificateUrl,
} from '../contract/index.js';
import { indemnisationsDb } from './tables.js';
import { type TaxCertificateLine, taxCertificatePdf, taxCertificateTotals } from './tax-certificate-pdf.js';

const DAY_MS = 86_400_000;

/** The days a payment paid for: its full- and half-pay days, else the days of its period. */
function daysOf(row: {
  full_pay_days: number;
  half_pay_days: number;
  period_start: string;
  period_end: string;
}) {
  const days = row.full_pay_days + row.half_pay_days;
  if (days > 0) return days;
  return Math.round((Date.parse(row.period_end) - Date.parse(row.period_start)) / DAY_MS) + 1;
}

/**
 * The member's payments paid from `from` (never before C6's 01/01/2014) to the day before `before`,
 * oldest first, each with what it comes to for the income-tax return (the contract's rule).
 */
async function taxableLines(kernel: Kernel, memberId: string, from: string, before: string) {
  const rows = await indemnisationsDb(kernel)
    .selectFrom('indemnisations.indemnity_payments as p')
    .select([
      'p.id',
      'p.membership_id',
      isoDate('p.paid_on').as('paid_on'),
      isoDate('p.period_start').as('period_start'),
      isoDate('p.period_end').as('period_end'),
      'p.gross_cents',
      'p.deductions',
      'p.full_pay_days',
      'p.half_pay_days',
    ])
    .where('p.member_id', '=', memberId)
    .where('p.paid_on', '>=', from > PAYMENTS_SHOWN_FROM ? from : PAYMENTS_SHOWN_FROM)
    .where('p.paid_on', '<', before)
    .orderBy('p.paid_on')
    .orderBy('p.period_start')
    .orderBy('p.id')
    .execute();
  return rows.map((row) => ({
    membershipId: row.membership_id,
    line: {
      paidOn: row.paid_on,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      days: daysOf(row),
      ...taxableAmounts({ grossCents: row.gross_cents, deductions: row.deductions }),
    } satisfies TaxCertificateLine,
  }));
}

/** The year it is in France. */
const currentYear = () => Number(todayIso().slice(0, 4));

/**
 * P4 Attestations fiscales: for each past calendar year with payments (from 2014, as C6), the
 * year's taxable indemnities and their PDF. Member-scoped in SQL; the page of C6 must be open to
 * the member (prévoyance). Years not over yet, and years without a payment, have none (404).
 */
export function taxCertificateRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.use('*', kernel.requireMember(), kernel.requirePage('indemnisations.historique-indemnisations'));

  app.get(
    '/',
    operation({
      // i18n-ignore: API documentation
      summary: 'P4 Attestations fiscales : les années passées avec des indemnités versées',
      description:
        // i18n-ignore: API documentation
        'Chaque année civile terminée (depuis 2014) où des indemnités journalières ont été versées : nombre de règlements, total net imposable, lien du PDF.',
      responses: { 200: 'TaxCertificateList' },
    }),
    async (c) => {
      const year = currentYear();
      const lines = await taxableLines(kernel, c.get('member').id, PAYMENTS_SHOWN_FROM, `${year}-01-01`);
      const years = new Map<number, { count: number; cents: number }>();
      for (const { line } of lines) {
        const paidIn = Number(line.paidOn.slice(0, 4));
        const sofar = years.get(paidIn) ?? { count: 0, cents: 0 };
        years.set(paidIn, { count: sofar.count + 1, cents: sofar.cents + line.taxableNetCents });
      }
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        items: [...years]
          .sort(([a], [b]) => b - a)
          .map(([paidIn, { count, cents }]) => ({
            year: paidIn,
            paymentCount: count,
            taxableNetCents: cents,
            downloadUrl: taxCertificateUrl(paidIn),
            fileName: taxCertificateFileName(paidIn),
          })),
      } satisfies TaxCertificateList);
    },
  );

  app.get(
    '/:annee',
    operation({
      // i18n-ignore: API documentation
      summary: "P4 Attestation fiscale d'une année (PDF généré à la demande)",
      description:
        // i18n-ignore: API documentation
        "Les indemnités journalières imposables versées dans l'année civile, règlement par règlement, et leur total net imposable. 404 pour l'année en cours, une année à venir ou sans règlement.",
      responses: {
        200: {
          media: 'application/pdf',
          description: 'Le PDF, en téléchargement (Content-Disposition: attachment)', // i18n-ignore
        },
      },
    }),
    async (c) => {
      const text = c.req.param('annee');
      const year = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
      if (!Number.isInteger(year) || year < Number(PAYMENTS_SHOWN_FROM.slice(0, 4)))
        throw new ProblemError(404, TAX_CERTIFICATE_MESSAGES.notFound, { code: 'not-found' });
      if (year >= currentYear())
        throw new ProblemError(404, TAX_CERTIFICATE_MESSAGES.notOver(year), { code: 'year-not-over' });
      const member = c.get('member');
      const paid = await taxableLines(kernel, member.id, `${year}-01-01`, `${year + 1}-01-01`);
      if (paid.length === 0)
        throw new ProblemError(404, TAX_CERTIFICATE_MESSAGES.noPayment(year), { code: 'not-found' });
      const [profile, memberships] = await Promise.all([
        kernel.members.profile(member.id),
        kernel.members.memberships(member.id),
      ]);
      const used = new Set(paid.map((p) => p.membershipId));
      const lines = paid.map((p) => p.line);
      // In the member's language (SPEC P6), as everything written for them.
      const pdf = await kernel.members.inLocaleOf(member.id, () =>
        taxCertificatePdf({
          year,
          civility: profile.civility,
          memberName: `${profile.firstName} ${profile.lastName}`,
          identifier: profile.identifier,
          contracts: memberships
            .filter((m) => used.has(m.id))
            .map((m) => ({
              label: m.contractLabel,
              employer: m.employer ?? '',
              membershipNumber: m.membershipNumber,
            })),
          lines,
          issuedOn: todayIso(),
        }),
      );
      await kernel.audit.recordAlone({
        actorKind: 'member',
        actorId: member.id,
        action: 'indemnisations.attestation-fiscale',
        targetKind: 'tax_certificate',
        targetId: String(year),
        after: { payments: lines.length, taxableNetCents: taxCertificateTotals(lines).taxableNetCents },
      });
      return fileResponse(c, pdf, { fileName: taxCertificateFileName(year), contentType: 'application/pdf' });
    },
  );

  return app;
}
