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

/**
 * The shell's chunks: the seldom-used pages, and « Accueil » (`home/define.ts`: the page a member
 * lands on after the login, which the login page does without). Each with an element it defines.
 */
const CHUNKS = {
  more: { element: 'portail-help-page', load: () => import('../more-pages/define.js') },
  home: { element: 'portail-home-page', load: () => import('../home/define.js') },
} as const;
type Chunk = keyof typeof CHUNKS;

const loading = new Map<Chunk, Promise<void>>();

function chunkOf(view: ShellView): Chunk | undefined {
  if (view === 'home') return 'home';
  return MORE_PAGES.has(view) ? 'more' : undefined;
}

/** Whether `view` can be shown now: its element is defined (always, but for the chunks' pages). */
export function viewReady(view: ShellView): boolean {
  const chunk = chunkOf(view);
  return !chunk || customElements.get(CHUNKS[chunk].element) !== undefined;
}

/** Fetches the chunk of `view`'s page, which importing defines (once; again after a failure). */
export function loadMorePages(view: ShellView): Promise<void> {
  const chunk = chunkOf(view) ?? 'more';
  let load = loading.get(chunk);
  if (!load) {
    load = CHUNKS[chunk].load().then(
      () => undefined,
      (error: unknown) => {
        loading.delete(chunk);
        throw error;
      },
    );
    loading.set(chunk, load);
  }
  return load;
}
