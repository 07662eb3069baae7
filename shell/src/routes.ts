import { msg, str } from '@lit/localize';
import type { SessionInfo } from '@portail/kernel/contract';
import { publicSectionPage, sectionForPath } from './sections.js';

/** The pages the shell itself shows; `section` means "a section's outlet", `loading` nothing yet. */
export type ShellView =
  | 'login'
  | 'help'
  | 'reset'
  | 'activation-request'
  | 'activation'
  | 'activation-by-post'
  | 'identifier-reminder'
  | 'terms'
  | 'browsers'
  | 'accessibility'
  | 'widget-login'
  | 'cgu'
  | 'home'
  | 'section'
  | 'not-found'
  | 'loading';

/** Readable by anybody, logged in or not. */
const PUBLIC_VIEWS: Record<string, ShellView> = {
  '/connexion': 'login',
  '/aide': 'help',
  '/mot-de-passe/nouveau': 'reset',
  '/creer-mon-espace': 'activation-request',
  '/activation': 'activation',
  '/creer-mon-espace/courrier': 'activation-by-post',
  '/identifiant-oublie': 'identifier-reminder',
  '/conditions-generales': 'terms',
  '/navigateurs': 'browsers',
  '/accessibilite': 'accessibility',
  // W2: the popup of a widget on an employer's intranet (login and CGU inside it when needed).
  '/widgets/connexion': 'widget-login',
};

/** Each shell page's title (its `document.title`), in the page's language. */
export const VIEW_TITLES: Record<Exclude<ShellView, 'section'>, string> = {
  get login() {
    return msg('Connexion');
  },
  get help() {
    return msg("Besoin d'aide");
  },
  get reset() {
    return msg('Nouveau mot de passe');
  },
  get 'activation-request'() {
    return msg('Créer mon espace');
  },
  get activation() {
    return msg('Activer mon espace');
  },
  get 'activation-by-post'() {
    return msg('Activer mon espace avec un code');
  },
  get 'identifier-reminder'() {
    return msg('Identifiant oublié');
  },
  get terms() {
    return msg('Conditions générales');
  },
  get browsers() {
    return msg('Navigateurs compatibles');
  },
  get accessibility() {
    return msg("Déclaration d'accessibilité");
  },
  get 'widget-login'() {
    return msg('Connexion au Portail Adhérent');
  },
  get cgu() {
    return msg("Conditions générales d'utilisation");
  },
  get home() {
    return msg('Accueil');
  },
  get 'not-found'() {
    return msg('Page introuvable');
  },
  get loading() {
    return msg('Chargement');
  },
};

/** « Accueil »: where a member lands after the login (and the CGU), the menu's first entry. */
export const HOME_PATH = '/accueil';

export function pageTitle(title: string): string {
  return msg(str`${title} – Portail Adhérent`);
}

/** A same-origin relative path (`/adhesion/contrat?x=1`) or null: never another site. */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  try {
    const url = new URL(value, location.origin);
    if (url.origin !== location.origin || url.pathname === '/connexion') return null;
    return url.pathname + url.search + url.hash;
  } catch {
    return null;
  }
}

/** `/connexion?retour=%2Fadhesion%2Fcontrat`; no `retour` when it would only lead home. */
export function withReturn(path: string, returnTo: string | null): string {
  return returnTo && returnTo !== '/' && returnTo !== HOME_PATH
    ? `${path}?retour=${encodeURIComponent(returnTo)}`
    : path;
}

export interface RouteState {
  /** undefined while it is being loaded, null when nobody is logged in. */
  session: SessionInfo | null | undefined;
  path: string;
  search: string;
}

export type RouteDecision = { redirect: string } | { view: ShellView };

/** What to show for a path, or where to send the member first (login, CGU gate, « Accueil »). */
export function resolveRoute({ session, path, search }: RouteState): RouteDecision {
  const returnTo = safeReturnPath(new URLSearchParams(search).get('retour'));
  if (path === '/connexion' && session) {
    return { redirect: session.cguRequired ? withReturn('/cgu', returnTo) : (returnTo ?? HOME_PATH) };
  }
  const publicView = PUBLIC_VIEWS[path];
  if (publicView) return { view: publicView };
  if (publicSectionPage(path)) return { view: 'section' };
  if (session === undefined) return { view: 'loading' };
  if (session === null) return { redirect: withReturn('/connexion', safeReturnPath(path + search)) };
  if (session.cguRequired) {
    return path === '/cgu'
      ? { view: 'cgu' }
      : { redirect: withReturn('/cgu', safeReturnPath(path + search)) };
  }
  if (path === '/cgu') return { redirect: returnTo ?? HOME_PATH };
  if (path === '/') return { redirect: HOME_PATH };
  if (path === HOME_PATH) return { view: 'home' };
  return { view: sectionForPath(path) ? 'section' : 'not-found' };
}
