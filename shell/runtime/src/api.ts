import type { Problem } from '@portail/kernel/contract';
import { currentLocale, localized } from '@portail/kernel/contract/i18n';

import { emit, PORTAIL_EVENTS } from './events.js';

import { getSession, setSession } from './session-store.js';

/** Header the API expects on every unsafe method (same value as `CSRF_HEADER` of the contract). */
export const CSRF_HEADER = 'X-CSRF-Token';

/** Header of a member's write, the same on its retries (same value as the contract's). */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** The French reference of `serviceUnavailable()` (in the shell's catalog). */
export const SERVICE_UNAVAILABLE =
  'Le service est momentanément indisponible. Réessayez dans quelques instants.';

/** What a member reads when the API cannot be reached or gives no reason, in the page's language. */
export function serviceUnavailable(): string {
  return localized(SERVICE_UNAVAILABLE);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface ApiInit {
  method?: string;
  /** Sent as JSON, except FormData, Blob and URLSearchParams, which are sent as they are. */
  body?: unknown;
  signal?: AbortSignal;
  headers?: HeadersInit;
}

/** A non-2xx answer (or no answer at all, status 0), with the problem+json the server sent. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Field name → French message, to mark form fields in red. */
  readonly fieldErrors: Record<string, string>;

  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.fieldErrors = Object.fromEntries((problem.errors ?? []).map((e) => [e.field, e.detail]));
  }
}

let lastRequestAt = Date.now();

/** When this page last called the API: the server's idle timeout restarts on each call. */
export function lastApiRequestAt(): number {
  return lastRequestAt;
}

function encodeBody(body: unknown, headers: Headers): BodyInit | undefined {
  if (body === undefined) return undefined;
  if (body instanceof FormData || body instanceof Blob || body instanceof URLSearchParams) return body;
  headers.set('Content-Type', 'application/json');
  return JSON.stringify(body);
}

/**
 * The problem+json of a non-2xx answer, from its parts (fetch or XMLHttpRequest): the server's
 * body when it is JSON, with a French detail always; a generic problem otherwise.
 */
export function problemFrom(
  status: number,
  statusText: string,
  contentType: string | null,
  bodyText: string,
): Problem {
  const fallback: Problem = {
    type: 'about:blank',
    title: statusText || localized('Erreur'),
    status,
    detail: serviceUnavailable(),
  };
  if (!/json/.test(contentType ?? '')) return fallback;
  try {
    const body = JSON.parse(bodyText) as Partial<Problem>;
    return { ...fallback, ...body, status, detail: body.detail || serviceUnavailable() };
  } catch {
    return fallback;
  }
}

async function readProblem(response: Response): Promise<Problem> {
  const contentType = response.headers.get('Content-Type');
  const bodyText = /json/.test(contentType ?? '') ? await response.text().catch(() => '') : '';
  return problemFrom(response.status, response.statusText, contentType, bodyText);
}

/** Restarts the idle clock of `lastApiRequestAt` (every call to the API, uploads included). */
export function noteApiRequest(): void {
  lastRequestAt = Date.now();
}

/** What a 401 or a 403 cgu-required means for the whole portal: session expired, CGU to accept. */
export function onAuthFailure(path: string, error: ApiError): void {
  if (error.status === 401 && !path.startsWith('/api/auth/')) {
    emit(PORTAIL_EVENTS.sessionExpired, { returnTo: location.pathname + location.search });
  }
  const session = getSession();
  if (error.status === 403 && error.problem.code === 'cgu-required' && session && !session.cguRequired) {
    setSession({ ...session, cguRequired: true });
  }
}

/** A new key for one action of the member's: sent with its write, and again on its retries. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** Waits before a retry after the network failed: the connection may come back. */
const NETWORK_RETRIES_MS = [400, 1500];

/**
 * Calls the portal API: JSON in and out, same-origin cookies, CSRF header on unsafe methods. A write
 * carries an `Idempotency-Key`: when the network fails (the answer lost, or the request), it is
 * sent again with the same key, twice at most — the server then gives the first answer back rather
 * than doing it twice.
 */
export async function api<T>(path: string, init: ApiInit = {}): Promise<T> {
  const method = (init.method ?? (init.body === undefined ? 'GET' : 'POST')).toUpperCase();
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  // SPEC P6: answers (problem+json `detail` among them) in the page's language.
  if (!headers.has('Accept-Language')) headers.set('Accept-Language', currentLocale());
  const body = encodeBody(init.body, headers);
  const csrfToken = getSession()?.csrfToken;
  const unsafe = !SAFE_METHODS.has(method);
  if (unsafe && csrfToken) headers.set(CSRF_HEADER, csrfToken);
  // A member's write (with a session) is idempotent on the server: it may be sent again.
  const retryable = unsafe && Boolean(csrfToken);
  if (retryable && !headers.has(IDEMPOTENCY_HEADER)) headers.set(IDEMPOTENCY_HEADER, newIdempotencyKey());
  let response: Response | undefined;
  for (let attempt = 0; !response; attempt++) {
    try {
      noteApiRequest();
      response = await fetch(path, {
        method,
        headers,
        body,
        credentials: 'same-origin',
        signal: init.signal ?? null,
      });
    } catch (cause) {
      if (init.signal?.aborted) throw cause;
      const wait = NETWORK_RETRIES_MS[attempt];
      // A read, or a body that cannot be sent twice (a stream): no retry.
      if (wait === undefined || !retryable || body instanceof ReadableStream) {
        throw new ApiError({
          type: 'about:blank',
          title: localized('Réseau'),
          status: 0,
          detail: serviceUnavailable(),
        });
      }
      await new Promise((done) => setTimeout(done, wait));
    }
  }
  if (!response.ok) {
    const error = new ApiError(await readProblem(response));
    onAuthFailure(path, error);
    throw error;
  }
  if (response.status === 204 || response.headers.get('Content-Length') === '0') return undefined as T;
  if (!/json/.test(response.headers.get('Content-Type') ?? '')) return (await response.text()) as T;
  return (await response.json()) as T;
}
