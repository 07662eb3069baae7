import type { SessionInfo } from '@portail/kernel/contract';
import { ApiError, api } from './api.js';
import { setSession } from './session-store.js';

export { getSession, setSession } from './session-store.js';

/** Asks the server who is logged in; null (and the session cleared) when nobody is. */
export async function loadSession(): Promise<SessionInfo | null> {
  try {
    const session = await api<SessionInfo>('/api/auth/session');
    setSession(session);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setSession(null);
      return null;
    }
    throw error;
  }
}
