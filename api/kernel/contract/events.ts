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
} as const;

export interface DocumentsReadDetail {
  documentIds: string[];
}
