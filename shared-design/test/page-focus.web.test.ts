// A file of its own: what a page does with the focus depends on what this document showed before
// (each test file runs in a fresh page, as a full load of the portal would).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PaPage, PaPageFrame } from '../src/index.js';
import '../src/define.js';
import { inShadow } from './helpers.js';

function titleFocused(page: PaPage): boolean {
  return document.activeElement === page && page.shadowRoot?.activeElement === inShadow(page, 'h1');
}

describe('pa-page and the focus: the first load leaves it, an in-app navigation moves it (A4)', () => {
  const start = location.href;
  after(() => history.replaceState(null, '', start));

  it('keeps the focus at the top on the first load, so the first Tab reaches "Aller au contenu"', async () => {
    const frame = await fixture<PaPageFrame>(html`<pa-page-frame hide-menu>
      <a slot="brand" href="/">Portail Adhérent</a>
      <pa-page heading="Connexion"><p>Contenu</p></pa-page>
    </pa-page-frame>`);
    const page = frame.querySelector<PaPage>('pa-page')!;
    await page.updateComplete;
    expect(titleFocused(page)).to.equal(false);
    expect(document.activeElement).to.equal(document.body);
    await sendKeys({ press: 'Tab' });
    expect(frame.shadowRoot?.activeElement).to.equal(inShadow(frame, 'a.skip'));

    // The same address showing another page (its content once loaded): still the first load.
    const loaded = await fixture<PaPage>(html`<pa-page heading="Connexion"></pa-page>`);
    expect(titleFocused(loaded)).to.equal(false);
  });

  it('moves the focus to the title of each page shown after an in-app navigation, back included', async () => {
    history.pushState(null, '', '/adhesion/contrat');
    const next = await fixture<PaPage>(html`<pa-page heading="Contrat"></pa-page>`);
    expect(titleFocused(next)).to.equal(true);
    history.pushState(null, '', start);
    const back = await fixture<PaPage>(html`<pa-page heading="Connexion"></pa-page>`);
    expect(titleFocused(back)).to.equal(true);
  });

  it('never with no-autofocus (a widget inside an intranet page)', async () => {
    history.pushState(null, '', '/widgets/connexion');
    const widget = await fixture<PaPage>(html`<pa-page heading="Documents clés" no-autofocus></pa-page>`);
    expect(titleFocused(widget)).to.equal(false);
  });
});
