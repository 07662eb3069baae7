import { type Kernel, type MemberEnv, operation, ProblemError, uploadFields } from '@portail/kernel';
import { todayIso, UPLOAD_FIELD, UPLOAD_MESSAGES } from '@portail/kernel/contract';
import { Hono } from 'hono';
import {
  ESTIMATE_MESSAGES,
  type EstimateContext,
  estimate,
  guaranteeOf,
  QUOTE_REQUEST_KIND,
  type QuoteLine,
  type QuotePayload,
  type QuoteSent,
} from '../contract/index.js';
import { newQuoteSchema } from '../contract/schemas.js';
import { currentGuaranteeTable, yearUsage } from './guarantee-tables.js';
import { type SanteDb, santeDb } from './tables.js';

const fieldProblem = (field: string, detail: string) =>
  new ProblemError(400, detail, { code: 'validation', errors: [{ field, detail }] });

/** The year of « this year » for forfaits: the calendar year in France today. */
export const currentYear = () => Number(todayIso().slice(0, 4));

/**
 * The member's santé contract, its newest guarantee table, their beneficiaries and what each used
 * this year (G1); 404 when their contract has no table published.
 */
export async function estimateContext(
  kernel: Kernel,
  db: SanteDb,
  memberId: string,
): Promise<EstimateContext> {
  const [membership] = await kernel.members.memberships(memberId, { kind: 'sante' });
  const table = membership ? await currentGuaranteeTable(db, membership.contractId) : undefined;
  if (!membership || !table) {
    throw new ProblemError(404, "Le tableau de garanties de votre contrat n'est pas disponible en ligne.", {
      code: 'not-found',
    });
  }
  const year = currentYear();
  const beneficiaries = await kernel.members.beneficiaries(memberId);
  const usage = await yearUsage(
    db,
    memberId,
    beneficiaries.map((b) => b.id),
    year,
  );
  return {
    contractLabel: membership.contractLabel,
    table,
    year,
    beneficiaries: beneficiaries.map((b) => ({
      id: b.id,
      name: `${b.firstName} ${b.lastName}`,
      usage: usage.get(b.id) ?? {},
    })),
  };
}

/** A quote's lines checked against the table: each care covered, days only (and always) for a stay. */
export function checkLines(context: Pick<EstimateContext, 'table'>, lines: QuoteLine[]): QuoteLine[] {
  return lines.map((line, index) => {
    const guarantee = guaranteeOf(context.table, line.care);
    if (!guarantee) throw fieldProblem(`lignes.${index}.care`, ESTIMATE_MESSAGES.careUnknown);
    if (guarantee.organisation.kind !== 'per-day') return { care: line.care, priceCents: line.priceCents };
    if (line.days === undefined) throw fieldProblem(`lignes.${index}.days`, ESTIMATE_MESSAGES.days);
    return { care: line.care, priceCents: line.priceCents, days: line.days };
  });
}

/**
 * P5 Estimer un remboursement: the guarantee table with this year's use of its forfaits (the page
 * computes the estimate with the contract's module), and « Envoyer mon devis »: the quote's file(s)
 * (SPEC C4 rules, the kernel's uploads) and lines become a request answered by a manager (H3).
 */
export function estimationRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  const db = santeDb(kernel);
  // Mounted beside the section's other routes: each route guards itself (not `use('*')`).
  const guard = [kernel.requireMember(), kernel.requirePage('sante.estimation')] as const;
  kernel.requests.describeWith('sante', QUOTE_REQUEST_KIND, (payload) => {
    const quote = payload as unknown as Partial<QuotePayload>;
    // The back office's queue and audit (French-speaking staff): not translated.
    return [
      `Bénéficiaire : ${quote.beneficiaryName ?? ''}`, // i18n-ignore
      ...(quote.estimate
        ? quote.estimate.lines.map((l) => `${l.label}${l.days ? ` (${l.days} j)` : ''}`)
        : []),
    ];
  });

  app.get(
    '/estimation',
    ...guard,
    operation({
      summary:
        'P5 Tableau de garanties du contrat santé et forfaits déjà utilisés cette année, par bénéficiaire', // i18n-ignore
      responses: { 200: 'EstimateContext' },
    }),
    async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(await estimateContext(kernel, db, c.get('member').id));
    },
  );

  app.post(
    '/devis',
    ...guard,
    operation({
      // i18n-ignore (the API's documentation)
      summary: 'P5 Envoyer mon devis : ses lignes et son fichier deviennent une demande (réponse H3)',
      description:
        'Multipart : `beneficiaire`, `lignes` (JSON : `[{care, priceCents, days?}]`), `commentaire` facultatif, le devis dans `fichiers` (règles SPEC C4, au moins un fichier). Le serveur recalcule l’estimation avec le tableau de garanties et les forfaits utilisés ; la réponse porte la demande (P1 `estimatedAt`) et l’estimation.', // i18n-ignore
      upload: newQuoteSchema,
      responses: { 201: 'QuoteSent' },
    }),
    async (c) => {
      const memberId = c.get('member').id;
      const context = await estimateContext(kernel, db, memberId);
      const outcome = await kernel.uploads.receive(c, async (upload) => {
        const fields = uploadFields(upload, newQuoteSchema);
        const beneficiary = context.beneficiaries.find((b) => b.id === fields.beneficiaire);
        if (!beneficiary) throw fieldProblem('beneficiaire', ESTIMATE_MESSAGES.beneficiary);
        const lines = checkLines(context, fields.lignes);
        if (upload.files.length === 0) throw fieldProblem(UPLOAD_FIELD, UPLOAD_MESSAGES.required);
        const result = estimate(context.table, lines, beneficiary.usage, context.year);
        const payload: QuotePayload = {
          beneficiaryId: beneficiary.id,
          beneficiaryName: beneficiary.name,
          lines,
          estimate: result,
          tableVersion: context.table.version,
          ...(fields.commentaire ? { text: fields.commentaire } : {}),
        };
        const labels = [...new Set(result.lines.map((l) => l.label))].join(', ');
        const id = await db.transaction().execute(async (trx) => {
          const files = await upload.store(trx);
          return kernel.requests.create(trx, {
            memberId,
            section: 'sante',
            kind: QUOTE_REQUEST_KIND,
            label: `Devis : ${labels.length > 90 ? `${labels.slice(0, 89)}…` : labels}`,
            payload: payload as unknown as Record<string, unknown>,
            fileIds: files.map((f) => f.id),
            audit: { action: 'sante.devis', after: { beneficiaryId: beneficiary.id, lines } },
          });
        });
        return { id, result };
      });
      const [request] = (
        await kernel.requests.listForMember(memberId, { section: 'sante', includeHidden: true, limit: 20 })
      ).filter((r) => r.id === outcome.id);
      if (!request) throw new Error(`request ${outcome.id} not found right after its creation`);
      return c.json({ request, estimate: outcome.result } satisfies QuoteSent, 201);
    },
  );

  return app;
}
