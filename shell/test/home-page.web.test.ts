import './setup-elements.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Menu } from '@portail/kernel/contract';
import { api } from '@portail/runtime';
import { define } from '@portail/shared-design';
import { HomeBlockElement } from '@portail/shared-design/section';
import { HttpResponse, http } from 'msw';
import type { PortailHomePage } from '../src/pages/home-page.js';
import { loadSectionHome } from '../src/section-loader.js';
import { portalSections } from '../src/sections.js';
import { clickButton, deepQuery, deepText, menu, problem, startMsw, waitForText, worker } from './helpers.js';

/** A section's home block as sections write them: its own API call, skeleton and error state. */
class TestBlock extends HomeBlockElement<{ text: string }> {
  url = '';
  protected override load() {
    return api<{ text: string }>(this.url);
  }
  protected override renderContent({ text }: { text: string }) {
    return html`<p>${text}</p>`;
  }
}
class PaymentBlock extends TestBlock {
  override url = '/api/indemnisations/paiements';
}
class ReimbursementBlock extends TestBlock {
  override url = '/api/sante/reglements';
}
class RequestsBlock extends TestBlock {
  override url = '/api/contact/suivi';
}

/** The home of a member of the three sections (the contract's `Menu.home`, as the server filters it). */
function homeMenu(): Menu {
  const base = menu(2);
  return {
    ...base,
    home: {
      blocks: [
        {
          section: 'indemnisations',
          element: 'test-home-payment',
          title: 'Dernier paiement',
          path: '/indemnisations/historique-indemnisations',
          link: "Voir l'historique des indemnisations",
        },
        {
          section: 'sante',
          element: 'test-home-reimbursement',
          title: 'Dernier remboursement',
          path: '/services/reglements',
          link: 'Voir tous mes règlements',
        },
        {
          section: 'contact',
          element: 'test-home-requests',
          title: 'Mes demandes en cours',
          path: '/contact/suivi',
          link: 'Voir toutes mes demandes',
        },
      ],
      shortcuts: [
        { label: 'Déclarer un sinistre', path: '/indemnisations/demande' },
        { label: 'Envoyer un message', path: '/contact/message' },
      ],
    },
  };
}

/**
 * What `startPortal` gives the page: a section's bundle from the import map — here a stand-in for
 * each, whose `loadHome()` defines its blocks — then its `loadHome()`.
 */
function sectionBundles(failing: Set<string>, imported: string[]) {
  const elements: Record<string, [string, CustomElementConstructor]> = {
    '@portail/mfe-indemnisations': ['test-home-payment', PaymentBlock],
    '@portail/mfe-sante': ['test-home-reimbursement', ReimbursementBlock],
    '@portail/mfe-contact': ['test-home-requests', RequestsBlock],
  };
  const importSection = async (specifier: string) => {
    imported.push(specifier);
    if (failing.has(specifier)) throw new Error(`${specifier} unreachable`);
    const [name, element] = elements[specifier] ?? [];
    return {
      loadHome: async () => {
        if (name && element) define(name, element);
      },
    };
  };
  return (section: string) =>
    loadSectionHome(portalSections().find((candidate) => candidate.name === section)!, importSection);
}

const block = (page: PortailHomePage, title: string) =>
  [...page.shadowRoot!.querySelectorAll<HTMLElement>('section.block')].find(
    (section) => section.querySelector('h2')?.textContent?.trim() === title,
  )!;

describe('portail-home-page « Accueil »', () => {
  before(startMsw);
  afterEach(() => worker.resetHandlers());

  it('shows the shortcuts and each section block in its own place: one failing leaves the others', async () => {
    let releasePayments: () => void = () => {};
    const paymentsHeld = new Promise<void>((resolve) => (releasePayments = resolve));
    let reimbursementsUp = false;
    worker.use(
      http.get('/api/indemnisations/paiements', async () => {
        await paymentsHeld;
        return HttpResponse.json({ text: '1 234,56 €' });
      }),
      http.get('/api/sante/reglements', () =>
        reimbursementsUp
          ? HttpResponse.json({ text: '42,00 €' })
          : problem(500, 'Les informations n’ont pas pu être chargées.'),
      ),
      http.get('/api/contact/suivi', () => HttpResponse.json({ text: 'Demande de carte' })),
    );
    const failing = new Set(['@portail/mfe-contact']);
    const imported: string[] = [];
    const page = await fixture<PortailHomePage>(
      html`<portail-home-page
        name="Marie Dupont"
        .menu=${homeMenu()}
        .loadHome=${sectionBundles(failing, imported)}
      ></portail-home-page>`,
    );
    await waitForText(page, 'Bienvenue Marie Dupont sur vos services en ligne.');
    const root = page.shadowRoot!;
    const shortcuts = root.querySelector('nav')!;
    expect(deepText(shortcuts)).to.contain('Accès rapides');
    expect(
      [...shortcuts.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]),
    ).to.deep.equal([
      ['Déclarer un sinistre', '/indemnisations/demande'],
      ['Envoyer un message', '/contact/message'],
    ]);

    // The payment's call is under way: its block keeps its room with a skeleton, said « Chargement… ».
    await waitUntil(() => deepQuery(block(page, 'Dernier paiement'), '.home-skeleton'), 'no skeleton');
    expect(deepText(block(page, 'Dernier paiement'))).to.contain('Chargement…');
    // Its neighbour's API failed: the reason and « Réessayer » in its place only.
    await waitForText(block(page, 'Dernier remboursement'), 'Les informations n’ont pas pu être chargées.');
    // A section whose bundle does not load: its block says so, with « Réessayer ».
    await waitForText(block(page, 'Mes demandes en cours'), 'Ce bloc est momentanément indisponible.');
    releasePayments();
    await waitForText(block(page, 'Dernier paiement'), '1 234,56 €');
    expect(deepText(block(page, 'Dernier remboursement'))).not.to.contain('1 234,56 €');
    expect(block(page, 'Dernier paiement').querySelector('a')!.getAttribute('href')).to.equal(
      '/indemnisations/historique-indemnisations',
    );
    await expect(page).to.be.accessible();

    // Trying again: each block on its own.
    reimbursementsUp = true;
    clickButton(block(page, 'Dernier remboursement'), 'Réessayer');
    await waitForText(block(page, 'Dernier remboursement'), '42,00 €');
    failing.clear();
    clickButton(block(page, 'Mes demandes en cours'), 'Réessayer');
    await waitForText(block(page, 'Mes demandes en cours'), 'Demande de carte');
    expect(imported.filter((specifier) => specifier === '@portail/mfe-contact')).to.have.length(2);
    expect(deepText(block(page, 'Dernier paiement'))).to.contain('1 234,56 €');
  });

  it('counts the unread documents of each menu entry, and keeps its blocks when the menu is refreshed', async () => {
    let calls = 0;
    worker.use(
      http.get('/api/indemnisations/paiements', () => {
        calls += 1;
        return HttpResponse.json({ text: 'payé' });
      }),
    );
    const only = homeMenu();
    only.home = { blocks: only.home!.blocks.slice(0, 1), shortcuts: [] };
    const page = await fixture<PortailHomePage>(
      html`<portail-home-page .menu=${only} .loadHome=${sectionBundles(new Set(), [])}></portail-home-page>`,
    );
    const documents = block(page, 'Nouveaux documents');
    await waitForText(documents, 'Contrat : 2 nouveaux documents');
    expect(documents.querySelector('a')!.getAttribute('href')).to.equal('/adhesion/contrat');
    expect(page.shadowRoot!.querySelector('nav')).to.equal(null);
    await waitForText(block(page, 'Dernier paiement'), 'payé');

    // A document read elsewhere: the menu comes again with its counts; the blocks stay as they are.
    page.menu = { ...only, groups: menu(0).groups };
    await waitForText(block(page, 'Nouveaux documents'), 'Aucun nouveau document');
    await page.updateComplete;
    expect(calls).to.equal(1);
    expect(deepText(block(page, 'Dernier paiement'))).to.contain('payé');
  });

  it('says so when the member has no service, or when the menu could not be loaded', async () => {
    const page = await fixture<PortailHomePage>(
      html`<portail-home-page .menu=${{ groups: [] }}></portail-home-page>`,
    );
    await waitForText(page, "Aucun service n'est disponible pour le moment.");
    page.menu = null;
    await waitForText(page, "Votre page d'accueil est momentanément indisponible.");
    await expect(page).to.be.accessible();
  });
});
