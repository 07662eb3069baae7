import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { localized } from '../contract/i18n.js';
import { type FieldError, PROBLEM_CONTENT_TYPE, type Problem } from '../contract/problem.js';
import { BAD_CHARACTER_DETAIL, BAD_CHARACTERS, badStringAt } from './bad-characters.js';
import { requestLocale } from './i18n.js';

const TITLES: Record<number, string> = {
  400: 'Requête invalide',
  401: 'Connexion requise',
  403: 'Accès refusé',
  404: 'Introuvable',
  405: 'Méthode non autorisée',
  409: 'Conflit',
  410: 'Lien expiré',
  413: 'Contenu trop volumineux',
  415: 'Format non accepté',
  429: 'Trop de tentatives',
  500: 'Erreur interne',
  503: 'Service indisponible',
};

/** Thrown anywhere in a route; the host turns it into `application/problem+json`. */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly options: { code?: string; errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
  }
}

export function problemBody(status: number, detail: string, extra: Partial<Problem> = {}): Problem {
  return { type: 'about:blank', title: TITLES[status] ?? 'Erreur', status, detail, ...extra };
}

/**
 * `error` as `application/problem+json`, in the request's language (SPEC P6): a message written with
 * `msg()` already is; one written as a French constant is translated here when a catalog has it.
 */
export function problemResponse(c: Context, error: ProblemError): Response {
  const locale = requestLocale(c);
  const body = problemBody(error.status, localized(error.detail, locale), {
    requestId: c.get('requestId') as string | undefined,
    ...(error.options.code ? { code: error.options.code } : {}),
    ...(error.options.errors
      ? { errors: error.options.errors.map((e) => ({ ...e, detail: localized(e.detail, locale) })) }
      : {}),
  });
  body.title = localized(body.title, locale);
  for (const [name, value] of Object.entries(error.options.headers ?? {})) c.header(name, value);
  c.header('Cache-Control', 'no-store');
  return c.body(JSON.stringify(body), error.status, { 'Content-Type': PROBLEM_CONTENT_TYPE });
}

/** The 400 of a string field with a character the portal refuses (a NUL, an unpaired surrogate). */
export function badCharacterProblem(field: string): ProblemError {
  return new ProblemError(400, BAD_CHARACTERS, {
    code: 'invalid-characters',
    errors: [{ field, detail: BAD_CHARACTER_DETAIL }],
  });
}

export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_';
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, detail: issue.message });
  }
  return errors;
}

/**
 * Reads the query string with a contract schema; a French 400 naming the wrong parameters otherwise
 * (its detail the first one's message).
 */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.req.query());
  if (parsed.success) return parsed.data;
  const errors = fieldErrorsOf(parsed.error);
  throw new ProblemError(400, errors[0]?.detail ?? 'Filtre invalide.', { code: 'validation', errors });
}

export const INVALID_FORM = 'Certains champs sont incorrects : corrigez-les puis validez à nouveau.';

/**
 * Reads a JSON body and validates it with a contract schema; French problems otherwise: 415 for
 * another content type (the body is not read), 400 for malformed JSON, for a string with a NUL or an
 * unpaired surrogate (named), or for what the schema refuses.
 */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  if (!/^application\/([a-z.+-]+\+)?json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) {
    throw new ProblemError(415, 'Le contenu de la requête doit être du JSON (application/json).', {
      code: 'unsupported-media-type',
    });
  }
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ProblemError(400, "Le contenu de la requête n'est pas un JSON valide.", {
      code: 'malformed-json',
    });
  }
  const badField = badStringAt(raw);
  if (badField !== null) throw badCharacterProblem(badField);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ProblemError(400, INVALID_FORM, { code: 'validation', errors: fieldErrorsOf(parsed.error) });
  }
  return parsed.data;
}
