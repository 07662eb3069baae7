// SPEC P6: the shell's pages in English once its catalog is registered and the page's language set,
// as `src/locale/define.ts` does it. This file is its own page: the localisation is configured once
// here, and the language goes back to French after each test.
import './setup-elements.js';

import { expect, fixture, html } from '@open-wc/testing';

import { localized } from '@portail/kernel/contract/i18n';

import { SERVICE_UNAVAILABLE, serviceUnavailable } from '@portail/runtime';
import { localizedTestPage } from '../../shared-design/test/locale-helpers.js';
import { en } from '../src/locales/en.js';
import { RESET_REQUESTED } from '../src/pages/help-page.js';
import { pageTitle, VIEW_TITLES } from '../src/routes.js';
import { deepText } from './helpers.js';

const { useLocale } = localizedTestPage(en);

describe('the shell in English (P6)', () => {
  afterEach(() => useLocale('fr'));

  it('writes a page in French by default, in English once the page is in English', async () => {
    const french = await fixture(html`<portail-not-found-page></portail-not-found-page>`);
    expect(deepText(french)).to.contain('Page introuvable').and.contain("Retour à l'accueil");

    await useLocale('en');
    const english = await fixture(html`<portail-not-found-page></portail-not-found-page>`);
    const text = deepText(english);
    expect(text).to.contain('Page not found').and.contain('Back to the home page');
    expect(text).not.to.contain('Page introuvable');
  });

  it('titles the pages in the page’s language', async () => {
    expect(pageTitle(VIEW_TITLES.login)).to.equal('Connexion – Portail Adhérent');
    await useLocale('en');
    expect(pageTitle(VIEW_TITLES.login)).to.equal('Log in – Portail Adhérent');
    expect(VIEW_TITLES['not-found']).to.equal('Page not found');
  });

  it('shows the French constants and the runtime’s errors in the page’s language', async () => {
    expect(serviceUnavailable()).to.equal(SERVICE_UNAVAILABLE);
    expect(localized(RESET_REQUESTED)).to.equal(RESET_REQUESTED);

    await useLocale('en');
    expect(serviceUnavailable()).to.equal(
      'The service is temporarily unavailable. Try again in a few moments.',
    );
    expect(localized(RESET_REQUESTED)).to.match(/^If an account matches these details/);
    expect(localized('Un texte sans anglais')).to.equal('Un texte sans anglais');
    expect(SERVICE_UNAVAILABLE).to.match(/^Le service est momentanément indisponible/);
  });
});
