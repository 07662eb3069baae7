import { WIDGET_LOGIN_PATH, type WidgetMessage, type WidgetToken } from '@portail/kernel/contract';
import { localized } from '@portail/kernel/contract/i18n';

import { ApiError } from './api.js';

import { withBase } from './request-json.js';

// SPEC W2 — a widget on an employer's intranet (another site) never relies on the portal's cookie
// (a third-party cookie there, blocked or partitioned): the member logs in to the portal in a
// popup, which hands back a short-lived token bound to the intranet's origin (`postMessage` with
// that exact target origin); the widget sends it as `Authorization: Bearer`.

export const WIDGET_NOT_CONNECTED = 'Connectez-vous au Portail Adhérent pour afficher ce contenu.';
export const WIDGET_POPUP_BLOCKED =
  "La fenêtre de connexion du Portail Adhérent n'a pas pu s'ouvrir : autorisez les fenêtres pop-up pour ce site, puis réessayez.";
export const WIDGET_POPUP_CLOSED =
  'La fenêtre de connexion a été fermée avant la fin de la connexion. Cliquez sur « Se connecter » pour réessayer.';

/** Problem code of a refusal handed back by the portal (the origin is not registered). */
export const WIDGET_REFUSED_CODE = 'origin-not-allowed';

const STORAGE_PREFIX = 'portail-widget-jeton:';
/** A token this close to its expiry is not used any more: the member connects again. */
const EXPIRY_MARGIN_MS = 10_000;
const POPUP_FEATURES = 'popup,width=640,height=760';

const tokens = new Map<string, WidgetToken>();
const listeners = new Map<string, Set<() => void>>();
/** The connection under way per portal origin: a second click while the popup is open waits for it. */
const pending = new Map<string, { popup: Window; answer: Promise<void> }>();

/** The portal's origin for a widget's `api-base` ('' → this page's origin). */
export function portalOrigin(base: string): string {
  return new URL(base || '/', location.href).origin;
}

/** A widget whose portal is on another origin uses a bearer token, never the portal's cookie. */
export function isCrossOrigin(base: string): boolean {
  return portalOrigin(base) !== location.origin;
}

export function widgetError(status: number, detail: string, code?: string): ApiError {
  return new ApiError({
    type: 'about:blank',
    title: 'Portail Adhérent', // i18n-ignore: the brand
    status,
    detail,
    ...(code ? { code } : {}),
  });
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Another copy of the runtime on the page (sections' widgets built against different releases)
 * says the token changed: it is in sessionStorage, or gone.
 */
const CHANGED_EVENT = 'portail:widget-jeton';
const thisCopy = {};

function notify(origin: string): void {
  for (const listener of listeners.get(origin) ?? []) listener();
}

window.addEventListener(CHANGED_EVENT, (event) => {
  const { origin, from } = (event as CustomEvent<{ origin: string; from: object }>).detail;
  if (from === thisCopy) return;
  tokens.delete(origin);
  notify(origin);
});

function store(origin: string, token: WidgetToken | null): void {
  if (token) tokens.set(origin, token);
  else tokens.delete(origin);
  try {
    if (token) storage()?.setItem(STORAGE_PREFIX + origin, JSON.stringify(token));
    else storage()?.removeItem(STORAGE_PREFIX + origin);
  } catch {
    // Storage full or refused: the token stays in memory for this copy of the runtime only.
  }
  notify(origin);
  window.dispatchEvent(new CustomEvent(CHANGED_EVENT, { detail: { origin, from: thisCopy } }));
}

function fromStorage(origin: string): WidgetToken | undefined {
  try {
    const value = JSON.parse(storage()?.getItem(STORAGE_PREFIX + origin) ?? 'null') as WidgetToken | null;
    return typeof value?.token === 'string' && typeof value.expiresAt === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The member's token for the portal at `base`, while it is valid. */
export function widgetToken(base: string): WidgetToken | undefined {
  const origin = portalOrigin(base);
  const token = tokens.get(origin) ?? fromStorage(origin);
  if (!token) return undefined;
  if (Date.parse(token.expiresAt) - EXPIRY_MARGIN_MS > Date.now()) {
    tokens.set(origin, token);
    return token;
  }
  store(origin, null);
  return undefined;
}

/** Forgets the token (refused by the API: expired, origin removed): the widgets show « Se connecter ». */
export function forgetWidgetToken(base: string): void {
  const origin = portalOrigin(base);
  if (tokens.has(origin) || fromStorage(origin)) store(origin, null);
}

/** Calls `listener` whenever the token for the portal at `base` arrives or is forgotten. */
export function onWidgetToken(base: string, listener: () => void): () => void {
  const origin = portalOrigin(base);
  const set = listeners.get(origin) ?? new Set();
  listeners.set(origin, set);
  set.add(listener);
  return () => set.delete(listener);
}

function waitForAnswer(origin: string, popup: Window): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = () => {
      window.removeEventListener('message', onMessage);
      clearInterval(watch);
      if (pending.get(origin)?.popup === popup) pending.delete(origin);
    };
    const onMessage = (event: MessageEvent) => {
      // Only the popup we opened, on the portal's own origin, may answer.
      if (event.origin !== origin || event.source !== popup) return;
      const message = event.data as WidgetMessage | null;
      if (message?.type === 'portail:jeton' && typeof message.token === 'string') {
        finish();
        store(origin, { token: message.token, expiresAt: message.expiresAt });
        resolve();
      } else if (message?.type === 'portail:refus') {
        finish();
        reject(widgetError(403, String(message.detail), WIDGET_REFUSED_CODE));
      }
    };
    const watch = setInterval(() => {
      if (!popup.closed) return;
      finish();
      reject(widgetError(401, localized(WIDGET_POPUP_CLOSED)));
    }, 400);
    window.addEventListener('message', onMessage);
  });
}

/**
 * Opens the portal's login in a popup (call it from a click, or the browser blocks the popup) and
 * resolves once the portal handed a token for this page's origin; rejects with the portal's
 * refusal (403, `WIDGET_REFUSED_CODE`) or when the popup is blocked or closed without an answer.
 * A widget of the portal's own origin goes to the portal's login page instead (its cookie works).
 */
export function connectWidget(base: string): Promise<void> {
  const origin = portalOrigin(base);
  if (origin === location.origin) {
    const back = encodeURIComponent(location.pathname + location.search);
    location.assign(withBase(base, `/connexion?retour=${back}`));
    return new Promise(() => undefined);
  }
  const url = withBase(base, `${WIDGET_LOGIN_PATH}?origin=${encodeURIComponent(location.origin)}`);
  const popup = window.open(url, 'portail-adherent-connexion', POPUP_FEATURES);
  if (!popup) return Promise.reject(widgetError(0, localized(WIDGET_POPUP_BLOCKED)));
  popup.focus();
  const known = pending.get(origin);
  if (known?.popup === popup) return known.answer;
  const answer = waitForAnswer(origin, popup);
  pending.set(origin, { popup, answer });
  return answer;
}

/** What shared-design's `WidgetConnection` needs of the portal at `base`. */
export function widgetPortal(base: string) {
  return {
    key: base,
    connect: () => connectWidget(base),
    subscribe: (listener: () => void) => onWidgetToken(base, listener),
  };
}
