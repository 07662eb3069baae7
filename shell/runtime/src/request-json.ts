import type { Problem } from '@portail/kernel/contract';
import { currentLocale, localized } from '@portail/kernel/contract/i18n';
import { ApiError, serviceUnavailable } from './api.js';

export interface RequestOptions {
  method?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** 'include' for a widget that needs the member's session on another origin. */
  credentials?: RequestCredentials;
}

/** `https://portail.example/` + `/api/x` → `https://portail.example/api/x`; '' keeps the path as is. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

/** The problem+json of a non-2xx answer, with a French detail always. */
export async function problemOf(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || localized('Erreur'),
    status: response.status,
    detail: serviceUnavailable(),
  };
  if (!/json/.test(response.headers.get('Content-Type') ?? '')) return fallback;
  const body = (await response.json().catch(() => ({}))) as Partial<Problem>;
  return { ...fallback, ...body, status: response.status, detail: body.detail || serviceUnavailable() };
}

/**
 * JSON call to the portal API at `base` (the page's own origin when ''), for public pages and the
 * embeddable widgets: no session events, no CSRF header (their routes are public or read-only).
 * A non-2xx answer throws the runtime's ApiError, with the problem's French detail and field errors.
 */
export async function requestJson<T>(base: string, path: string, options: RequestOptions = {}): Promise<T> {
  // SPEC P6: answers in the page's language.
  const headers = new Headers({
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLocale(),
  });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  let response: Response;
  try {
    response = await fetch(withBase(base, path), {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      credentials: options.credentials ?? 'same-origin',
    });
  } catch {
    throw new ApiError({
      type: 'about:blank',
      title: localized('Réseau'),
      status: 0,
      detail: serviceUnavailable(),
    });
  }
  if (!response.ok) throw new ApiError(await problemOf(response));
  return (await response.json()) as T;
}
