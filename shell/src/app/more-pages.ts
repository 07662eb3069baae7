import type { ShellView } from '../routes.js';

/** The views whose elements `define-more-pages.ts` defines, in a chunk of their own. */
const MORE_PAGES: ReadonlySet<ShellView> = new Set<ShellView>([
  'help',
  'reset',
  'activation-request',
  'activation',
  'activation-by-post',
  'identifier-reminder',
  'terms',
  'browsers',
  'widget-login',
  'cgu',
]);

let loading: Promise<void> | null = null;

/** Whether `view` can be shown now: its element is defined (always, but for the seldom-used pages). */
export function viewReady(view: ShellView): boolean {
  return !MORE_PAGES.has(view) || customElements.get('portail-help-page') !== undefined;
}

/** Fetches and defines the seldom-used pages (once). */
export function loadMorePages(): Promise<void> {
  loading ??= import('../define-more-pages.js').then(
    (pages) => pages.defineMorePages(),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
