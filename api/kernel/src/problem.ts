import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { type FieldError, PROBLEM_CONTENT_TYPE, type Problem } from '../contract/problem.js';

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

export function problemResponse(c: Context, error: ProblemError): Response {
  const body = problemBody(error.status, error.detail, {
    requestId: c.get('requestId') as string | undefined,
    ...(error.options.code ? { code: error.options.code } : {}),
    ...(error.options.errors ? { errors: error.options.errors } : {}),
  });
  for (const [name, value] of Object.entries(error.options.headers ?? {})) c.header(name, value);
  c.header('Cache-Control', 'no-store');
  return c.body(JSON.stringify(body), error.status, { 'Content-Type': PROBLEM_CONTENT_TYPE });
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

export const INVALID_FORM = 'Certains champs sont incorrects : corrigez-les puis validez à nouveau.';

/** Reads a JSON body and validates it with a contract schema; French problems otherwise. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ProblemError(400, "Le contenu de la requête n'est pas un JSON valide.", {
      code: 'malformed-json',
    });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ProblemError(400, INVALID_FORM, { code: 'validation', errors: fieldErrorsOf(parsed.error) });
  }
  return parsed.data;
}
