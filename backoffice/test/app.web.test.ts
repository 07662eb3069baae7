import { expect, fixture, html, waitUntil as waitUntilWithin } from '@open-wc/testing';
import type { LoginChallenge } from '@portail/kernel/contract/second-factor';
import { HttpResponse, http } from 'msw';
import {
  clickButton,
  deepQuery,
  deepQueryAll,
  deepText,
  fill,
  focused,
  problem,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { getManagerSession } from '../src/api.js';
import type { PortailGestion } from '../src/app/app.js';
import { CSRF, goTo, managerSession, queueItem, queuePage, recordPosts, useGestionApi } from './fixtures.js';

/** The whole back office boots in these tests: on a loaded machine a step may take a few seconds. */
const waitUntil: typeof waitUntilWithin = (condition, message, options = {}) =>
  waitUntilWithin(condition, message, { timeout: 5000, ...options });

const here = () => location.pathname + location.search;
const loggedOut = http.get('/api/gestion/auth/session', () => problem(401, 'Non connecté.'));
const loggedIn = http.get('/api/gestion/auth/session', () => HttpResponse.json(managerSession()));
const queue = http.get('/api/gestion/demandes', () => HttpResponse.json(queuePage([queueItem('r1')])));

async function openApp(path: string): Promise<PortailGestion> {
  goTo(path);
  return fixture<PortailGestion>(html`<portail-gestion></portail-gestion>`);
}

async function logInAs(app: PortailGestion, login: string, password: string): Promise<void> {
  await waitUntil(() => app.querySelector('bo-login-page'), `no login page at ${here()}`);
  const page = app.querySelector('bo-login-page')!;
  await page.updateComplete;
  await fill(page, 'login', login);
  await fill(page, 'password', password);
  clickButton(page, 'Se connecter');
}

/** SPEC P8: the password's answer, right or not (a code sent to the manager's e-mail, or none). */
const CHALLENGE: LoginChallenge = {
  challenge: 'jeton-de-connexion',
  expiresInSeconds: 600,
  resendInSeconds: 30,
  resendsLeft: 3,
  canRemember: false,
};
const codeRequired = () => HttpResponse.json(CHALLENGE, { status: 202 });
/** SPEC P8: the one refusal at the password step besides the lockout (a wrong password gets the code step). */
const NO_EMAIL =
  "Aucune adresse e-mail n'est enregistrée pour ce gestionnaire : le code de vérification ne peut pas lui être envoyé. Un administrateur doit la renseigner.";

/** The code step: neutral, « par e-mail », its heading has the focus; the code typed, « Valider ». */
async function enterCode(app: PortailGestion, code: string): Promise<void> {
  const page = app.querySelector('bo-login-page')!;
  await waitForText(
    app,
    'Si votre identifiant et votre mot de passe sont exacts, un code à 6 chiffres vient de vous être envoyé, par e-mail. Il est valable 10 minutes.',
  );
  await waitUntil(() => focused()?.tagName === 'H1', 'the code step heading does not have the focus');
  expect(focused()?.textContent).to.equal('Vérification de votre identité');
  await fill(page, 'code', code);
  clickButton(page, 'Valider');
}

describe('portail-gestion (H1: own login, own routes)', () => {
  useGestionApi({ loggedIn: false });

  it('asks a visitor to log in at /gestion, then shows the queue', async () => {
    const posts = recordPosts('/api/gestion/auth/login', codeRequired);
    const codes = recordPosts('/api/gestion/auth/login/code', () => HttpResponse.json(managerSession()));
    worker.use(loggedOut, queue);
    const app = await openApp('/gestion');
    await waitUntil(() => app.querySelector('bo-login-page'), 'no login page');
    expect(document.title).to.equal('Connexion — Gestion — Portail Adhérent');
    expect(app.querySelector('pa-menu')).to.equal(null);
    await expect(app).to.be.accessible();
    await logInAs(app, ' cmartin ', 'Secret123!');
    await enterCode(app, ' 123456 ');
    await waitUntil(() => location.pathname === '/gestion/demandes', `still at ${here()}`);
    expect(posts).to.deep.equal([{ body: { login: 'cmartin', password: 'Secret123!' }, csrf: null }]);
    expect(codes).to.deep.equal([{ body: { challenge: 'jeton-de-connexion', code: '123456' }, csrf: null }]);
    await waitUntil(() => deepQuery(app, 'tr[data-row-id="r1"]'), 'no queue');
    expect(document.title).to.equal('Demandes — Gestion — Portail Adhérent');
    expect(getManagerSession()?.csrfToken).to.equal(CSRF);
    expect(deepText(app.querySelector('bo-identity')!)).to.contain('Claire Martin');
    expect(deepQuery(app, 'a[aria-current="page"]')?.textContent?.trim()).to.equal('Demandes');
    await expect(app).to.be.accessible();
  });

  it('says why the login failed: no e-mail to send the code to (403), then too many attempts (429)', async () => {
    let attempts = 0;
    worker.use(
      loggedOut,
      http.post('/api/gestion/auth/login', () =>
        ++attempts < 2
          ? problem(403, NO_EMAIL, { code: 'no-code-channel' })
          : problem(429, 'Trop de tentatives. Réessayez dans 15 minutes.', { code: 'locked' }),
      ),
    );
    const app = await openApp('/gestion');
    await logInAs(app, 'cmartin', 'Secret123!');
    await waitForText(app, NO_EMAIL);
    const alert = deepQuery(app, 'pa-alert.error');
    await waitUntil(() => focused() === alert, 'the error does not have the focus');
    clickButton(app.querySelector('bo-login-page')!, 'Se connecter');
    await waitForText(app, 'Trop de tentatives. Réessayez dans 15 minutes.');
    expect(location.pathname).to.equal('/gestion');
    await expect(app).to.be.accessible();
  });

  it('P8 the code step: a wrong code at its field, an expired one above the form, « Renvoyer le code », « Recommencer la connexion »', async () => {
    recordPosts('/api/gestion/auth/login', codeRequired);
    let tries = 0;
    const codes = recordPosts('/api/gestion/auth/login/code', () =>
      ++tries === 1
        ? problem(400, 'Code incorrect. Il vous reste 4 essais.', {
            code: 'code-wrong',
            errors: [{ field: 'code', detail: 'Code incorrect. Il vous reste 4 essais.' }],
          })
        : problem(410, 'Ce code a expiré. Demandez-en un nouveau.', { code: 'code-expired' }),
    );
    const resends = recordPosts('/api/gestion/auth/login/code/renvoi', () => HttpResponse.json(CHALLENGE));
    worker.use(loggedOut);
    const app = await openApp('/gestion');
    await logInAs(app, 'cmartin', 'Secret123!');
    await enterCode(app, '12345');
    await waitForText(app, 'Le code compte 6 chiffres.');
    expect(codes).to.deep.equal([], 'not sent');
    const page = app.querySelector('bo-login-page')!;
    await fill(page, 'code', '111111');
    clickButton(page, 'Valider');
    await waitForText(app, 'Code incorrect. Il vous reste 4 essais.');
    await waitUntil(
      () => focused() === deepQuery(app, 'input[autocomplete="one-time-code"]'),
      'focus not on the code',
    );
    const input = deepQuery(app, 'input[autocomplete="one-time-code"]')!;
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    clickButton(page, 'Valider');
    await waitForText(app, 'Ce code a expiré. Demandez-en un nouveau.');
    await waitUntil(
      () => focused() === deepQuery(app, 'pa-alert.error'),
      'the error does not have the focus',
    );
    clickButton(page, 'Renvoyer le code');
    await waitForText(app, 'Un nouveau code vous a été envoyé.');
    expect(resends).to.deep.equal([{ body: { challenge: 'jeton-de-connexion' }, csrf: null }]);
    expect(deepText(app)).not.to.contain('Se souvenir de cet appareil');
    // Neutral (the same after a wrong password): no address, and what to do when no code comes.
    expect(deepText(app)).not.to.match(/@|•/, 'an address, even partly hidden');
    expect(deepText(app)).to.contain(
      "Pas de code après quelques minutes ? Regardez dans vos courriers indésirables, puis recommencez la connexion : l'identifiant ou le mot de passe était peut-être inexact.",
    );
    await expect(app).to.be.accessible();
    expect(location.pathname).to.equal('/gestion');
    clickButton(page, 'Recommencer la connexion');
    await waitForText(app, 'Connexion à la gestion');
    expect(deepQuery(page, 'pa-text-field[name="login"]')).to.exist;
    expect(deepQuery(page, 'pa-text-field[name="code"]')).to.equal(undefined);
    expect(deepText(app)).not.to.contain('Ce code a expiré.');
  });

  it('marks empty fields without calling the server', async () => {
    const posts = recordPosts('/api/gestion/auth/login', () => HttpResponse.json(managerSession()));
    worker.use(loggedOut);
    const app = await openApp('/gestion');
    await logInAs(app, '', '');
    await waitForText(app, 'Saisissez votre identifiant.');
    expect(deepText(app)).to.contain('Saisissez votre mot de passe.');
    expect(posts).to.deep.equal([]);
  });

  it('sends a visitor of a back-office page to the login, then back to that page', async () => {
    recordPosts('/api/gestion/auth/login', codeRequired);
    recordPosts('/api/gestion/auth/login/code', () => HttpResponse.json(managerSession()));
    worker.use(
      loggedOut,
      http.get('/api/gestion/messages', () =>
        HttpResponse.json({ items: [], page: 1, pageSize: 50, total: 0 }),
      ),
    );
    const app = await openApp('/gestion/messages?statut=failed');
    await waitUntil(() => location.pathname === '/gestion', `not sent to the login: ${here()}`);
    expect(location.search).to.equal('?retour=%2Fgestion%2Fmessages%3Fstatut%3Dfailed');
    await logInAs(app, 'cmartin', 'Secret123!');
    await enterCode(app, '123456');
    await waitUntil(() => here() === '/gestion/messages?statut=failed', `went to ${here()}`);
    await waitForText(app, 'Aucun message');
  });

  it('moves between pages with the menu, each with its title and the current entry marked', async () => {
    worker.use(
      loggedIn,
      queue,
      http.get('/api/gestion/journal', () =>
        HttpResponse.json({ items: [], page: 1, pageSize: 50, total: 0 }),
      ),
    );
    const app = await openApp('/gestion');
    await waitUntil(() => location.pathname === '/gestion/demandes', `still at ${here()}`);
    await waitUntil(() => app.querySelector('pa-menu'), 'no menu');
    const menuLinks = deepQueryAll<HTMLAnchorElement>(app.querySelector('pa-menu')!, 'a');
    const entries = menuLinks.map((a) => a.textContent?.trim());
    expect(entries).to.deep.equal([
      'Demandes',
      'Documents',
      'Paiements',
      'Employeurs',
      "Journal d'audit",
      'Messages envoyés',
    ]);
    menuLinks.find((a) => a.textContent?.includes('Journal'))!.click();
    await waitUntil(() => app.querySelector('bo-journal-page'), 'no journal');
    expect(location.pathname).to.equal('/gestion/journal');
    await waitForText(app, 'Aucune action enregistrée');
    expect(document.title).to.equal("Journal d'audit — Gestion — Portail Adhérent");
    expect(deepQuery(app, 'a[aria-current="page"]')?.textContent?.trim()).to.equal("Journal d'audit");
    expect(deepQuery(app.querySelector('bo-journal-page')!, 'h1')?.textContent).to.equal("Journal d'audit");
  });

  it('opens a request from the queue without reloading the page', async () => {
    worker.use(
      loggedIn,
      queue,
      http.get('/api/gestion/demandes/r1', () => problem(404, 'Demande introuvable.')),
    );
    const app = await openApp('/gestion/demandes');
    await waitUntil(() => deepQuery(app, 'tr[data-row-id="r1"] a'), 'no queue');
    deepQuery<HTMLAnchorElement>(app, 'tr[data-row-id="r1"] a')!.click();
    await waitUntil(() => app.querySelector('bo-request-page'), 'no detail');
    expect(location.pathname).to.equal('/gestion/demandes/r1');
    await waitForText(app, 'Demande introuvable.');
    expect(document.title).to.equal('Demande — Gestion — Portail Adhérent');
    expect(deepQuery(app, 'a[aria-current="page"]')?.textContent?.trim()).to.equal('Demandes');
  });

  it('logs out: the session ends on the server and the login page says so', async () => {
    worker.use(loggedIn, queue);
    const posts = recordPosts('/api/gestion/auth/logout', () => new HttpResponse(null, { status: 204 }));
    const app = await openApp('/gestion/demandes');
    await waitUntil(() => app.querySelector('bo-identity'), 'not logged in');
    clickButton(app.querySelector('bo-identity')!, 'Se déconnecter');
    await waitForText(app, 'Vous êtes déconnecté.');
    expect(posts.map((post) => post.csrf)).to.deep.equal([CSRF]);
    expect(location.pathname).to.equal('/gestion');
    expect(getManagerSession()).to.equal(null);
    expect(app.querySelector('bo-identity')).to.equal(null);
  });

  it('goes back to the login when the session has expired (401)', async () => {
    worker.use(
      loggedIn,
      http.get('/api/gestion/demandes', () => problem(401, 'Votre session a expiré.')),
    );
    const app = await openApp('/gestion/demandes?statut=all');
    await waitUntil(() => app.querySelector('bo-login-page'), `no login page at ${here()}`);
    await waitForText(app, 'Votre session a expiré. Veuillez vous reconnecter.');
    expect(here()).to.equal('/gestion?retour=%2Fgestion%2Fdemandes%3Fstatut%3Dall');
  });

  it('says "Page introuvable" for an unknown back-office page', async () => {
    worker.use(loggedIn);
    const app = await openApp('/gestion/inconnue');
    await waitForText(app, 'Page introuvable');
    expect(document.title).to.equal('Page introuvable — Gestion — Portail Adhérent');
    await expect(app).to.be.accessible();
  });
});
