import type { SectionRouter } from '@portail/shared-design';
import type { ReactiveController, ReactiveElement } from 'lit';
import { LoadController } from './load-controller.js';

/** What a list needs from the portal's router (`@portail/runtime` provides both). */
export interface QueryRouter extends Pick<SectionRouter, 'onRouteChange'> {
  navigate(url: string): void;
}

export interface UrlQueryOptions<Q, T> {
  router: QueryRouter;
  /** The query of `location.search`; what is missing or malformed takes its default. */
  parse(search: string): Q;
  /** The URL that shows `query` (the defaults left out). */
  url(query: Q): string;
  /** What the list shows for `query`. */
  load(query: Q): Promise<T>;
  /** Whether two queries show the same list (no navigation, no reload); `Object.is` by default. */
  same?(a: Q, b: Q): boolean;
  /** The page's own path (a trailing `/` ignored); by default the exact path it connected at. */
  path?(): string;
  /** The URL's query has changed (`query` is `next` already): called before the list reloads. */
  changed?(next: Q, previous: Q): void;
}

/**
 * A list whose filters, sort and page live in the URL (deep-linkable, kept by back/forward). The
 * query is read when the host connects; each navigation of the host's own path to another query
 * reloads `list`; `go(next)` navigates to the URL of `next`. Once `focusResults` is set, the host's
 * `.results` takes the focus when the list is no longer loading.
 */
export class UrlQueryController<Q, T> implements ReactiveController {
  query: Q;
  readonly list: LoadController<T>;
  /** The results changed at the member's request: the focus goes to them once loaded. */
  focusResults = false;
  private unsubscribe: (() => void) | undefined;
  private readonly same: (a: Q, b: Q) => boolean;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: UrlQueryOptions<Q, T>,
  ) {
    this.query = options.parse(location.search);
    this.same = options.same ?? Object.is;
    // Added first, so that the query is read on connecting before the list loads.
    host.addController(this);
    this.list = new LoadController(host, () => options.load(this.query));
  }

  hostConnected(): void {
    const { parse, path, router, changed } = this.options;
    const connectedAt = location.pathname;
    this.query = parse(location.search);
    this.unsubscribe = router.onRouteChange(() => {
      if (path ? location.pathname.replace(/\/+$/, '') !== path() : location.pathname !== connectedAt) return;
      const next = parse(location.search);
      if (this.same(next, this.query)) return;
      const previous = this.query;
      this.query = next;
      changed?.(next, previous);
      void this.list.load();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  hostUpdated(): void {
    if (this.focusResults && this.list.status !== 'loading') {
      this.focusResults = false;
      this.host.renderRoot.querySelector<HTMLElement>('.results')?.focus();
    }
  }

  /** Shows another query: a new URL (which the route listener loads); `focus`: then `focusResults`. */
  go(next: Q, focus = false): void {
    if (this.same(next, this.query)) return;
    this.focusResults ||= focus;
    this.options.router.navigate(this.options.url(next));
  }
}
