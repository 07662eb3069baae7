/** Browser events the runtime carries between the shell and the sections (window CustomEvents). */
export const PORTAIL_EVENTS = {
  /** detail: { documentIds: string[] } — a section marked documents read; the menu refreshes its counts. */
  documentsRead: 'portail:documents-read',
  /** detail: { returnTo: string } — the API answered 401: the shell shows the login page. */
  sessionExpired: 'portail:session-expired',
  /** detail: SessionInfo | null — login, logout or CGU acceptance changed the session. */
  sessionChanged: 'portail:session-changed',
  /** detail: {} — something changed the menu (counts, entries). */
  menuChanged: 'portail:menu-changed',
  /**
   * detail: LiveUpdateDetail — SPEC P2: something happened for the member (a decision, an answer, a
   * document, a payment…), told by the server while the page is open: lists reload their data.
   */
  liveUpdate: 'portail:live-update',
} as const;

/** SPEC P2: an event of `GET /api/evenements` (`kernel.liveEvents.publish`). */
export interface LiveUpdateDetail {
  id: string;
  type: string;
  /** The toast's French text. */
  title: string;
  /** The page to read it on. */
  href?: string;
  unread?: Record<string, number>;
}

export interface DocumentsReadDetail {
  documentIds: string[];
}
