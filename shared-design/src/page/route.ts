/** The least a section page needs to be routed (structurally a kernel `SectionPage`). */
export interface RoutablePage {
  id: string;
  label: string;
  path: string;
  /** The page also shows the paths under its own (`/contact/transmettre/<nature>`). */
  nested?: boolean;
}

/** What a section needs from the portal's router (`@portail/runtime` provides both). */
export interface SectionRouter {
  currentPath(): string;
  /** Calls `handler` after each navigation; returns the unsubscribe function. */
  onRouteChange(handler: () => void): () => void;
}

function normalise(path: string): string {
  const pathname = path.split(/[?#]/, 1)[0] ?? '';
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
}

/**
 * The page of `pages` that `path` shows: the page with that exact path; a `nested` page for the
 * paths under its own; or, for a group root such as `/adhesion`, the first page under it.
 * `undefined` when none matches ("Page introuvable").
 */
export function resolvePage<P extends RoutablePage>(pages: readonly P[], path: string): P | undefined {
  const wanted = normalise(path);
  const exact = pages.find((page) => normalise(page.path) === wanted);
  if (exact || wanted.length <= 1) return exact;
  const parent = pages.find((page) => page.nested && wanted.startsWith(`${normalise(page.path)}/`));
  return parent ?? pages.find((page) => normalise(page.path).startsWith(`${wanted}/`));
}

/** What follows a nested page's own path in `path` (`certificat-de-scolarite`), or ''. */
export function subPathOf(page: RoutablePage, path: string): string {
  const own = normalise(page.path);
  const wanted = normalise(path);
  return wanted.startsWith(`${own}/`) ? decodeURIComponent(wanted.slice(own.length + 1)) : '';
}
