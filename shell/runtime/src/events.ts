import type { DocumentsReadDetail, SessionInfo } from '@portail/kernel/contract';
import { type LiveUpdateDetail, PORTAIL_EVENTS } from '@portail/kernel/contract/events';

export { type LiveUpdateDetail, PORTAIL_EVENTS };

export interface SessionExpiredDetail {
  /** Where the member was, to come back after logging in again. */
  returnTo: string;
}

/** The detail each portal event carries. */
export interface PortailEventDetails {
  [PORTAIL_EVENTS.documentsRead]: DocumentsReadDetail;
  [PORTAIL_EVENTS.sessionExpired]: SessionExpiredDetail;
  [PORTAIL_EVENTS.sessionChanged]: SessionInfo | null;
  [PORTAIL_EVENTS.menuChanged]: Record<string, never>;
  [PORTAIL_EVENTS.liveUpdate]: LiveUpdateDetail;
}

export type PortailEventName = keyof PortailEventDetails;

/** Fires a portal event on `window` (shared by the shell and every section). */
export function emit<N extends PortailEventName>(name: N, detail: PortailEventDetails[N]): void {
  window.dispatchEvent(new CustomEvent(name, { detail }));
}

/** Listens to a portal event; returns the function that stops listening. */
export function on<N extends PortailEventName>(
  name: N,
  handler: (detail: PortailEventDetails[N]) => void,
): () => void {
  const listener = (event: Event) => handler((event as CustomEvent<PortailEventDetails[N]>).detail);
  window.addEventListener(name, listener);
  return () => window.removeEventListener(name, listener);
}
