/** Half of a surrogate pair: not well-formed UTF-16, which PostgreSQL would store altered (U+FFFD). */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const BAD_CHARACTER_DETAIL = 'Ce champ contient un caractère non autorisé.';
export const BAD_CHARACTERS =
  'Certains champs contiennent des caractères non autorisés : corrigez-les puis validez à nouveau.';

/** A NUL (which PostgreSQL's text cannot hold) or an unpaired surrogate. */
export function hasBadCharacter(text: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

/**
 * The path (`items.2.label`) of the first string of a parsed JSON value — key or value — holding a
 * NUL or an unpaired surrogate; null when there is none.
 */
export function badStringAt(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return hasBadCharacter(value) ? path.join('.') || '_' : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = badStringAt(item, [...path, String(index)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (hasBadCharacter(key)) return [...path, '_'].join('.');
      const found = badStringAt(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}
