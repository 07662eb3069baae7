import { msg, str } from '@lit/localize';
import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';
import {
  ADDRESS_LINE_MAX,
  BANK_MESSAGES,
  type ChangeKind,
  isWellFormedBic,
  isWellFormedIban,
} from './index.js';

/**
 * Server-side validation of "Mon compte" (zod, libphonenumber-js, ibantools stay out of the browser).
 * Its messages are French constants the catalog has (translated when a problem is written out), or
 * error functions when they carry a value (in the request's language).
 */

const line = z
  .string()
  .trim()
  .max(ADDRESS_LINE_MAX, {
    error: () => msg(str`${ADDRESS_LINE_MAX} caractères au plus sur une ligne d'adresse.`),
  });

export const addressSchema = z.object({
  line1: line.default(''),
  line2: line.default(''),
  line3: line.default(''),
  postalCode: z
    .string({ error: 'Saisissez le code postal.' })
    .trim()
    .min(1, { error: 'Saisissez le code postal.' })
    .regex(/^\d{5}$/, { error: 'Le code postal compte 5 chiffres.' }),
  city: line.min(1, { error: 'Saisissez la ville.' }),
});

const emailSchema = z.object({
  email: z
    .string({ error: 'Saisissez votre adresse e-mail.' })
    .trim()
    .min(1, { error: 'Saisissez votre adresse e-mail.' })
    .max(254)
    .pipe(z.email({ error: 'Adresse e-mail invalide (exemple : prenom.nom@exemple.fr).' })),
});

/** A French number in its national layout (`06 12 34 56 78`), or null when it is not one. */
export function frenchNumber(value: string, kind: 'any' | 'mobile'): string | null {
  const parsed = parsePhoneNumberFromString(value, 'FR');
  if (!parsed?.isValid() || parsed.country !== 'FR') return null;
  if (kind === 'mobile' && parsed.getType() !== 'MOBILE') return null;
  return parsed.formatNational();
}

/** Both numbers are checked together, so that each wrong one is marked at once. */
export const phoneNumbersSchema = z
  .object({
    phone: z.string().trim().max(30).default(''),
    noPhone: z.boolean().default(false),
    mobile: z.string({ error: 'Saisissez votre numéro de mobile.' }).trim().max(30),
  })
  .superRefine((value, ctx) => {
    if (!value.mobile) {
      ctx.addIssue({ code: 'custom', path: ['mobile'], message: 'Saisissez votre numéro de mobile.' });
    } else if (!frenchNumber(value.mobile, 'mobile')) {
      ctx.addIssue({
        code: 'custom',
        path: ['mobile'],
        message: 'Numéro de mobile invalide (exemple : 06 12 34 56 78).',
      });
    }
    if (value.noPhone) return;
    if (!value.phone) {
      ctx.addIssue({
        code: 'custom',
        path: ['phone'],
        message: 'Saisissez votre téléphone ou cochez « Pas de Tel ».',
      });
    } else if (!frenchNumber(value.phone, 'any')) {
      ctx.addIssue({
        code: 'custom',
        path: ['phone'],
        message: 'Numéro de téléphone invalide (exemple : 02 48 12 34 56).',
      });
    }
  })
  .transform((value) => ({
    noPhone: value.noPhone,
    phone: value.noPhone ? '' : (frenchNumber(value.phone, 'any') ?? value.phone),
    mobile: frenchNumber(value.mobile, 'mobile') ?? value.mobile,
  }));

export const alertPreferencesSchema = z.object({
  email: z.boolean({ error: 'Indiquez si vous souhaitez être alerté(e) par e-mail.' }),
  sms: z.boolean({ error: 'Indiquez si vous souhaitez être alerté(e) par SMS.' }),
});

/** The contract's rules (run by the browser as well), then each country's format (ibantools). */
const bankSchema = z.object({
  iban: z
    .string({ error: BANK_MESSAGES.ibanRequired })
    .min(1, { error: BANK_MESSAGES.ibanRequired })
    .max(50)
    .transform((value) => electronicFormatIBAN(value) ?? '')
    .refine((iban) => isWellFormedIban(iban) && isValidIBAN(iban), { error: BANK_MESSAGES.iban }),
  bic: z
    .string({ error: BANK_MESSAGES.bicRequired })
    .trim()
    .min(1, { error: BANK_MESSAGES.bicRequired })
    .transform((value) => value.replace(/\s+/g, '').toUpperCase())
    .refine((bic) => isWellFormedBic(bic) && isValidBIC(bic), { error: BANK_MESSAGES.bic }),
});

const contributionModeSchema = z.object({
  mode: z.enum(['prelevement', 'cheque'], { error: 'Choisissez le mode de règlement.' }),
});

/** The values each change kind carries (D2). */
export const changeValueSchemas = {
  adresse: addressSchema,
  email: emailSchema,
  coordonnees_bancaires: bankSchema,
  mode_cotisation: contributionModeSchema,
} satisfies Record<ChangeKind, z.ZodType>;

export const changeRequestSchema = z.object({
  kind: z.enum(['adresse', 'email', 'coordonnees_bancaires', 'mode_cotisation'], {
    error: 'Choisissez la modification à demander.',
  }),
  donnees: z.string({ error: 'Les nouvelles données manquent.' }).max(4000),
});
