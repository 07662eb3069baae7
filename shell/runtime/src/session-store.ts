import type { SessionInfo } from '@portail/kernel/contract';
import { emit, PORTAIL_EVENTS } from './events.js';

let current: SessionInfo | null = null;

/** The member's session as last known in this page, or null when logged out (or not loaded yet). */
export function getSession(): SessionInfo | null {
  return current;
}

/** Replaces the session (login, logout, CGU accepted) and tells the shell and the sections. */
export function setSession(session: SessionInfo | null): void {
  current = session;
  emit(PORTAIL_EVENTS.sessionChanged, session);
}
