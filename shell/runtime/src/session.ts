import type { SessionInfo } from '@portail/kernel/contract';
import { api } from './api.js';
import { setSession } from './session-store.js';

export { getSession, setSession } from './session-store.js';

/**
 * Asks the server who is logged in; null (and the session cleared) when nobody is. The route
 * answers a visitor 204, not 401: no error in the browser's console on every visitor's page.
 */
export async function loadSession(): Promise<SessionInfo | null> {
  const session = (await api<SessionInfo | undefined>('/api/auth/session/status')) ?? null;
  setSession(session);
  return session;
}
