import { msg, str } from '@lit/localize';
import type { SelectOption } from '@portail/shared-design';
import { uploadRulesHint } from '@portail/shared-design/forms';
import {
  ADDRESS_LABELS,
  ADDRESS_LINE_MAX,
  BANK_MESSAGES,
  type ChangeKind,
  CONTRIBUTION_MODE_LABELS,
  type ContributionMode,
  isWellFormedBic,
  isWellFormedIban,
  type PersonalData,
} from '../../contract/index.js';

/**
 * One field of a D2 change: its name in `donnees` (ChangeValues[kind]), its label, and the client
 * checks, with the server's own messages (contract/schemas.ts stays out of the browser), in the
 * page's language (each config is made at render).
 */
export interface ChangeField {
  name: string;
  label: string;
  /** The message when left blank; the field is required when set. */
  required?: string;
  maxlength?: number;
  tooLong?: string;
  pattern?: RegExp;
  patternMessage?: string;
  /** The contract's own rule for the value (the IBAN's check digits…), with its message. */
  rule?: { valid: (value: string) => boolean; message: string };
  type?: 'text' | 'email';
  autocomplete?: string;
  hint?: string;
  /** A drop-down list (pa-select-field) instead of a text field. */
  options?: SelectOption[];
  /** Current value, shown in the field at first. */
  value?: string;
}

/** What makes each kind of change differ: its fields and its justificatif. */
export interface ChangeConfig {
  kind: ChangeKind;
  fields: ChangeField[];
  fileLabel: string;
  fileHint?: string;
  /**
   * What the file holds now, shown beside a pending change (whose form, prefilled with it, is
   * hidden): "Adresse actuelle : 12 rue des Lilas, 18000 Bourges". The bank details and the
   * contribution mode show theirs above the form already.
   */
  current?: { label: string; value: string };
}

const lineTooLong = () => msg(str`${ADDRESS_LINE_MAX} caractères au plus sur une ligne d'adresse.`);

function addressLine(name: 'line1' | 'line2' | 'line3', value: string): ChangeField {
  return {
    name,
    label: ADDRESS_LABELS[name],
    maxlength: ADDRESS_LINE_MAX,
    tooLong: lineTooLong(),
    autocomplete: `address-${name}`,
    value,
  };
}

/** D1/D2 — the postal address in the French layout, with a justificatif de domicile. */
export function addressChange(data: PersonalData): ChangeConfig {
  const { address } = data;
  return {
    kind: 'adresse',
    fields: [
      addressLine('line1', address.line1),
      addressLine('line2', address.line2),
      addressLine('line3', address.line3),
      {
        name: 'postalCode',
        label: ADDRESS_LABELS.postalCode,
        required: msg('Saisissez le code postal.'),
        pattern: /^\d{5}$/,
        patternMessage: msg('Le code postal compte 5 chiffres.'),
        maxlength: 5,
        tooLong: msg('Le code postal compte 5 chiffres.'),
        autocomplete: 'postal-code',
        value: address.postalCode,
      },
      {
        name: 'city',
        label: ADDRESS_LABELS.city,
        required: msg('Saisissez la ville.'),
        maxlength: ADDRESS_LINE_MAX,
        tooLong: lineTooLong(),
        autocomplete: 'address-level2',
        value: address.city,
      },
    ],
    fileLabel: msg('Justificatif de domicile'),
    current: {
      label: msg('Adresse actuelle'),
      value: [address.line1, address.line2, address.line3, `${address.postalCode} ${address.city}`.trim()]
        .filter(Boolean)
        .join(', '),
    },
    fileHint: `${msg("Par exemple une facture d'énergie ou une quittance de loyer de moins de 3 mois.")} ${uploadRulesHint()}`,
  };
}

/** D1/D2 — the e-mail address, with a justificatif. */
export function emailChange(data: PersonalData): ChangeConfig {
  return {
    kind: 'email',
    fields: [
      {
        name: 'email',
        label: msg('Adresse e-mail'),
        type: 'email',
        required: msg('Saisissez votre adresse e-mail.'),
        pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
        patternMessage: msg('Adresse e-mail invalide (exemple : prenom.nom@exemple.fr).'),
        maxlength: 254,
        autocomplete: 'email',
        hint: msg('Format attendu : prenom.nom@exemple.fr'),
        value: data.email,
      },
    ],
    fileLabel: msg("Justificatif d'identité"),
    current: { label: msg('Adresse e-mail actuelle'), value: data.email },
  };
}

/**
 * D2 — new bank details, with the RIB. Never prefilled. The IBAN's check digits and the BIC's form
 * are the contract's rules, checked here as soon as the field is left (before any upload); the
 * server checks them again, then each country's format.
 */
export function bankChange(): ChangeConfig {
  return {
    kind: 'coordonnees_bancaires',
    fields: [
      {
        name: 'iban',
        label: 'IBAN',
        required: BANK_MESSAGES.ibanRequired,
        maxlength: 50,
        rule: { valid: isWellFormedIban, message: BANK_MESSAGES.iban },
        autocomplete: 'off',
        hint: msg(
          "Tel qu'il figure sur votre RIB : 27 caractères pour un compte en France, commençant par FR",
        ),
      },
      {
        name: 'bic',
        label: 'BIC',
        required: BANK_MESSAGES.bicRequired,
        maxlength: 15,
        rule: { valid: isWellFormedBic, message: BANK_MESSAGES.bic },
        autocomplete: 'off',
        hint: msg('8 ou 11 caractères, sur votre RIB'),
      },
    ],
    fileLabel: msg('RIB'),
  };
}

/** D2 — how the contributions of an individual contract are paid, with RIB and mandate. */
export function contributionModeChange(mode: ContributionMode): ChangeConfig {
  return {
    kind: 'mode_cotisation',
    fields: [
      {
        name: 'mode',
        label: msg('Mode de règlement'),
        required: msg('Choisissez le mode de règlement.'),
        options: (Object.keys(CONTRIBUTION_MODE_LABELS) as ContributionMode[]).map((value) => ({
          value,
          label: CONTRIBUTION_MODE_LABELS[value],
        })),
        value: mode,
      },
    ],
    fileLabel: msg('Justificatif'),
    fileHint: `${msg('Pour le prélèvement automatique : votre RIB et le mandat de prélèvement SEPA signé.')} ${uploadRulesHint()}`,
  };
}

/** The first message a field's value earns, or '' when it passes the client checks. */
export function checkField(field: ChangeField, value: string): string {
  if (!value) return field.required ?? '';
  if (field.maxlength !== undefined && value.length > field.maxlength) {
    const max = field.maxlength;
    return field.tooLong ?? msg(str`${max} caractères au plus.`);
  }
  if (field.pattern && !field.pattern.test(value)) return field.patternMessage ?? '';
  if (field.rule && !field.rule.valid(value)) return field.rule.message;
  return '';
}
