import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { UrlQueryController, type UrlQueryOptions } from '../src/section/index.js';
import '../src/define.js';
import { defineTestElement } from './define.js';

const originalUrl = location.href;

/** A router the test drives: `navigate` changes the URL and tells the listeners, as the runtime does. */
const router = {
  handlers: new Set<() => void>(),
  onRouteChange(handler: () => void) {
    router.handlers.add(handler);
    return () => router.handlers.delete(handler);
  },
  navigate(url: string) {
    history.pushState(null, '', url);
    for (const handler of router.handlers) handler();
  },
};

/** `?p=` of a URL, 1 when absent. */
const pageOf = (search: string) => Number(new URLSearchParams(search).get('p') ?? 1);

let extra: Partial<UrlQueryOptions<number, string>> = {};

class TestList extends LitElement {
  loads: number[] = [];
  changes: [number, number][] = [];
  readonly url = new UrlQueryController(this, {
    router,
    parse: pageOf,
    url: (page: number) => `${location.pathname}${page > 1 ? `?p=${page}` : ''}`,
    load: async (page: number) => {
      this.loads.push(page);
      return `Page ${page}`;
    },
    changed: (next, previous) => this.changes.push([next, previous]),
    ...extra,
  });

  override render() {
    return this.url.list.render((text) => litHtml`<p class="results" tabindex="-1">${text}</p>`);
  }
}
defineTestElement('test-url-list', TestList);

async function open(url: string, options: Partial<UrlQueryOptions<number, string>> = {}) {
  history.replaceState(null, '', url);
  extra = options;
  const el = await fixture<TestList>(html`<test-url-list></test-url-list>`);
  await waitUntil(() => el.url.list.status === 'ready');
  return el;
}

describe('UrlQueryController', () => {
  afterEach(() => {
    history.replaceState(null, '', originalUrl);
    extra = {};
  });

  it('loads the query of the URL, follows the navigations of its path only, stops once removed', async () => {
    const el = await open('/x/list?p=2');
    expect(el.url.query).to.equal(2);
    expect(el.loads).to.deep.equal([2]);

    router.navigate('/x/list?p=3');
    await waitUntil(() => el.url.list.value === 'Page 3');
    expect(el.changes).to.deep.equal([[3, 2]]);

    router.navigate('/x/list?p=3&other=1'); // the same query: no reload
    router.navigate('/x/elsewhere?p=5'); // another page's URL
    await el.updateComplete;
    expect(el.loads).to.deep.equal([2, 3]);

    el.remove();
    expect(router.handlers.size).to.equal(0);
  });

  it('go() navigates to the URL of another query only; with `focus` the results take the focus once loaded', async () => {
    const el = await open('/x/list');
    el.url.go(1);
    expect(location.search).to.equal('');
    el.url.go(2);
    expect(location.pathname + location.search).to.equal('/x/list?p=2');
    await waitUntil(() => el.url.list.value === 'Page 2');
    expect(el.shadowRoot?.activeElement).to.equal(null);

    el.url.go(3, true);
    await waitUntil(
      () => el.shadowRoot?.activeElement?.textContent === 'Page 3',
      'the results never got the focus',
    );
    expect(el.url.focusResults).to.equal(false);
  });

  it('with `path`, follows the URLs of that path (a trailing / ignored); with `same`, skips equal queries', async () => {
    const el = await open('/x/list', { path: () => '/x/list', same: (a, b) => a % 10 === b % 10 });
    router.navigate('/x/list/?p=2');
    await waitUntil(() => el.url.list.value === 'Page 2');
    router.navigate('/x/list?p=12');
    await el.updateComplete;
    expect(el.loads).to.deep.equal([1, 2]);
  });
});
