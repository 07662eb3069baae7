import type { ManagerSession } from '@portail/kernel/contract';
import type { LoginChallenge } from '@portail/kernel/contract/second-factor';
import { ApiError, type ApiInit, api, CSRF_HEADER } from '@portail/runtime';

/** Fired on `window` when a back-office call answers 401: the manager's session is gone. */
export const MANAGER_SESSION_EXPIRED = 'portail-gestion:session-expired';

const AUTH_API = '/api/gestion/auth';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The manager's session as last known in this page; null when logged out (or not loaded yet). */
let managerSession: ManagerSession | null = null;

export function getManagerSession(): ManagerSession | null {
  return managerSession;
}

export function setManagerSession(session: ManagerSession | null): void {
  managerSession = session;
}

/**
 * Calls the back-office API: the runtime's `api()` (JSON, same-origin cookies, problem+json turned
 * into ApiError with French messages) with the manager session's CSRF token on unsafe methods — the
 * member session is never loaded on a back-office page, so the runtime adds no token of its own.
 */
export async function gestionApi<T>(path: string, init: ApiInit = {}): Promise<T> {
  const method = (init.method ?? (init.body === undefined ? 'GET' : 'POST')).toUpperCase();
  const headers = new Headers(init.headers);
  if (!SAFE_METHODS.has(method) && managerSession) headers.set(CSRF_HEADER, managerSession.csrfToken);
  try {
    return await api<T>(path, { ...init, method, headers });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401 && !path.startsWith(`${AUTH_API}/`)) {
      managerSession = null;
      window.dispatchEvent(new Event(MANAGER_SESSION_EXPIRED));
    }
    throw error;
  }
}

/** Asks the server which manager is logged in; null (and the session cleared) when nobody is. */
export async function loadManagerSession(): Promise<ManagerSession | null> {
  try {
    managerSession = await gestionApi<ManagerSession>(`${AUTH_API}/session`);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
    managerSession = null;
  }
  return managerSession;
}

/** The password (SPEC H1): a right one sends a code to the manager's e-mail (P8, always). */
export function logIn(login: string, password: string): Promise<LoginChallenge> {
  return gestionApi<LoginChallenge>(`${AUTH_API}/login`, { body: { login, password } });
}

/** The code received (SPEC P8): the session opens. */
export async function confirmCode(challenge: string, code: string): Promise<ManagerSession> {
  managerSession = await gestionApi<ManagerSession>(`${AUTH_API}/login/code`, { body: { challenge, code } });
  return managerSession;
}

/** « Renvoyer le code ». */
export function resendCode(challenge: string): Promise<LoginChallenge> {
  return gestionApi<LoginChallenge>(`${AUTH_API}/login/code/renvoi`, { body: { challenge } });
}

/** Ends the session on the server; the page forgets it even when the server could not be reached. */
export async function logOut(): Promise<void> {
  try {
    await gestionApi<void>(`${AUTH_API}/logout`, { method: 'POST' });
  } catch {
    // Already gone on the server (401) or unreachable: nothing more to do.
  } finally {
    managerSession = null;
  }
}

/** `?a=1&b=x` from the entries that have a value (none: ''). */
export function searchOf(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
