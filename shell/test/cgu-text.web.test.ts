import './setup-elements.js';
import { expect, fixture, html } from '@open-wc/testing';
import type { PortailCguText } from '../src/pages/cgu-text.js';

describe('CGU text', () => {
  it('writes the publication date in words, the first of a month as « 1er »', async () => {
    const text = await fixture<PortailCguText>(html`<portail-cgu-text
      .document=${{ version: 2, publishedAt: '2026-10-01T08:00:00Z', title: 'CGU', sections: [], accepted: null }}
    ></portail-cgu-text>`);
    expect(text.shadowRoot!.querySelector('p')!.textContent).to.equal(
      'Version 2, publiée le 1er octobre 2026.',
    );
  });
});
