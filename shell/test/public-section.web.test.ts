import './setup-elements.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { navigate, type SectionProps, setSession } from '@portail/runtime';
import type { PortailApp } from '../src/app/portail-app.js';
import { resolveRoute } from '../src/routes.js';
import { publicSectionPage } from '../src/sections.js';
import { startPortal } from '../src/start-portal.js';
import { deepQuery, goTo, loggedOut, restoreUrl, session, startMsw, waitForText, worker } from './helpers.js';

/** A fake section module: says where it was mounted. */
function fakeSection(name: string) {
  return {
    bootstrap: async () => {},
    mount: async ({ domElement }: SectionProps) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = `${name} à ${location.pathname}`;
      domElement.append(paragraph);
    },
    unmount: async ({ domElement }: SectionProps) => domElement.replaceChildren(),
  };
}

describe('public section pages (B4 Espace Adhésion)', () => {
  before(startMsw);
  after(() => {
    worker.resetHandlers();
    setSession(null);
    restoreUrl();
  });

  it('are routed to their section whatever the session', () => {
    expect(publicSectionPage('/espace-adhesion')?.section.package).to.equal('@portail/mfe-adhesion');
    expect(publicSectionPage('/espace-adhesion/x')).to.equal(undefined);
    expect(publicSectionPage('/adhesion/contrat')).to.equal(undefined);
    const at = (path: string, current: Parameters<typeof resolveRoute>[0]['session']) =>
      resolveRoute({ session: current, path, search: '' });
    expect(at('/espace-adhesion', null)).to.deep.equal({ view: 'section' });
    expect(at('/espace-adhesion', undefined)).to.deep.equal({ view: 'section' });
    expect(at('/espace-adhesion', session({ cguRequired: true }))).to.deep.equal({ view: 'section' });
    expect(at('/adhesion/contrat', null)).to.deep.equal({
      redirect: '/connexion?retour=%2Fadhesion%2Fcontrat',
    });
  });

  it('mounts the section logged out, in the public layout, and only there', async () => {
    worker.use(loggedOut);
    goTo('/connexion');
    const app = await fixture<PortailApp>(html`<portail-app></portail-app>`);
    const loaded: string[] = [];
    startPortal({
      host: app,
      importSection: async (name) => {
        loaded.push(name);
        return fakeSection(name);
      },
    });
    const outlet = () =>
      app.querySelector<HTMLElement>('.portail-outlet[data-section="@portail/mfe-adhesion"]')!;
    await waitUntil(() => app.querySelector('portail-login-page'), 'no login page');

    // The login page's second block leads there without a reload.
    const login = app.querySelector('portail-login-page')!.shadowRoot!;
    const link = deepQuery<HTMLAnchorElement>(login, 'a[href="/espace-adhesion"]');
    expect(link?.textContent).to.equal('Espace Adhésion');
    link!.click();
    await waitForText(outlet(), '@portail/mfe-adhesion à /espace-adhesion');
    expect(location.pathname).to.equal('/espace-adhesion');
    expect(app.querySelector('portail-login-page')).to.equal(null);
    expect(app.querySelector('pa-menu')).to.equal(null);
    expect(app.querySelector('pa-page-frame')?.hasAttribute('hide-menu')).to.equal(true);
    await waitUntil(
      () => document.title === 'Espace Adhésion – Portail Adhérent',
      `title: ${document.title}`,
    );
    expect(loaded).to.deep.equal(['@portail/mfe-adhesion']);
    await expect(app).to.be.accessible();

    // The member pages of the same section still need a session.
    navigate('/adhesion/contrat');
    await waitUntil(() => location.pathname === '/connexion', `still at ${location.pathname}`);
    await waitUntil(() => outlet().childElementCount === 0, 'section still mounted logged out');
    expect(location.search).to.equal('?retour=%2Fadhesion%2Fcontrat');
  });
});
