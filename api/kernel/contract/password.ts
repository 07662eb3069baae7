import { msg } from '@lit/localize';

/**
 * SPEC A7: at least 8 characters mixing upper case, lower case and digits. Pure: safe in the browser.
 * French (the catalog has its English): show `passwordRuleHint()`, in the page's language.
 */
export const PASSWORD_RULE_HINT =
  'Utilisez au moins 8 caractères. Combinez des majuscules, minuscules, des chiffres...';

/** SPEC A7's rule, in the language being written in (SPEC P6). */
export function passwordRuleHint(): string {
  return msg('Utilisez au moins 8 caractères. Combinez des majuscules, minuscules, des chiffres...');
}

export interface PasswordCheck {
  length: boolean;
  upper: boolean;
  lower: boolean;
  digit: boolean;
}

/** In the language being written in (SPEC P6). */
export const PASSWORD_CHECK_LABELS: Record<keyof PasswordCheck, string> = {
  get length() {
    return msg('Au moins 8 caractères');
  },
  get upper() {
    return msg('Une majuscule');
  },
  get lower() {
    return msg('Une minuscule');
  },
  get digit() {
    return msg('Un chiffre');
  },
};

export function checkPassword(password: string): PasswordCheck {
  return {
    length: password.length >= 8,
    upper: /\p{Lu}/u.test(password),
    lower: /\p{Ll}/u.test(password),
    digit: /\d/.test(password),
  };
}

export function isStrongPassword(password: string): boolean {
  return Object.values(checkPassword(password)).every(Boolean);
}
