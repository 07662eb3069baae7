import { expect, fixture, html } from '@open-wc/testing';
import { deepQuery, deepText, goTo, restoreUrl } from '../../shared-design/test/section-helpers.js';
import { CONTACT_PAGES } from '../contract/index.js';
import { bootstrap, mount, unmount } from '../web/index.js';

describe('ctc-section — Contact (SPEC E)', () => {
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

  for (const page of CONTACT_PAGES) {
    it(`${page.path} is a placeholder with the empty state`, async () => {
      goTo(page.path);
      const el = await fixture(html`<ctc-section></ctc-section>`);
      expect(deepQuery(el, 'h1')?.textContent).to.equal(page.label);
      expect(deepText(el)).to.include('Aucun document pour le moment');
      await expect(el).to.be.accessible();
    });
  }

  it('an unknown page says "Page introuvable"', async () => {
    goTo('/contact/xyz');
    const el = await fixture(html`<ctc-section></ctc-section>`);
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Page introuvable');
  });

  it('single-spa lifecycles mount ctc-section into the given element and remove it', async () => {
    goTo(CONTACT_PAGES[0].path);
    const domElement = await fixture<HTMLDivElement>(html`<div></div>`);
    await bootstrap({ domElement });
    await mount({ domElement });
    expect(domElement.querySelector('ctc-section')).to.exist;
    await unmount({ domElement });
    expect(domElement.children.length).to.equal(0);
  });
});
