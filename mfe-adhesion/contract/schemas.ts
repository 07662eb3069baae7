import { calendarDate } from '@portail/kernel/contract';
import { z } from 'zod';
import { STAY_KINDS } from './index.js';

/** Server-side validation of the section's inputs (zod stays out of the browser bundles). */
const isoDate = calendarDate({ required: "Saisissez la date d'admission." });

export function admissionDateProblem(value: string, today = new Date()): string | null {
  const day = Date.parse(`${value}T00:00:00Z`);
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (day < todayUtc - 30 * 86_400_000) {
    return "Date trop ancienne : la prise en charge se demande pour une admission d'il y a 30 jours au plus.";
  }
  if (day > todayUtc + 365 * 86_400_000)
    return "Date trop lointaine : l'admission doit avoir lieu dans l'année.";
  return null;
}

export const hospitalGuaranteeSchema = z.object({
  beneficiaryId: z
    .string({ error: 'Choisissez le bénéficiaire.' })
    .uuid({ error: 'Choisissez le bénéficiaire.' }),
  establishment: z
    .string({ error: "Saisissez le nom de l'établissement." })
    .trim()
    .min(2, { error: "Saisissez le nom de l'établissement." })
    .max(120, { error: "Le nom de l'établissement ne peut dépasser 120 caractères." }),
  admissionDate: isoDate.superRefine((value, ctx) => {
    const problem = admissionDateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  stayKind: z.enum(Object.keys(STAY_KINDS) as [keyof typeof STAY_KINDS, ...(keyof typeof STAY_KINDS)[]], {
    error: 'Choisissez le type de séjour.',
  }),
});

export const kitAccessSchema = z.object({
  identifier: z
    .string({ error: "Saisissez l'identifiant fourni par votre employeur." })
    .trim()
    .min(1, { error: "Saisissez l'identifiant fourni par votre employeur." })
    .max(64, { error: 'Identifiant non reconnu.' }),
  altcha: z
    .string({ error: 'Cochez la case « Je ne suis pas un robot ».' })
    .min(1, { error: 'Cochez la case « Je ne suis pas un robot ».' })
    .max(10_000),
});
