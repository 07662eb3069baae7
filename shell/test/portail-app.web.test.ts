import './setup-elements.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Menu } from '@portail/kernel/contract';
import { emit, navigate, PORTAIL_EVENTS, setSession } from '@portail/runtime';
import { HttpResponse, http } from 'msw';
import type { PortailApp } from '../src/app/portail-app.js';
import {
  clickButton,
  deepQuery,
  deepText,
  goTo,
  loggedOut,
  memberRoutes,
  menu,
  restoreUrl,
  session,
  startMsw,
  typeInto,
  waitForText,
  worker,
} from './helpers.js';

const here = () => location.pathname + location.search;

async function openApp(path: string): Promise<PortailApp> {
  goTo(path);
  return fixture<PortailApp>(html`<portail-app></portail-app>`);
}

describe('portail-app (A1, A3, A4, A5, A8)', () => {
  before(startMsw);
  beforeEach(() => worker.use(...memberRoutes()));
  afterEach(() => {
    worker.resetHandlers();
    setSession(null);
    restoreUrl();
  });

  it('sends a visitor to the login page keeping the return path, then back there after login', async () => {
    worker.use(
      loggedOut,
      http.post('/api/auth/login', () => HttpResponse.json(session())),
    );
    const app = await openApp('/adhesion/contrat');
    await waitUntil(() => app.querySelector('portail-login-page'), 'no login page');
    expect(here()).to.equal('/connexion?retour=%2Fadhesion%2Fcontrat');
    expect(document.title).to.equal('Connexion – Portail Adhérent');
    await expect(app).to.be.accessible();
    const login = app.querySelector('portail-login-page')!.shadowRoot!;
    typeInto(login, 'login', 'DUPONT42');
    typeInto(login, 'password', 'Secret123');
    clickButton(login, 'Valider');
    await waitUntil(() => location.pathname === '/adhesion/contrat', `still at ${here()}`);
    await waitUntil(() => app.querySelector('pa-menu'), 'no menu after login');
    expect(deepText(app.querySelector('portail-identity')!)).to.contain('DUPONT42');
  });

  it('never returns to another site after login', async () => {
    worker.use(http.get('/api/auth/session/status', () => HttpResponse.json(session())));
    await openApp('/connexion?retour=%2F%2Fevil.example%2Fx');
    await waitUntil(() => here() === '/accueil', `went to ${here()}`);
  });

  it('lands on « Accueil » after the login and after the CGU, without a return path', async () => {
    let accepted = false;
    worker.use(
      loggedOut,
      http.post('/api/auth/login', () => HttpResponse.json(session({ cguRequired: true }))),
      http.post('/api/cgu/accept', () => {
        accepted = true;
        return HttpResponse.json(session());
      }),
    );
    const app = await openApp('/connexion');
    await waitUntil(() => app.querySelector('portail-login-page'), 'no login page');
    const login = app.querySelector('portail-login-page')!.shadowRoot!;
    typeInto(login, 'login', 'DUPONT42');
    typeInto(login, 'password', 'Secret123');
    clickButton(login, 'Valider');
    await waitUntil(() => here() === '/cgu', `not at the gate: ${here()}`);
    await waitForText(app, '1- Fonctionnalités');
    clickButton(app.querySelector('portail-cgu-gate-page')!.shadowRoot!, 'Valider');
    await waitUntil(() => here() === '/accueil', `not home: ${here()}`);
    expect(accepted).to.equal(true);
    await waitUntil(() => app.querySelector('portail-home-page'), 'no home page');
    await waitUntil(() => document.title === 'Accueil – Portail Adhérent', `title: ${document.title}`);
  });

  it('holds the member at the CGU gate until they accept, then continues', async () => {
    let accepted: { body: unknown; csrf: string | null } | null = null;
    worker.use(
      http.get('/api/auth/session/status', () => HttpResponse.json(session({ cguRequired: true }))),
      http.post('/api/cgu/accept', async ({ request }) => {
        accepted = { body: await request.json(), csrf: request.headers.get('X-CSRF-Token') };
        return HttpResponse.json(session());
      }),
    );
    const app = await openApp('/compte/donnees');
    await waitUntil(() => location.pathname === '/cgu', `not at the gate: ${here()}`);
    expect(location.search).to.equal('?retour=%2Fcompte%2Fdonnees');
    await waitForText(app, '1- Fonctionnalités');
    expect(app.querySelector('pa-menu')).to.equal(null);
    await expect(app).to.be.accessible();
    clickButton(app.querySelector('portail-cgu-gate-page')!.shadowRoot!, 'Valider');
    await waitUntil(() => location.pathname === '/compte/donnees', `not back: ${here()}`);
    expect(accepted).to.deep.equal({ body: { version: 3 }, csrf: 'csrf-123' });
  });

  it('opens « Accueil » at "/", the first entry of the menu, and renders the layout', async () => {
    const app = await openApp('/');
    await waitUntil(() => here() === '/accueil', `at ${here()}`);
    await waitUntil(() => app.querySelector('pa-menu'), 'no menu');
    const links = [...app.querySelector('pa-menu')!.shadowRoot!.querySelectorAll('a')];
    expect(links.map((link) => link.textContent?.trim())).to.deep.equal([
      'Accueil',
      'Contrat',
      'Formulaires',
      'Données personnelles',
    ]);
    expect(links[0]!.getAttribute('href')).to.equal('/accueil');
    expect(links[0]!.getAttribute('aria-current')).to.equal('page');
    await waitUntil(() => app.querySelector('portail-home-page'), 'no home page');
    await waitForText(app.querySelector('portail-home-page')!, 'Nouveaux documents');
    const frame = app.querySelector('pa-page-frame')!;
    expect(deepText(frame.querySelector('[slot="brand"]')!)).to.equal('Portail Adhérent');
    const footer = deepText(frame.querySelector('portail-footer')!);
    expect(footer).to.contain('Conditions générales').and.contain('Navigateurs compatibles');
    expect(footer).to.contain('02 48 00 00 00');
    expect(document.title).to.equal('Accueil – Portail Adhérent');
    await expect(app).to.be.accessible();
  });

  it('refreshes the menu counts when a section marks documents read, without reload', async () => {
    let unread = 2;
    worker.use(http.get('/api/menu', () => HttpResponse.json(menu(unread))));
    const app = await openApp('/adhesion/contrat');
    const count = () =>
      (app.querySelector('pa-menu') as (HTMLElement & { menu: Menu }) | null)?.menu.groups.find(
        (group) => group.id === 'adhesion',
      )?.entries[0]?.unreadCount;
    await waitUntil(() => count() === 2, 'menu not loaded');
    unread = 0;
    emit(PORTAIL_EVENTS.documentsRead, { documentIds: ['d1'] });
    await waitUntil(() => count() === 0, 'menu not refreshed');
    unread = 1;
    emit(PORTAIL_EVENTS.menuChanged, {});
    await waitUntil(() => count() === 1, 'menu not refreshed on menuChanged');
  });

  it('titles a page without a menu entry after its heading, and keeps it when the menu arrives', async () => {
    let releaseMenu: () => void = () => {};
    const menuHeld = new Promise<void>((resolve) => (releaseMenu = resolve));
    worker.use(
      http.get('/api/menu', async () => {
        await menuHeld;
        return HttpResponse.json(menu());
      }),
    );
    const outlet = document.createElement('div');
    goTo('/adhesion/contrat/avenant-3');
    const app = await fixture<PortailApp>(html`<portail-app .outlets=${[outlet]}></portail-app>`);
    await waitUntil(() => document.title === 'Mon adhésion – Portail Adhérent', `title: ${document.title}`);
    // The section shows a page under the menu entry « Contrat », whose heading arrives with its data.
    const page = document.createElement('pa-page');
    page.heading = 'Chargement';
    outlet.append(page);
    const titled = (title: string) => `${title} – Mon adhésion – Portail Adhérent`;
    await waitUntil(() => document.title === titled('Chargement'), `title: ${document.title}`);
    page.heading = 'Avenant du 01/02/2026';
    await waitUntil(
      () => document.title === titled('Avenant du 01/02/2026'),
      `title after the heading: ${document.title}`,
    );
    releaseMenu();
    await waitUntil(() => app.querySelector('pa-menu'), 'no menu');
    await app.updateComplete;
    expect(document.title).to.equal(titled('Avenant du 01/02/2026'));

    // A page with a menu entry keeps the entry's label; the heading is forgotten on navigation.
    navigate('/adhesion/contrat');
    await waitUntil(() => document.title === 'Contrat – Portail Adhérent', `title: ${document.title}`);
    navigate('/adhesion/contrat/avenant-4');
    await waitUntil(() => document.title === 'Mon adhésion – Portail Adhérent', `title: ${document.title}`);
  });

  it('shows "Page introuvable" with a way home for an unknown path', async () => {
    const app = await openApp('/nulle-part');
    await waitUntil(() => app.querySelector('portail-not-found-page'), 'no 404 page');
    const page = app.querySelector('portail-not-found-page')!;
    await waitForText(page, 'Page introuvable');
    expect(page.shadowRoot!.querySelector('a[href="/"]')).to.exist;
    expect(document.title).to.equal('Page introuvable – Portail Adhérent');
    await waitUntil(() => app.querySelector('pa-menu'), 'no menu');
    await expect(app).to.be.accessible();
  });

  it('on session expiry shows the login page with the reason, then returns where the member was', async () => {
    worker.use(http.post('/api/auth/login', () => HttpResponse.json(session())));
    const app = await openApp('/compte/donnees?onglet=adresse');
    await waitUntil(() => app.querySelector('pa-menu'), 'no menu');
    emit(PORTAIL_EVENTS.sessionExpired, { returnTo: '/compte/donnees?onglet=adresse' });
    await waitUntil(() => app.querySelector('portail-login-page'), 'no login page');
    expect(here()).to.equal('/connexion?retour=%2Fcompte%2Fdonnees%3Fonglet%3Dadresse');
    await waitForText(app, 'Votre session a expiré. Veuillez vous reconnecter.');
    expect(app.querySelector('pa-menu')).to.equal(null);
    const login = app.querySelector('portail-login-page')!.shadowRoot!;
    typeInto(login, 'login', 'DUPONT42');
    typeInto(login, 'password', 'Secret123');
    clickButton(login, 'Valider');
    await waitUntil(() => here() === '/compte/donnees?onglet=adresse', `at ${here()}`);
  });

  it('logs out and says so', async () => {
    let csrf: string | null = null;
    worker.use(
      http.post('/api/auth/logout', ({ request }) => {
        csrf = request.headers.get('X-CSRF-Token');
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const app = await openApp('/adhesion/contrat');
    await waitUntil(() => app.querySelector('portail-identity'), 'no identity');
    clickButton(app.querySelector('portail-identity')!.shadowRoot!, 'Se déconnecter');
    await waitForText(app, 'Vous êtes déconnecté.');
    expect(here()).to.equal('/connexion');
    expect(csrf).to.equal('csrf-123');
  });

  it('shows the CGU and the supported browsers to anybody', async () => {
    worker.use(loggedOut);
    const app = await openApp('/conditions-generales');
    await waitForText(app, '1- Fonctionnalités');
    expect(app.querySelector('pa-menu')).to.equal(null);
    await expect(app).to.be.accessible();
    const browsers = app
      .querySelector('portail-footer')!
      .shadowRoot!.querySelector<HTMLElement>('a[href="/navigateurs"]')!;
    browsers.click();
    await waitUntil(() => app.querySelector('portail-browsers-page'), 'footer link did not navigate');
    expect(location.pathname).to.equal('/navigateurs');
    await waitForText(app, 'Mozilla Firefox');
    expect(deepText(app)).to.contain('deux dernières versions majeures');
    await expect(app).to.be.accessible();
  });

  it('counts the unread documents of every entry on the small-screen "Menu" button', async () => {
    const counts = (adhesion: number, compte: number): Menu => {
      const groups = menu(adhesion).groups;
      return {
        groups: groups.map((group) =>
          group.id === 'compte'
            ? { ...group, entries: group.entries.map((entry) => ({ ...entry, unreadCount: compte })) }
            : group,
        ),
      };
    };
    let current = counts(2, 1);
    worker.use(http.get('/api/menu', () => HttpResponse.json(current)));
    const app = await openApp('/adhesion/contrat');
    const frame = () => app.querySelector('pa-page-frame')!;
    await waitUntil(() => app.querySelector('pa-menu'), 'no menu');
    expect(frame().unreadCount).to.equal(3);
    current = counts(0, 0);
    emit(PORTAIL_EVENTS.documentsRead, { documentIds: ['d1'] });
    await waitUntil(() => frame().unreadCount === 0, 'count not refreshed');
  });

  it('links every page to the accessibility statement, which anybody can read', async () => {
    worker.use(loggedOut);
    const app = await openApp('/connexion');
    await waitUntil(() => app.querySelector('portail-login-page'), 'no login page');
    const link = app
      .querySelector('portail-footer')!
      .shadowRoot!.querySelector<HTMLAnchorElement>('a[href="/accessibilite"]')!;
    expect(link.textContent?.trim()).to.equal('Accessibilité : non conforme');
    link.click();
    await waitUntil(() => app.querySelector('portail-accessibility-page'), 'footer link did not navigate');
    expect(location.pathname).to.equal('/accessibilite');
    await waitForText(app, 'non conforme');
    expect(document.title).to.equal("Déclaration d'accessibilité – Portail Adhérent");
    expect(deepText(app)).to.contain('Libre réponse 71120');
    expect(app.querySelector('pa-menu')).to.equal(null);
    await expect(app).to.be.accessible();
  });

  it('asks the server when the idle timeout elapses: no time left is the expiry', async () => {
    worker.use(
      http.get('/api/auth/session/status', () => HttpResponse.json(session({ idleTimeoutSeconds: 0.2 }))),
      http.get('/api/auth/session/idle', () => HttpResponse.json({ idleRemainingSeconds: 0 })),
    );
    const app = await openApp('/adhesion/formulaires');
    await waitForText(app, 'Votre session a expiré. Veuillez vous reconnecter.');
    expect(here()).to.equal('/connexion?retour=%2Fadhesion%2Fformulaires');
    expect(deepQuery(app, 'pa-menu')).to.equal(undefined);
  });
});
