import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { hasBadCharacter } from './bad-characters.js';
import { badCharacterProblem, ProblemError } from './problem.js';

/**
 * Path and query string: no NUL, no undecodable `%` sequence, no unpaired surrogate — refused before
 * any route reads them.
 */
export function urlGuard(): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      throw new ProblemError(400, "Cette adresse contient des caractères que le portail n'accepte pas.", {
        code: 'invalid-characters',
      });
    }
    if (hasBadCharacter(path)) {
      throw new ProblemError(400, "Cette adresse contient des caractères que le portail n'accepte pas.", {
        code: 'invalid-characters',
      });
    }
    for (const [name, value] of url.searchParams) {
      if (hasBadCharacter(name) || hasBadCharacter(value)) throw badCharacterProblem(name);
    }
    await next();
  };
}

/** JSON bodies the API reads: 64 KB is far above any form of the portal. */
export const JSON_BODY_LIMIT = 64 * 1024;

/**
 * Every body but a multipart upload (whose routes count their own limits, SPEC C4) is refused past
 * `JSON_BODY_LIMIT` — by its announced length before a byte is read, or while it streams — before
 * authentication or any route runs.
 */
export function jsonBodyLimit(): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: JSON_BODY_LIMIT,
    onError: () => {
      throw new ProblemError(413, 'Le contenu envoyé est trop volumineux (64 Ko au plus).', {
        code: 'body-too-large',
      });
    },
  });
  return async (c, next) => {
    // No body to read on a GET or HEAD (asking the request for it would build the whole Fetch
    // Request object on every read of the API, for nothing).
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    if (/^multipart\/form-data\b/i.test(c.req.header('content-type') ?? '')) return next();
    return limit(c, next);
  };
}
