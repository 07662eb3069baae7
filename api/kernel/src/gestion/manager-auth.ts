import type { MiddlewareHandler } from 'hono';
import { checkCsrf, NOT_LOGGED_IN, SESSION_EXPIRED } from '../member-auth.js';
import { ProblemError } from '../problem.js';
import type { ManagerSessionRecord, SessionStore } from '../sessions.js';

/** Hono variables of a back-office route. */
export type ManagerEnv = {
  Variables: {
    requestId: string;
    manager: ManagerSessionRecord;
  };
};

/** Back-office routes: a manager's session (never a member's), and the CSRF token on writes. */
export function managerAuth(sessions: SessionStore): MiddlewareHandler<ManagerEnv> {
  return async (c, next) => {
    const lookup = await sessions.lookupManager(sessions.managerCookie.read(c));
    if (lookup.status !== 'valid') {
      if (lookup.status === 'expired') sessions.managerCookie.clear(c);
      throw new ProblemError(401, lookup.status === 'expired' ? SESSION_EXPIRED : NOT_LOGGED_IN, {
        code: lookup.status === 'expired' ? 'session-expired' : 'unauthenticated',
      });
    }
    checkCsrf(c, lookup.session.csrfToken);
    c.set('manager', lookup.session);
    await next();
  };
}
