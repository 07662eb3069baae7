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
