import type { ShellView } from '../routes.js';

/** The views whose elements `more-pages/define.ts` defines, in a chunk of their own. */
const MORE_PAGES: ReadonlySet<ShellView> = new Set<ShellView>([
  'help',
  'reset',
  'activation-request',
  'activation',
  'activation-by-post',
  'identifier-reminder',
  'terms',
  'browsers',
  'accessibility',
  'widget-login',
  'cgu',
]);

let loading: Promise<void> | null = null;

/** Whether `view` can be shown now: its element is defined (always, but for the seldom-used pages). */
export function viewReady(view: ShellView): boolean {
  return !MORE_PAGES.has(view) || customElements.get('portail-help-page') !== undefined;
}

/** Fetches the seldom-used pages, which importing their chunk defines (once). */
export function loadMorePages(): Promise<void> {
  loading ??= import('../more-pages/define.js').then(
    () => undefined,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
