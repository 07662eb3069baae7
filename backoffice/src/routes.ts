import { GESTION_PATH, type ManagerSession } from '@portail/kernel/contract/gestion';

/** What `<portail-gestion>` shows; `loading` while the session is being asked for. */
export type GestionView =
  | 'login'
  | 'queue'
  | 'request'
  | 'documents'
  | 'paiements'
  | 'employeurs'
  | 'journal'
  | 'messages'
  | 'not-found'
  | 'loading';

export const QUEUE_PATH = `${GESTION_PATH}/demandes`;
export const JOURNAL_PATH = `${GESTION_PATH}/journal`;
export const MESSAGES_PATH = `${GESTION_PATH}/messages`;

/** The menu's pages, in its order: path, label (also the page's title). */
export const GESTION_PAGES: readonly { view: GestionView; path: string; label: string }[] = [
  { view: 'queue', path: QUEUE_PATH, label: 'Demandes' },
  { view: 'documents', path: `${GESTION_PATH}/documents`, label: 'Documents' },
  { view: 'paiements', path: `${GESTION_PATH}/paiements`, label: 'Paiements' },
  { view: 'employeurs', path: `${GESTION_PATH}/employeurs`, label: 'Employeurs' },
  { view: 'journal', path: JOURNAL_PATH, label: "Journal d'audit" },
  { view: 'messages', path: MESSAGES_PATH, label: 'Messages envoyés' },
];

const OTHER_TITLES: Partial<Record<GestionView, string>> = {
  login: 'Connexion',
  request: 'Demande',
  'not-found': 'Page introuvable',
  loading: 'Chargement',
};

/** "Demandes — Gestion — Portail Adhérent". */
export function pageTitle(view: GestionView): string {
  const label = GESTION_PAGES.find((page) => page.view === view)?.label ?? OTHER_TITLES[view] ?? '';
  return `${label} — Gestion — Portail Adhérent`;
}

export function requestPath(id: string): string {
  return `${QUEUE_PATH}/${encodeURIComponent(id)}`;
}

/** A back-office path of this origin (`/gestion/journal?page=2`) or null: never another site. */
export function safeReturnPath(value: string | null): string | null {
  if (!value?.startsWith(`${GESTION_PATH}/`)) return null;
  const url = new URL(value, location.origin);
  return url.origin === location.origin ? url.pathname + url.search : null;
}

const DETAIL_PATH = new RegExp(`^${QUEUE_PATH}/([^/]+)$`);

export type RouteDecision = { redirect: string } | { view: GestionView; requestId?: string };

/**
 * What to show at `path`, or where to go first: the login page at `/gestion` (then back to where
 * the manager was going, `?retour=`), the queue once logged in.
 */
export function resolveRoute(
  session: ManagerSession | null | undefined,
  path: string,
  search: string,
): RouteDecision {
  const here = path.replace(/\/+$/, '') || '/';
  if (session === undefined) return { view: 'loading' };
  if (here === GESTION_PATH) {
    const returnTo = safeReturnPath(new URLSearchParams(search).get('retour'));
    return session ? { redirect: returnTo ?? QUEUE_PATH } : { view: 'login' };
  }
  if (!session) {
    const back = safeReturnPath(path + search);
    return { redirect: back ? `${GESTION_PATH}?retour=${encodeURIComponent(back)}` : GESTION_PATH };
  }
  const detail = DETAIL_PATH.exec(here);
  if (detail?.[1]) return { view: 'request', requestId: decodeURIComponent(detail[1]) };
  return { view: GESTION_PAGES.find((page) => page.path === here)?.view ?? 'not-found' };
}
