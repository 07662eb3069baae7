// Helpers of the section tests (shared-design/test/section*.web.test.ts, mfe-*/test/*.web.test.ts).
import { expect, fixture, html, unsafeStatic, waitUntil } from '@open-wc/testing';
import type { MemberDocument } from '@portail/kernel/contract';
import { HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';

/** msw for this test page (each test file runs in its own page); started once by `startApi`. */
export const worker = setupWorker();
let started: Promise<unknown> | undefined;
export function startApi(): Promise<unknown> {
  started ??= worker.start({
    quiet: true,
    // An API call no test expected fails the test; the test runner's own files go through, and so
    // does the shell's live-updates stream (P2), which the test server answers 404: it stays closed.
    onUnhandledFrame: ({ frame, defaults }) => {
      const url = (frame as { data?: { request?: Request } }).data?.request?.url ?? '';
      const path = new URL(url, location.href).pathname;
      if (path.startsWith('/api/') && path !== '/api/evenements') defaults.error();
    },
  });
  return started;
}

/** A problem+json answer as the API sends them, with its field errors and code if any. */
export function problem(
  status: number,
  detail: string,
  extra: { code?: string; errors?: { field: string; detail: string }[] } = {},
) {
  return HttpResponse.json(
    { type: 'about:blank', title: 'Erreur', status, detail, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

export function memberDocument(id: string, overrides: Partial<MemberDocument> = {}): MemberDocument {
  return {
    id,
    employer: 'Mairie de Lyon',
    title: 'Notice information',
    fileName: 'notice.pdf',
    sizeBytes: 120_000,
    publishedAt: '2026-01-15T09:00:00Z',
    unread: false,
    downloadUrl: `/api/documents/${id}`,
    ...overrides,
  };
}

/** Puts the test page at a portal path, keeping the test runner's query; `restoreUrl` undoes it. */
const originalUrl = location.href;
export function goTo(path: string): void {
  history.replaceState(null, '', `${path}${location.search}`);
}
export function restoreUrl(): void {
  history.replaceState(null, '', originalUrl);
}

/**
 * Until the section's page is there: a page whose module loads on demand (`SectionElement`'s
 * `pageModules`) shows a busy skeleton first.
 */
export async function pageLoaded(section: Element): Promise<void> {
  await (section as { updateComplete?: Promise<unknown> }).updateComplete;
  await waitUntil(
    () => !section.shadowRoot?.querySelector('pa-page[aria-busy="true"]'),
    "the page's module did not load",
    { timeout: 3000 },
  );
}

/** The section element `tag` shown at a portal path, its page loaded. */
export async function openSection(tag: string, path: string): Promise<HTMLElement> {
  goTo(path);
  const el = await fixture<HTMLElement>(html`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`);
  await pageLoaded(el);
  return el;
}

/** Hooks of a suite whose sections call the (mocked) API: msw started, then reset with the URL after each test. */
export function useSectionApi(): void {
  before(startApi);
  afterEach(() => {
    worker.resetHandlers();
    restoreUrl();
  });
}

type Lifecycle = (props: { domElement: HTMLElement }) => Promise<void>;
/** A section's single-spa lifecycles. */
export interface Lifecycles {
  bootstrap: Lifecycle;
  mount: Lifecycle;
  unmount: Lifecycle;
}

/**
 * At a portal path, mounts the section `tag` with its single-spa lifecycles into a fresh element,
 * runs `whenMounted` on it, then unmounts it: it must be there, then leave the element empty.
 */
export async function mountAndUnmount(
  tag: string,
  path: string,
  { bootstrap, mount, unmount }: Lifecycles,
  whenMounted?: (el: HTMLElement) => Promise<void>,
): Promise<void> {
  goTo(path);
  const domElement = await fixture<HTMLDivElement>(html`<div></div>`);
  await bootstrap({ domElement });
  await mount({ domElement });
  const el = domElement.querySelector<HTMLElement>(tag);
  expect(el).to.exist;
  await pageLoaded(el!);
  await whenMounted?.(el!);
  await unmount({ domElement });
  expect(domElement.children.length).to.equal(0);
}

/**
 * The suite of a section whose pages are all placeholders (SPEC D, E): each page shows its title and
 * the empty state without calling the API, an unknown page says "Page introuvable", and the single-spa
 * lifecycles mount the section and remove it.
 */
export function describePlaceholderSection(
  title: string,
  section: {
    tag: string;
    pages: readonly { path: string; label: string }[];
    /** A path under the section's that is none of its pages. */
    unknownPath: string;
    lifecycles: Lifecycles;
  },
): void {
  const { tag, pages, unknownPath, lifecycles } = section;
  describe(title, () => {
    // Placeholders show no data, so they must not call the API at all.
    const realFetch = window.fetch;
    let fetched: string[] = [];
    beforeEach(() => {
      fetched = [];
      window.fetch = (input, init) => {
        fetched.push(String(input instanceof Request ? input.url : input));
        return realFetch(input, init);
      };
    });
    afterEach(() => {
      window.fetch = realFetch;
      restoreUrl();
      expect(fetched).to.deep.equal([]);
    });

    for (const page of pages) {
      it(`${page.path} is a placeholder with the empty state`, async () => {
        const el = await openSection(tag, page.path);
        expect(deepQuery(el, 'h1')?.textContent).to.equal(page.label);
        expect(deepText(el)).to.include('Aucun document pour le moment');
        await expect(el).to.be.accessible();
      });
    }

    it('an unknown page says "Page introuvable"', async () => {
      const el = await openSection(tag, unknownPath);
      expect(deepQuery(el, 'h1')?.textContent).to.equal('Page introuvable');
    });

    it(`single-spa lifecycles mount ${tag} into the given element and remove it`, async () => {
      await mountAndUnmount(tag, pages[0]!.path, lifecycles);
    });
  });
}

/**
 * Stops every click's default action once the components have handled it (bubbling phase, on
 * `window`), so that a download link neither downloads nor navigates. Returns the undo.
 */
export function preventDownloads(): () => void {
  const stop = (event: Event) => event.preventDefault();
  window.addEventListener('click', stop);
  return () => window.removeEventListener('click', stop);
}

/** Every element matching `selector` in `root` and in the shadow roots below it. */
export function deepQueryAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  const found = [...root.querySelectorAll<E>(selector)];
  if (root instanceof Element && root.shadowRoot) found.push(...deepQueryAll<E>(root.shadowRoot, selector));
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepQueryAll<E>(element.shadowRoot, selector));
  }
  return found;
}

export function deepQuery<E extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
): E | undefined {
  return deepQueryAll<E>(root, selector)[0];
}

/** Text of `root` as rendered, shadow roots included, whitespace collapsed. */
export function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

export async function waitForText(root: Node, text: string): Promise<void> {
  await waitUntil(() => deepText(root).includes(text), `« ${text} » never appeared`, { timeout: 3000 });
}

/** The row of a document in a pa-data-table below `root`. */
export function documentRow(root: Element, id: string): HTMLTableRowElement | undefined {
  return deepQuery<HTMLTableRowElement>(root, `tr[data-row-id="${id}"]`);
}

export async function waitForRow(root: Element, id: string): Promise<HTMLTableRowElement> {
  await waitUntil(() => documentRow(root, id), `row ${id} never appeared`, { timeout: 3000 });
  return documentRow(root, id)!;
}

type Field = HTMLElement & { value: string; error: string; updateComplete: Promise<boolean> };

/** The pa-text-field / pa-select-field / pa-textarea-field named `name` below `root`. */
export function field(root: Element, name: string): Field {
  const found = deepQuery<Field>(
    root,
    `[name="${name}"]:is(pa-text-field, pa-select-field, pa-textarea-field)`,
  );
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

/** The native control inside the field named `name`. */
export function control(
  root: Element,
  name: string,
): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const found = field(root, name).shadowRoot?.querySelector<
    HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
  >('input, select, textarea');
  if (!found) throw new Error(`field ${name} has no control`);
  return found;
}

/** Fills a field as the member would (the inner control changes, then the component follows). */
export async function fill(root: Element, name: string, value: string): Promise<void> {
  const target = control(root, name);
  target.value = value;
  target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  target.dispatchEvent(new Event('change', { bubbles: true }));
  await field(root, name).updateComplete;
}

/** The texts the inner control's aria-describedby points to (error first, then hint, counter…). */
export function describedBy(root: Element, name: string): string[] {
  const target = field(root, name);
  const ids = (control(root, name).getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map(
    (id) => target.shadowRoot?.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  );
}

/** The pa-button whose text (visually hidden parts included) starts with `label`. */
export function findButtons(
  root: ParentNode,
  label: string,
): (HTMLElement & { disabled: boolean; busy: boolean })[] {
  return deepQueryAll<HTMLElement & { disabled: boolean; busy: boolean }>(root, 'pa-button').filter((b) =>
    (b.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(label),
  );
}

/** Clicks the (first) pa-button whose text starts with `label`, as the member would. */
export function clickButton(root: ParentNode, label: string): void {
  const button = findButtons(root, label)[0];
  if (!button) throw new Error(`no button « ${label} »`);
  (button.shadowRoot?.querySelector('button') ?? button).click();
}

/** The element that has the focus, through the shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until the focus is inside `el` (a field, a heading, an alert…), through shadow roots. */
export async function waitForFocusIn(el: Element | undefined, what: string): Promise<void> {
  await waitUntil(
    () => {
      let node: Node | null = focused();
      while (node) {
        if (node === el) return true;
        node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
      }
      return false;
    },
    `focus is not on ${what} but on <${focused()?.localName}>`,
    { timeout: 3000 },
  );
}

/** The links below `root` whose text contains `text`. */
export function links(root: Element, text: string): HTMLAnchorElement[] {
  return deepQueryAll<HTMLAnchorElement>(root, 'a').filter((a) =>
    a.textContent?.replace(/\s+/g, ' ').includes(text),
  );
}

/** The texts of a table row's cells, white space folded. */
export function cellTexts(row: HTMLTableRowElement): string[] {
  return [...row.cells].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
}
