import './setup-elements.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  WIDGET_CONSENT_REFUSED,
  WIDGET_CONSENT_REQUIRED,
  WIDGET_ORIGIN_REFUSED,
} from '@portail/kernel/contract';
import { setSession } from '@portail/runtime';
import { HttpResponse, http } from 'msw';
import type { PortailApp } from '../src/app/portail-app.js';
import {
  type PortailWidgetLoginPage,
  WIDGET_BAD_ADDRESS,
  WIDGET_NO_OPENER,
} from '../src/pages/widget-login-page.js';
import {
  clickButton,
  deepQuery,
  deepText,
  goTo,
  loggedOut,
  memberRoutes,
  problem,
  restoreUrl,
  session,
  startMsw,
  typeInto,
  waitForText,
  worker,
} from './helpers.js';

const INTRANET = 'https://intranet.example';
const TOKEN = { token: 'jeton-1', expiresAt: '2026-06-01T10:15:00.000Z' };

/** Stands in for the widget's window (`window.opener`) and records what is posted to it. */
function fakeOpener() {
  const posted: { message: unknown; target: string }[] = [];
  const opener = {
    closed: false,
    postMessage: (message: unknown, target: string) => posted.push({ message, target }),
  };
  Object.defineProperty(window, 'opener', { value: opener, configurable: true, writable: true });
  return posted;
}

describe('portail-widget-login-page (W2 popup)', () => {
  let closes = 0;
  const close = window.close;
  before(startMsw);
  beforeEach(() => {
    closes = 0;
    window.close = () => {
      closes += 1;
    };
    goTo(`/widgets/connexion?origin=${encodeURIComponent(INTRANET)}`);
  });
  afterEach(() => {
    window.close = close;
    Object.defineProperty(window, 'opener', { value: null, configurable: true, writable: true });
    worker.resetHandlers();
    setSession(null);
    restoreUrl();
  });

  it('asks a token for the origin and hands it to the opener on that exact origin only, then closes', async () => {
    const posted = fakeOpener();
    let body: unknown;
    worker.use(
      http.post('/api/widgets/jeton', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(TOKEN, { status: 201 });
      }),
    );
    await fixture(html`<portail-widget-login-page .session=${session()}></portail-widget-login-page>`);
    await waitUntil(() => closes === 1, 'the popup did not close');
    expect(body).to.deep.equal({ origin: INTRANET });
    expect(posted).to.deep.equal([{ message: { type: 'portail:jeton', ...TOKEN }, target: INTRANET }]);
  });

  it('the first time, asks the member to authorise the site; « Autoriser » records it, then the token goes', async () => {
    const posted = fakeOpener();
    const question = `Autoriser ${INTRANET} à afficher vos documents clés et vos remboursements santé ?`;
    let authorised: unknown;
    worker.use(
      http.post('/api/widgets/jeton', () =>
        authorised
          ? HttpResponse.json(TOKEN, { status: 201 })
          : problem(403, question, { code: WIDGET_CONSENT_REQUIRED }),
      ),
      http.post('/api/widgets/autorisations', async ({ request }) => {
        authorised = await request.json();
        return HttpResponse.json({ origin: INTRANET }, { status: 201 });
      }),
    );
    const el = await fixture(
      html`<portail-widget-login-page .session=${session()}></portail-widget-login-page>`,
    );
    await waitForText(el, question);
    expect(deepText(el)).to.include('Intranets autorisés');
    expect(posted).to.deep.equal([], 'nothing handed over before the answer');
    await expect(el).to.be.accessible();
    clickButton(el.shadowRoot!, 'Autoriser');
    await waitUntil(() => closes === 1, 'the popup did not close');
    expect(authorised).to.deep.equal({ origin: INTRANET });
    expect(posted).to.deep.equal([{ message: { type: 'portail:jeton', ...TOKEN }, target: INTRANET }]);
  });

  it('« Refuser » hands a refusal over and asks nothing of the portal', async () => {
    const posted = fakeOpener();
    let asked = 0;
    worker.use(
      http.post('/api/widgets/jeton', () =>
        problem(403, `Autoriser ${INTRANET} à afficher vos documents clés ?`, {
          code: WIDGET_CONSENT_REQUIRED,
        }),
      ),
      http.post('/api/widgets/autorisations', () => {
        asked += 1;
        return HttpResponse.json({}, { status: 201 });
      }),
    );
    const el = await fixture(
      html`<portail-widget-login-page .session=${session()}></portail-widget-login-page>`,
    );
    await waitForText(el, 'Autoriser');
    clickButton(el.shadowRoot!, 'Refuser');
    await waitForText(el, WIDGET_CONSENT_REFUSED);
    expect(asked).to.equal(0);
    expect(posted).to.deep.equal([
      { message: { type: 'portail:refus', detail: WIDGET_CONSENT_REFUSED }, target: INTRANET },
    ]);
  });

  it('says why the site is refused, hands the refusal over, and offers « Fermer »', async () => {
    const posted = fakeOpener();
    worker.use(
      http.post('/api/widgets/jeton', () =>
        problem(403, WIDGET_ORIGIN_REFUSED, { code: 'origin-not-allowed' }),
      ),
    );
    const page = await fixture<PortailWidgetLoginPage>(
      html`<portail-widget-login-page .session=${session()}></portail-widget-login-page>`,
    );
    await waitForText(page, WIDGET_ORIGIN_REFUSED);
    expect(posted).to.deep.equal([
      { message: { type: 'portail:refus', detail: WIDGET_ORIGIN_REFUSED }, target: INTRANET },
    ]);
    expect(closes).to.equal(0);
    await expect(page).to.be.accessible();
    clickButton(page.shadowRoot!, 'Fermer');
    expect(closes).to.equal(1);
  });

  it('asks nothing without a valid origin, or without the widget’s window', async () => {
    let asked = 0;
    worker.use(
      http.post('/api/widgets/jeton', () => {
        asked += 1;
        return HttpResponse.json(TOKEN, { status: 201 });
      }),
    );
    goTo('/widgets/connexion?origin=https%3A%2F%2Fintranet.example%2Fpage');
    fakeOpener();
    const bad = await fixture(
      html`<portail-widget-login-page .session=${session()}></portail-widget-login-page>`,
    );
    await waitForText(bad, WIDGET_BAD_ADDRESS);
    goTo(`/widgets/connexion?origin=${encodeURIComponent(INTRANET)}`);
    Object.defineProperty(window, 'opener', { value: null, configurable: true, writable: true });
    const alone = await fixture(
      html`<portail-widget-login-page .session=${session()}></portail-widget-login-page>`,
    );
    await waitForText(alone, WIDGET_NO_OPENER);
    expect(asked).to.equal(0);
  });

  it('in the portal: login, then the CGU, then the token, without the menu', async () => {
    const posted = fakeOpener();
    let current = session({ cguRequired: true });
    worker.use(
      loggedOut,
      http.post('/api/auth/login', () => HttpResponse.json(current)),
      http.post('/api/cgu/accept', () => {
        current = session();
        return HttpResponse.json(current);
      }),
      http.post('/api/widgets/jeton', () => HttpResponse.json(TOKEN, { status: 201 })),
      ...memberRoutes(),
    );
    const app = await fixture<PortailApp>(html`<portail-app></portail-app>`);
    await waitUntil(() => deepQuery(app, 'portail-login-page'), 'no login page');
    expect(document.title).to.equal('Connexion au Portail Adhérent – Portail Adhérent');
    expect(deepText(app)).to.include(`Le site ${INTRANET} demande à afficher vos informations`);
    await expect(app).to.be.accessible();
    const login = deepQuery(app, 'portail-login-page')!.shadowRoot!;
    typeInto(login, 'login', 'DUPONT42');
    typeInto(login, 'password', 'Secret123');
    clickButton(login, 'Valider');
    await waitUntil(() => deepQuery(app, 'portail-cgu-gate-page'), 'no CGU');
    const cgu = deepQuery(app, 'portail-cgu-gate-page')!;
    await waitForText(cgu, 'Fonctionnalités');
    clickButton(cgu.shadowRoot!, 'Valider');
    await waitUntil(() => closes === 1, 'the popup did not close');
    expect(posted.map((p) => p.target)).to.deep.equal([INTRANET]);
    expect(location.pathname).to.equal('/widgets/connexion');
    expect(app.querySelector('pa-menu')).to.equal(null);
  });
});
