/** Fired by `navigate()`, so listeners hear of it even when single-spa has not patched `history`. */
const ROUTE_EVENT = 'portail:route-change';

/** The path shown in the address bar, e.g. `/adhesion/contrat`. */
export function currentPath(): string {
  return location.pathname;
}

/**
 * Goes to another page of the portal without reloading. single-spa (once started) patches
 * `history.pushState` and reroutes on it: sections mount and unmount by themselves.
 */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (new URL(path, location.href).href === location.href) return;
  if (options.replace) history.replaceState(history.state, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new Event(ROUTE_EVENT));
}

/** Calls `handler(path)` once per change of path or query (navigate, back/forward, single-spa). */
export function onRouteChange(handler: (path: string) => void): () => void {
  let last = location.pathname + location.search;
  const check = () => {
    const now = location.pathname + location.search;
    if (now === last) return;
    last = now;
    handler(location.pathname);
  };
  const events = ['popstate', ROUTE_EVENT, 'single-spa:routing-event'];
  for (const name of events) window.addEventListener(name, check);
  return () => {
    for (const name of events) window.removeEventListener(name, check);
  };
}

/**
 * A plain left click on a link to another page of the portal (in any shadow root below where the
 * listener is): navigates without reload, query and anchor included, and returns true. Leaves the
 * browser's behaviour to modified clicks (new tab, new window), other targets, downloads, links out
 * of the portal or to its API (files), anchors of the same page, and paths outside `within` (e.g.
 * the back office's `/gestion`) when given.
 */
export function followLink(event: MouseEvent, within?: string): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const anchor = event
    .composedPath()
    .find((node) => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute('download')) return false;
  if (anchor.target && anchor.target !== '_self') return false;
  const url = new URL(anchor.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return false;
  if (within && url.pathname !== within && !url.pathname.startsWith(`${within}/`)) return false;
  if (url.hash && url.pathname === location.pathname && url.search === location.search) return false;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
  return true;
}
