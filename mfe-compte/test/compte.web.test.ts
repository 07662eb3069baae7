import { expect, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import {
  deepQuery,
  deepText,
  mountAndUnmount,
  openSection,
  useSectionApi,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { COMPTE_PAGES } from '../contract/index.js';
import { bootstrap, mount, unmount } from '../web/index.js';
import { personalData } from './donnees-fixtures.js';

describe('cpt-section — Mon compte (SPEC D)', () => {
  useSectionApi();

  it('shows each page of the contract under its title, none a placeholder', async () => {
    worker.use(
      http.get('/api/compte/donnees', () => HttpResponse.json(personalData())),
      http.get('/api/compte/notifications', () => HttpResponse.json({ items: [] })),
      http.get('/api/compte/donnees/archive', () => HttpResponse.json({ archive: null })),
      http.get('/api/widgets/autorisations', () =>
        HttpResponse.json({ items: [], purposes: 'vos documents' }),
      ),
      http.get('/api/auth/oidc/liaison', () =>
        HttpResponse.json({
          provider: 'FranceConnect',
          label: "S'identifier avec FranceConnect",
          linked: null,
          pending: false,
        }),
      ),
    );
    const tags = {
      'compte.donnees': 'cpt-donnees-page',
      'compte.mot-de-passe': 'cpt-mot-de-passe-page',
      'compte.notifications': 'cpt-notifications-page',
      'compte.intranets': 'cpt-intranets-page',
      'compte.appareils': 'cpt-appareils-page',
      'compte.telechargement': 'cpt-telechargement-page',
      'compte.fournisseur-identite': 'cpt-fournisseur-identite-page',
    } as const;
    for (const page of COMPTE_PAGES) {
      const el = await openSection('cpt-section', page.path);
      expect(deepQuery(el, tags[page.id]), page.path).to.exist;
      expect(deepQuery(el, 'h1')?.textContent, page.path).to.equal(page.label);
      expect(deepQuery(el, 'pa-placeholder-page'), page.path).to.equal(undefined);
      // Each load ends within the test, while its mock still answers.
      await waitUntil(() => !deepQuery(el, '.loading'), `${page.path} still loading`, { timeout: 3000 });
      expect(deepText(el)).not.to.include('Aucun document pour le moment');
    }
  });

  it('an unknown page says "Page introuvable"', async () => {
    const el = await openSection('cpt-section', '/compte/xyz');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Page introuvable');
  });

  it('single-spa lifecycles mount cpt-section into the given element and remove it', async () => {
    await mountAndUnmount('cpt-section', '/compte/mot-de-passe', { bootstrap, mount, unmount });
  });
});
