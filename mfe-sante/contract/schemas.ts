/**
 * Server-side validation of P5's inputs and of a published guarantee table (zod stays out of the
 * browser bundles: the page checks its fields with the same messages, `ESTIMATE_MESSAGES`). The
 * member's messages are read when a check fails: in the request's language (SPEC P6).
 */
import { msg, str } from '@lit/localize';
import { z } from 'zod';
import {
  CARE_KINDS,
  ESTIMATE_MESSAGES,
  type GuaranteeTableDefinition,
  QUOTE_MAX_DAYS,
  QUOTE_MAX_LINES,
  QUOTE_MAX_PRICE_CENTS,
  type QuoteLine,
} from './estimate.js';
import { QUOTE_COMMENT_MAX_LENGTH } from './quotes.js';

const cents = z.number().int().min(0).max(QUOTE_MAX_PRICE_CENTS);

/** A guarantee table as it may be published: every pool a care names exists, each care once. */
export const guaranteeTableSchema: z.ZodType<GuaranteeTableDefinition> = z
  .object({
    title: z.string().min(1).max(120),
    guarantees: z
      .array(
        z.object({
          care: z.enum(CARE_KINDS),
          label: z.string().min(1).max(120),
          group: z.string().min(1).max(60),
          socialSecurity: z.object({
            baseCents: cents.nullable(),
            ratePercent: z.number().int().min(0).max(100),
            deductionCents: cents,
          }),
          organisation: z.discriminatedUnion('kind', [
            z.object({ kind: z.literal('percent-of-base'), percent: z.number().int().min(0).max(1000) }),
            z.object({ kind: z.literal('real-cost') }),
            z.object({ kind: z.literal('per-day'), cents }),
          ]),
          pools: z.array(z.string().min(1).max(40)).max(4),
        }),
      )
      .min(1),
    pools: z.array(
      z.object({ id: z.string().min(1).max(40), label: z.string().min(1).max(80), yearlyCents: cents }),
    ),
    notes: z.array(z.string().min(1).max(600)).max(10),
  })
  .superRefine((table, ctx) => {
    const cares = table.guarantees.map((g) => g.care);
    if (new Set(cares).size !== cares.length)
      // i18n-ignore (a manager publishes the table)
      ctx.addIssue({ code: 'custom', message: 'Un soin figure deux fois.' });
    const pools = new Set(table.pools.map((p) => p.id));
    for (const g of table.guarantees) {
      for (const pool of g.pools) {
        if (!pools.has(pool)) ctx.addIssue({ code: 'custom', message: `Forfait inconnu : ${pool}` });
      }
      if (g.organisation.kind === 'real-cost' && g.pools.length === 0) {
        // i18n-ignore (a manager publishes the table)
        ctx.addIssue({ code: 'custom', message: `${g.label} : frais réels sans forfait.` });
      }
    }
  });

const lineSchema = z.object({
  care: z.enum(CARE_KINDS, { error: () => ESTIMATE_MESSAGES.care }),
  priceCents: z
    .number({ error: () => ESTIMATE_MESSAGES.price })
    .int({ error: () => ESTIMATE_MESSAGES.priceInvalid })
    .min(1, { error: () => ESTIMATE_MESSAGES.priceNegative })
    .max(QUOTE_MAX_PRICE_CENTS, { error: () => ESTIMATE_MESSAGES.priceTooHigh }),
  days: z
    .number({ error: () => ESTIMATE_MESSAGES.days })
    .int({ error: () => ESTIMATE_MESSAGES.days })
    .min(1, { error: () => ESTIMATE_MESSAGES.days })
    .max(QUOTE_MAX_DAYS, { error: () => ESTIMATE_MESSAGES.days })
    .optional(),
});

/** The lines of a quote, sent as JSON text in the multipart field `lignes`. */
const linesField = z
  .string({ error: () => ESTIMATE_MESSAGES.lines })
  .max(4000, { error: () => ESTIMATE_MESSAGES.tooManyLines })
  .transform((text, ctx): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: ESTIMATE_MESSAGES.lines });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(lineSchema, { error: () => ESTIMATE_MESSAGES.lines })
      .min(1, { error: () => ESTIMATE_MESSAGES.lines })
      .max(QUOTE_MAX_LINES, { error: () => ESTIMATE_MESSAGES.tooManyLines }),
  );

/** `POST /api/sante/devis`: its text fields (the files are the kernel's uploads, SPEC C4). */
export const newQuoteSchema = z.object({
  beneficiaire: z
    .string({ error: () => ESTIMATE_MESSAGES.beneficiary })
    .uuid({ error: () => ESTIMATE_MESSAGES.beneficiary }),
  lignes: linesField as z.ZodType<QuoteLine[], string>,
  commentaire: z
    .string()
    .trim()
    .max(QUOTE_COMMENT_MAX_LENGTH, {
      error: () =>
        msg(str`Votre commentaire dépasse ${QUOTE_COMMENT_MAX_LENGTH} caractères : raccourcissez-le.`),
    })
    .optional(),
});
