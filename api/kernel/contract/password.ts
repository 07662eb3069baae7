/** SPEC A7: at least 8 characters mixing upper case, lower case and digits. Pure: safe in the browser. */
export const PASSWORD_RULE_HINT =
  'Utilisez au moins 8 caractères. Combinez des majuscules, minuscules, des chiffres...';

export interface PasswordCheck {
  length: boolean;
  upper: boolean;
  lower: boolean;
  digit: boolean;
}

export const PASSWORD_CHECK_LABELS: Record<keyof PasswordCheck, string> = {
  length: 'Au moins 8 caractères',
  upper: 'Une majuscule',
  lower: 'Une minuscule',
  digit: 'Un chiffre',
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
