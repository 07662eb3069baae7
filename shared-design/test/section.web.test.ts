import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { resolvePage, subPathOf } from '../src/index.js';
import '../src/section/define.js';
import type { DocumentRow, PaDocumentList } from '../src/section/index.js';
import { type PageModule, SectionElement } from '../src/section/index.js';
import '../src/define.js';
import { defineTestElement } from './define.js';
import {
  deepQuery,
  deepQueryAll,
  deepText,
  documentRow,
  memberDocument,
  preventDownloads,
  waitForRow,
  waitForText,
} from './section-helpers.js';

const PAGES = [
  { id: 'x.one', label: 'Première', path: '/x/one' },
  { id: 'x.two', label: 'Deuxième', path: '/x/two' },
  { id: 'y.three', label: 'Troisième', path: '/y/three' },
];

/** A router the test drives by hand. */
const router = {
  path: '/x/one',
  handlers: new Set<() => void>(),
  currentPath() {
    return router.path;
  },
  onRouteChange(handler: () => void) {
    router.handlers.add(handler);
    return () => router.handlers.delete(handler);
  },
  go(path: string) {
    router.path = path;
    for (const handler of router.handlers) handler();
  },
};

class TestSection extends SectionElement<(typeof PAGES)[number]> {
  protected readonly pages = PAGES;
  protected readonly router = router;
  protected override renderPage(page: (typeof PAGES)[number]) {
    return page.id === 'x.two' ? litHtml`<p>Page deux</p>` : super.renderPage(page);
  }
}
defineTestElement('test-section', TestSection);

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((ok, ko) => {
    resolve = ok;
    reject = ko;
  });
  return { promise, resolve, reject };
}

describe('resolvePage', () => {
  it('finds the page by path, a group root shows its first page, an unknown path none', () => {
    expect(resolvePage(PAGES, '/x/two')?.id).to.equal('x.two');
    expect(resolvePage(PAGES, '/x/two/')?.id).to.equal('x.two');
    expect(resolvePage(PAGES, '/x/two?tab=1')?.id).to.equal('x.two');
    expect(resolvePage(PAGES, '/x')?.id).to.equal('x.one');
    expect(resolvePage(PAGES, '/y')?.id).to.equal('y.three');
    expect(resolvePage(PAGES, '/x/xyz')).to.equal(undefined);
    expect(resolvePage(PAGES, '/')).to.equal(undefined);
    expect(resolvePage(PAGES, '/x/on')).to.equal(undefined);
    expect(resolvePage(PAGES, '/x/one/deeper')).to.equal(undefined);
  });

  it('gives a nested page the paths under its own, and what follows its path', () => {
    const pages = [...PAGES, { id: 'x.nested', label: 'Natures', path: '/x/natures', nested: true }];
    const page = resolvePage(pages, '/x/natures/acte-de-mariage?from=menu');
    expect(page?.id).to.equal('x.nested');
    expect(subPathOf(page as (typeof pages)[number], '/x/natures/acte-de-mariage?from=menu')).to.equal(
      'acte-de-mariage',
    );
    expect(subPathOf(page as (typeof pages)[number], '/x/natures')).to.equal('');
    expect(resolvePage(pages, '/x/naturesque')).to.equal(undefined);
  });
});

describe('SectionElement', () => {
  it('shows the current page, follows navigations, stops listening once removed', async () => {
    router.path = '/x/one';
    const el = await fixture<TestSection>(html`<test-section></test-section>`);
    expect(deepQuery(el, 'pa-placeholder-page')).to.exist;
    expect(deepText(el)).to.include('Première').and.include('Aucun document pour le moment');

    router.go('/x/two');
    await el.updateComplete;
    expect(deepText(el)).to.include('Page deux');

    router.go('/x/nope');
    await el.updateComplete;
    expect(deepQuery(el, 'pa-page')?.getAttribute('heading')).to.equal('Page introuvable');
    await expect(el).to.be.accessible();

    el.remove();
    expect(router.handlers.size).to.equal(0);
  });

  it("shows a page's skeleton until its module has loaded, one load for every element, and the failure with « Réessayer »", async () => {
    const loads: ReturnType<typeof deferred<unknown>>[] = [];
    const pageModule: PageModule = () => {
      const load = deferred<unknown>();
      loads.push(load);
      return load.promise;
    };
    class LazySection extends TestSection {
      protected override readonly pageModules = { 'x.two': pageModule };
    }
    defineTestElement('test-lazy-section', LazySection);
    router.path = '/x/two';
    const first = await fixture<LazySection>(html`<test-lazy-section></test-lazy-section>`);
    const second = await fixture<LazySection>(html`<test-lazy-section></test-lazy-section>`);
    // The skeleton: the page's title where the page puts it, « Chargement… », busy; no focus taken.
    for (const el of [first, second]) {
      expect(deepQuery(el, 'h1')?.textContent).to.equal('Deuxième');
      expect(deepQuery(el, 'pa-page')?.getAttribute('aria-busy')).to.equal('true');
      expect(deepQuery(el, 'pa-page')?.hasAttribute('no-autofocus')).to.equal(true);
      expect(deepText(el)).to.include('Chargement…').and.not.include('Page deux');
    }
    expect(loads).to.have.length(1);
    await expect(first).to.be.accessible();

    loads[0]?.reject(new Error('réseau'));
    await waitForText(first, 'Réessayer');
    await waitForText(second, 'Réessayer');
    deepQuery<HTMLElement>(first, 'pa-button')?.click();
    await first.updateComplete;
    expect(deepText(first)).to.include('Chargement…');
    expect(loads).to.have.length(2);
    loads[1]?.resolve(undefined);
    await waitForText(first, 'Page deux');
    // The other element shows the page on its own « Réessayer », without loading it again.
    deepQuery<HTMLElement>(second, 'pa-button')?.click();
    await waitForText(second, 'Page deux');
    expect(loads).to.have.length(2);
    // Loaded once for the document: a new element shows the page at once.
    const third = await fixture<LazySection>(html`<test-lazy-section></test-lazy-section>`);
    expect(deepText(third)).to.include('Page deux');
    expect(loads).to.have.length(2);
  });
});

describe('pa-placeholder-page', () => {
  it('shows its heading and the empty state, nothing invented', async () => {
    const el = await fixture(html`<pa-placeholder-page heading="Cotisations"></pa-placeholder-page>`);
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Cotisations');
    expect(deepQuery(el, 'pa-empty-state')).to.exist;
    expect(deepText(el)).to.include('Aucun document pour le moment');
    expect(deepQuery(el, 'table')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

describe('pa-document-list', () => {
  let allowDownloads: () => void;
  beforeEach(() => {
    allowDownloads = preventDownloads();
  });
  afterEach(() => allowDownloads());

  it('says "Chargement…" (aria-busy) while loading, then shows the documents', async () => {
    const load = deferred<DocumentRow[]>();
    const el = await fixture<PaDocumentList>(
      html`<pa-document-list caption="Mes documents" .loader=${() => load.promise}></pa-document-list>`,
    );
    expect(deepText(el)).to.include('Chargement…');
    expect(deepQuery(el, '[aria-busy="true"]')).to.exist;
    load.resolve([memberDocument('d1', { title: 'Notice information' })]);
    await waitForRow(el, 'd1');
    expect(deepText(el)).not.to.include('Chargement…');
    expect(deepQuery(el, '[aria-busy="true"]')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it("shows the problem's French detail and loads again on « Réessayer »", async () => {
    let calls = 0;
    const loader = async () => {
      calls += 1;
      if (calls === 1)
        throw { status: 503, problem: { detail: 'Le service est momentanément indisponible.' } };
      return [memberDocument('d1')];
    };
    const el = await fixture<PaDocumentList>(html`<pa-document-list .loader=${loader}></pa-document-list>`);
    await waitForText(el, 'Le service est momentanément indisponible.');
    const alert = deepQuery(el, 'pa-alert');
    expect(alert?.getAttribute('variant')).to.equal('error');
    await expect(el).to.be.accessible();
    const retry = deepQueryAll(el, 'pa-button').find((button) => button.textContent?.trim() === 'Réessayer');
    retry!.click();
    await waitForRow(el, 'd1');
    expect(calls).to.equal(2);
  });

  it('offers no retry when the API refuses (403), and has a French fallback message', async () => {
    const refused = await fixture<PaDocumentList>(
      html`<pa-document-list
        .loader=${() => Promise.reject({ status: 403, problem: { detail: "Votre employeur n'autorise pas ce service." } })}
      ></pa-document-list>`,
    );
    await waitForText(refused, "Votre employeur n'autorise pas ce service.");
    expect(deepQuery(refused, 'pa-button')).to.equal(undefined);

    const broken = await fixture<PaDocumentList>(
      html`<pa-document-list .loader=${() => Promise.reject(new TypeError('Failed to fetch'))}></pa-document-list>`,
    );
    await waitForText(broken, "Les documents n'ont pas pu être chargés.");
  });

  it('clears the unread marker at once on download and calls onOpen for unread documents only', async () => {
    const opened: string[] = [];
    const documents = [memberDocument('d1', { unread: true }), memberDocument('d2', { title: 'Bulletin' })];
    const el = await fixture<PaDocumentList>(
      html`<pa-document-list
        .loader=${async () => documents}
        .onOpen=${async (document: DocumentRow) => {
          opened.push(document.id);
        }}
      ></pa-document-list>`,
    );
    const row = await waitForRow(el, 'd1');
    expect(row.classList.contains('unread')).to.equal(true);
    row.querySelector<HTMLAnchorElement>('a.download')!.click();
    await el.updateComplete;
    expect(documentRow(el, 'd1')!.classList.contains('unread')).to.equal(false);
    documentRow(el, 'd2')!.querySelector<HTMLAnchorElement>('a.download')!.click();
    await waitUntil(() => opened.length > 0);
    expect(opened).to.deep.equal(['d1']);
  });

  it('shows the empty state for an empty list', async () => {
    const el = await fixture(html`<pa-document-list .loader=${async () => []}></pa-document-list>`);
    await waitForText(el, 'Aucun document pour le moment');
  });
});

describe('pa-document-list-page', () => {
  it('puts the list under a page title with its intro, the table named after the title', async () => {
    const el = await fixture(
      html`<pa-document-list-page heading="Contrat" .loader=${async () => [memberDocument('d1')]}>
        <p slot="intro">Texte d'introduction.</p>
      </pa-document-list-page>`,
    );
    await waitForRow(el, 'd1');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Contrat');
    expect(deepQuery(el, 'caption')?.textContent).to.equal('Contrat');
    expect(deepText(el)).to.include("Texte d'introduction.");
    await expect(el).to.be.accessible();
  });
});
