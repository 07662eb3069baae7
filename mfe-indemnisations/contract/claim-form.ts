/**
 * SPEC C2: an online claim form is data — tabs, fields, required flags and rules — stored per
 * contract in the database. `validateClaim` runs the same rules in the browser (on "Envoyer") and
 * on the server (which refuses what it finds). Pure (the kernel's zod-free date check aside),
 * browser-safe.
 */

import { msg, str } from '@lit/localize';
import { isCalendarDate } from '@portail/kernel/contract/dates';

/** Where a field's first value comes from in the member's file (tabs Employeur, Adhérent). */
export type PrefillSource =
  | 'employer.name'
  | 'contract.label'
  | 'membership.number'
  | 'member.civility'
  | 'member.lastName'
  | 'member.firstName'
  | 'member.birthDate'
  | 'member.email'
  | 'member.identifier';

interface FieldBase {
  /** Key of the value in the claim's values. */
  name: string;
  label: string;
  required?: boolean;
  /** Required only when another field has a given value (e.g. previous stops when "Oui"). */
  requiredIf?: { field: string; equals: string };
  hint?: string;
  prefill?: PrefillSource;
  /** Shown but not editable (comes from the member's file). */
  readOnly?: boolean;
}

export type TextFormat = 'email' | 'phone' | 'siret' | 'postalCode';

export interface TextField extends FieldBase {
  type: 'text' | 'textarea';
  maxLength: number;
  format?: TextFormat;
}

export interface DateField extends FieldBase {
  type: 'date';
  /** A date in the future makes no sense (an event, a birth). */
  notInFuture?: boolean;
}

export interface ChoiceField extends FieldBase {
  type: 'choice';
  options: readonly { value: string; label: string }[];
}

/** "Période(s) d'arrêt": rows of Début, Fin, Plein traitement | Demi-traitement. */
export interface PeriodsField extends FieldBase {
  type: 'periods';
  maxRows: number;
  /** The start of a period cannot be in the future. */
  startNotInFuture?: boolean;
}

export type ClaimField = TextField | DateField | ChoiceField | PeriodsField;

export interface ClaimTab {
  id: string;
  label: string;
  /** A sentence under the tab's title. */
  intro?: string;
  fields: readonly ClaimField[];
}

/** A rule across fields: `earlier` (a date) must be on or before the first start of `periods`. */
export interface DateBeforePeriodsRule {
  rule: 'dateBeforePeriods';
  date: string;
  periods: string;
  message: string;
}

/**
 * A rule across fields: when `answer` is `equals` (« L'arrêt est-il terminé ? » Oui), no period of
 * `periods` may end after today; the error goes on each such end.
 */
export interface EndedPeriodsRule {
  rule: 'endedPeriodsNotInFuture';
  answer: string;
  equals: string;
  periods: string;
  message: string;
}

export type ClaimRule = DateBeforePeriodsRule | EndedPeriodsRule;

export interface ClaimFormDefinition {
  title: string;
  tabs: readonly ClaimTab[];
  rules: readonly ClaimRule[];
}

export type PayRate = 'plein' | 'demi';
export const PAY_RATE_LABELS: Record<PayRate, string> = {
  get plein() {
    return msg('Plein traitement');
  },
  get demi() {
    return msg('Demi-traitement');
  },
};

export interface PeriodRow {
  start: string;
  end: string;
  rate: PayRate | '';
}

/** A claim's values: text, ISO dates and choices as strings; periods as rows. */
export type ClaimValues = Record<string, string | PeriodRow[]>;

/** Field path → message (in the language being written in): `nom`, `periodes.1.end`, `periodes` (overlap). */
export type ClaimErrors = Record<string, string>;

export const CLAIM_MESSAGES = {
  get required() {
    return msg('Ce champ est obligatoire.');
  },
  get date() {
    return msg('Saisissez une date valide, au format jj/mm/aaaa.');
  },
  get future() {
    return msg('Cette date ne peut pas être dans le futur.');
  },
  tooLong: (max: number) => msg(str`${max} caractères au plus.`),
  get choice() {
    return msg('Choisissez une des réponses proposées.');
  },
  get periodIncomplete() {
    return msg('Complétez la période : début, fin et traitement.');
  },
  get periodOrder() {
    return msg('La fin de la période doit être postérieure ou égale à son début.');
  },
  get periodOverlap() {
    return msg('Les périodes se chevauchent : corrigez leurs dates.');
  },
  get periodsRequired() {
    return msg("Saisissez au moins une période d'arrêt.");
  },
  get email() {
    return msg('Adresse e-mail invalide (exemple : prenom.nom@exemple.fr).');
  },
  get phone() {
    return msg('Numéro de téléphone invalide (exemple : 06 12 34 56 78).');
  },
  get siret() {
    return msg('Le numéro SIRET compte 14 chiffres.');
  },
  get postalCode() {
    return msg('Le code postal compte 5 chiffres.');
  },
};

/** A French number: 10 digits starting with 0 (or +33 / 0033 and 9 digits), spaces, dots and dashes aside. */
export function isFrenchPhoneNumber(value: string): boolean {
  return /^(?:0|\+33|0033)[1-9]\d{8}$/.test(value.replace(/[\s.-]/g, ''));
}

/** An e-mail address as forms accept it (the server's mail delivery is the final judge). */
export function isEmailAddress(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(value);
}

const FORMATS: Record<TextFormat, { test: (v: string) => boolean; message: () => string }> = {
  email: { test: isEmailAddress, message: () => CLAIM_MESSAGES.email },
  phone: { test: isFrenchPhoneNumber, message: () => CLAIM_MESSAGES.phone },
  siret: { test: (v) => /^\d{14}$/.test(v.replace(/\s+/g, '')), message: () => CLAIM_MESSAGES.siret },
  postalCode: { test: (v) => /^\d{5}$/.test(v), message: () => CLAIM_MESSAGES.postalCode },
};

function isRequired(field: ClaimField, values: ClaimValues): boolean {
  if (field.required) return true;
  if (!field.requiredIf) return false;
  return values[field.requiredIf.field] === field.requiredIf.equals;
}

function filledRows(value: ClaimValues[string] | undefined): { row: PeriodRow; index: number }[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.start !== '' || row.end !== '' || row.rate !== '');
}

function checkPeriods(field: PeriodsField, values: ClaimValues, today: string, errors: ClaimErrors): void {
  const rows = filledRows(values[field.name]);
  if (rows.length === 0) {
    if (isRequired(field, values)) errors[field.name] = CLAIM_MESSAGES.periodsRequired;
    return;
  }
  const complete: PeriodRow[] = [];
  for (const { row, index } of rows) {
    const at = `${field.name}.${index}`;
    if (index >= field.maxRows) {
      errors[field.name] = msg(str`${field.maxRows} périodes au plus.`);
      continue;
    }
    if (!row.start) errors[`${at}.start`] = CLAIM_MESSAGES.required;
    else if (!isCalendarDate(row.start)) errors[`${at}.start`] = CLAIM_MESSAGES.date;
    else if (field.startNotInFuture && row.start > today) errors[`${at}.start`] = CLAIM_MESSAGES.future;
    if (!row.end) errors[`${at}.end`] = CLAIM_MESSAGES.required;
    else if (!isCalendarDate(row.end)) errors[`${at}.end`] = CLAIM_MESSAGES.date;
    if (row.rate !== 'plein' && row.rate !== 'demi') errors[`${at}.rate`] = CLAIM_MESSAGES.choice;
    if (errors[`${at}.start`] || errors[`${at}.end`]) continue;
    if (row.end < row.start) {
      errors[`${at}.end`] = CLAIM_MESSAGES.periodOrder;
      continue;
    }
    complete.push(row);
  }
  const sorted = [...complete].sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < sorted.length; i += 1) {
    if ((sorted[i] as PeriodRow).start <= (sorted[i - 1] as PeriodRow).end) {
      errors[field.name] = CLAIM_MESSAGES.periodOverlap;
    }
  }
}

function checkField(field: ClaimField, values: ClaimValues, today: string, errors: ClaimErrors): void {
  if (field.type === 'periods') {
    checkPeriods(field, values, today, errors);
    return;
  }
  const raw = values[field.name];
  const value = typeof raw === 'string' ? raw.trim() : '';
  if (!value) {
    if (isRequired(field, values)) errors[field.name] = CLAIM_MESSAGES.required;
    return;
  }
  switch (field.type) {
    case 'text':
    case 'textarea': {
      const format = field.format ? FORMATS[field.format] : undefined;
      if (value.length > field.maxLength) errors[field.name] = CLAIM_MESSAGES.tooLong(field.maxLength);
      else if (format && !format.test(value)) errors[field.name] = format.message();
      return;
    }
    case 'date':
      if (!isCalendarDate(value)) errors[field.name] = CLAIM_MESSAGES.date;
      else if (field.notInFuture && value > today) errors[field.name] = CLAIM_MESSAGES.future;
      return;
    case 'choice':
      if (!field.options.some((o) => o.value === value)) errors[field.name] = CLAIM_MESSAGES.choice;
      return;
  }
}

function checkDateBeforePeriods(rule: DateBeforePeriodsRule, values: ClaimValues, errors: ClaimErrors): void {
  const date = values[rule.date];
  const starts = filledRows(values[rule.periods])
    .map(({ row }) => row.start)
    .filter(isCalendarDate)
    .sort();
  if (
    typeof date === 'string' &&
    isCalendarDate(date) &&
    starts[0] &&
    date > starts[0] &&
    !errors[rule.date]
  ) {
    errors[rule.date] = rule.message;
  }
}

function checkEndedPeriods(
  rule: EndedPeriodsRule,
  values: ClaimValues,
  today: string,
  errors: ClaimErrors,
): void {
  if (values[rule.answer] !== rule.equals) return;
  for (const { row, index } of filledRows(values[rule.periods])) {
    const at = `${rule.periods}.${index}.end`;
    if (!errors[at] && isCalendarDate(row.end) && row.end > today) errors[at] = rule.message;
  }
}

/**
 * The errors of `values` against `form` on "Envoyer" (an empty object when it can be sent).
 * `today` is the ISO date the rules use for "not in the future".
 */
export function validateClaim(form: ClaimFormDefinition, values: ClaimValues, today: string): ClaimErrors {
  const errors: ClaimErrors = {};
  for (const tab of form.tabs) for (const field of tab.fields) checkField(field, values, today, errors);
  for (const rule of form.rules) {
    if (rule.rule === 'endedPeriodsNotInFuture') checkEndedPeriods(rule, values, today, errors);
    else checkDateBeforePeriods(rule, values, errors);
  }
  return errors;
}

/** The tabs holding at least one error (their headers show it). */
export function tabsWithErrors(form: ClaimFormDefinition, errors: ClaimErrors): string[] {
  const paths = Object.keys(errors);
  return form.tabs
    .filter((tab) => tab.fields.some((f) => paths.some((p) => p === f.name || p.startsWith(`${f.name}.`))))
    .map((tab) => tab.id);
}

/** Every field of the form, by name. */
export function fieldsOf(form: ClaimFormDefinition): ClaimField[] {
  return form.tabs.flatMap((tab) => [...tab.fields]);
}
