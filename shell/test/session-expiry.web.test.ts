import './setup-elements.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setSession } from '@portail/runtime';
import type { PaTextField } from '@portail/shared-design';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { focused } from '../../shared-design/test/section-helpers.js';
import type { PortailApp } from '../src/app/portail-app.js';
import { formatTimeLeft } from '../src/session-warning/session-warning.js';
import {
  clickButton,
  deepQuery,
  deepText,
  goTo,
  memberRoutes,
  menu,
  restoreUrl,
  session,
  startMsw,
  typeInto,
  waitForText,
  worker,
} from './helpers.js';

/** A short idle limit: the warning comes a third of it before (1.33 s), after 2.67 s. */
const IDLE_SECONDS = 4;
/**
 * The limit of a test that scans the open warning with axe: on a loaded machine the scan takes more
 * than the 1.33 s the short limit leaves, and the session would end under the test's feet.
 */
const SCANNED_IDLE_SECONDS = 12;
const DRAFTS_KEY = 'portail:form-drafts';

/** The server's idle clock of the member's session: every call restarts it, `/idle` reads it. */
function fakeServer(idleSeconds = IDLE_SECONDS) {
  const server = { lastSeen: Date.now(), keepalives: [] as (string | null)[], idleChecks: 0 };
  const seen = <T>(answer: T): T => {
    server.lastSeen = Date.now();
    return answer;
  };
  const left = () => Math.max(0, server.lastSeen + idleSeconds * 1000 - Date.now()) / 1000;
  worker.use(
    http.get('/api/auth/session/status', () =>
      seen(HttpResponse.json(session({ idleTimeoutSeconds: idleSeconds }))),
    ),
    http.get('/api/menu', () => seen(HttpResponse.json(menu()))),
    http.get('/api/auth/session/idle', () => {
      server.idleChecks++;
      return HttpResponse.json({ idleRemainingSeconds: left() });
    }),
    http.post('/api/auth/session/keepalive', ({ request }) => {
      server.keepalives.push(request.headers.get('X-CSRF-Token'));
      return seen(HttpResponse.json({ idleRemainingSeconds: idleSeconds }));
    }),
    http.post('/api/auth/logout', () => new HttpResponse(null, { status: 204 })),
  );
  return server;
}

async function openApp(path: string): Promise<PortailApp> {
  goTo(path);
  const app = await fixture<PortailApp>(html`<portail-app></portail-app>`);
  await waitUntil(() => app.querySelector('pa-menu'), 'no menu');
  return app;
}

function warningDialog(app: PortailApp): HTMLDialogElement | null {
  const confirm = app
    .querySelector('portail-session-warning')
    ?.shadowRoot?.querySelector('pa-confirm-dialog');
  return confirm?.shadowRoot?.querySelector('dialog') ?? null;
}

async function waitForWarning(app: PortailApp, timeout = 6000): Promise<HTMLDialogElement> {
  await waitUntil(() => warningDialog(app)?.open, 'no warning', { timeout });
  return warningDialog(app)!;
}

/** The text of the pa-button (or other element) that has the focus. */
function focusedText(): string {
  const active = focused();
  const root = active?.getRootNode();
  const host = root instanceof ShadowRoot && root.host.localName === 'pa-button' ? root.host : active;
  return (host?.textContent ?? '').trim();
}

describe('A8 session expiry warning', () => {
  before(startMsw);
  beforeEach(() => {
    sessionStorage.removeItem(DRAFTS_KEY);
    worker.use(...memberRoutes());
  });
  afterEach(() => {
    worker.resetHandlers();
    setSession(null);
    restoreUrl();
  });

  it('warns before the idle limit, focus on « Rester connecté », which restarts the server’s clock', async () => {
    const server = fakeServer(SCANNED_IDLE_SECONDS);
    const app = await openApp('/adhesion/contrat');
    const opener = app.querySelector('pa-menu')!;
    const link = deepQuery<HTMLAnchorElement>(opener, 'a')!;
    link.focus();
    const started = Date.now();
    const dialog = await waitForWarning(app, 15000);
    // Not before the limit minus a third of it (the real one: 2 minutes before 30).
    expect(Date.now() - started).to.be.greaterThan(7000);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('heading');
    const root = dialog.getRootNode() as ShadowRoot;
    expect(root.getElementById('heading')!.textContent).to.equal('Votre session va expirer');
    expect(dialog.getAttribute('aria-describedby')).to.equal('message');
    expect(deepText(root.getElementById('message')!)).to.match(
      /Sans action de votre part, votre session se terminera dans \d s\./,
    );
    // The countdown is no live region: it is read with the dialog, once.
    expect(dialog.querySelector('[aria-live], [role=status], [role=alert]')).to.equal(null);
    await waitUntil(() => focusedText() === 'Rester connecté', `focus on « ${focusedText()} »`);
    await expect(app).to.be.accessible();

    clickButton(root, 'Rester connecté');
    await waitUntil(() => server.keepalives.length === 1, 'no keepalive');
    expect(server.keepalives).to.deep.equal(['csrf-123']);
    await waitUntil(() => !warningDialog(app)?.open, 'warning still open');
    // The focus goes back where it was.
    await waitUntil(() => focused() === link, `focus on <${focused()?.localName}>`);
    expect(location.pathname).to.equal('/adhesion/contrat');
  });

  it('Escape means « Rester connecté »; « Se déconnecter » logs out', async () => {
    const server = fakeServer();
    const app = await openApp('/adhesion/contrat');
    await waitForWarning(app);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => server.keepalives.length === 1, 'Escape did not keep the session');
    await waitUntil(() => !warningDialog(app)?.open, 'warning still open');

    const dialog = await waitForWarning(app);
    clickButton(dialog.getRootNode() as ShadowRoot, 'Se déconnecter');
    await waitForText(app, 'Vous êtes déconnecté.');
    expect(location.pathname).to.equal('/connexion');
    expect(server.keepalives.length).to.equal(1);
  });

  it('ends the session at the limit when nobody answers; what was typed is kept, never a password', async () => {
    fakeServer();
    const form = await fixture<HTMLFormElement>(html`<form>
      <pa-text-field name="message" label="Message"></pa-text-field>
      <pa-text-field name="password" type="password" label="Mot de passe"></pa-text-field>
    </form>`);
    const app = await openApp('/adhesion/contrat');
    typeInto(form, 'message', 'Bonjour, je voudrais…');
    typeInto(form, 'password', 'Secret123');
    await waitForWarning(app);
    await waitForText(app, 'Votre session a expiré. Veuillez vous reconnecter.');
    expect(location.pathname + location.search).to.equal('/connexion?retour=%2Fadhesion%2Fcontrat');
    expect(warningDialog(app)?.open).to.equal(false);
    const stored = JSON.parse(sessionStorage.getItem(DRAFTS_KEY) ?? 'null');
    expect(stored).to.deep.equal({
      memberId: 'm1',
      pages: { '/adhesion/contrat': { 'document#0 message': 'Bonjour, je voudrais…' } },
    });

    // Another member logs in in this tab: the drafts are deleted, nothing comes back.
    worker.use(
      http.post('/api/auth/login', () =>
        HttpResponse.json(session({ member: { ...session().member, id: 'm2', identifier: 'MARTIN7' } })),
      ),
    );
    const field = form.querySelector<PaTextField>('pa-text-field')!;
    field.value = '';
    form.remove();
    const login = app.querySelector('portail-login-page')!.shadowRoot!;
    typeInto(login, 'login', 'MARTIN7');
    typeInto(login, 'password', 'Secret123');
    clickButton(login, 'Valider');
    await waitUntil(() => location.pathname === '/adhesion/contrat', `at ${location.pathname}`);
    expect(sessionStorage.getItem(DRAFTS_KEY)).to.equal(null);
  });

  it('does not warn while another tab keeps the session alive; a keepalive there closes the warning here', async () => {
    const server = fakeServer();
    const app = await openApp('/adhesion/contrat');
    // Another tab calls the API: the server's clock moves, not this page's.
    const otherTab = setInterval(() => {
      server.lastSeen = Date.now();
    }, 300);
    try {
      await new Promise((done) => setTimeout(done, 4500));
      expect(server.idleChecks).to.be.greaterThan(0);
      expect(warningDialog(app)?.open ?? false).to.equal(false);
      expect(location.pathname).to.equal('/adhesion/contrat');
    } finally {
      clearInterval(otherTab);
    }
    await waitForWarning(app);
    const channel = new BroadcastChannel('portail:session');
    server.lastSeen = Date.now();
    channel.postMessage({ deadline: Date.now() + IDLE_SECONDS * 1000 });
    channel.close();
    await waitUntil(() => !warningDialog(app)?.open, 'the warning stayed open');
    expect(server.keepalives).to.deep.equal([]);
  });

  it('typing counts as activity: past half the limit it keeps the session alive, without hammering', async () => {
    const server = fakeServer();
    const form = await fixture<HTMLFormElement>(
      html`<form><pa-text-field name="message" label="Message"></pa-text-field></form>`,
    );
    const app = await openApp('/adhesion/contrat');
    let text = '';
    // A member typing a letter every 200 ms, 6 seconds long: past the limit, never warned.
    for (let i = 0; i < 30; i++) {
      text += 'a';
      typeInto(form, 'message', text);
      const input = form.querySelector('pa-text-field')!.shadowRoot!.querySelector('input')!;
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
      await new Promise((done) => setTimeout(done, 200));
      expect(warningDialog(app)?.open ?? false, `warned after ${i * 200} ms of typing`).to.equal(false);
    }
    expect(location.pathname).to.equal('/adhesion/contrat');
    // Once every half limit at most (2 s here; once a minute at most with the real one).
    expect(server.keepalives.length).to.be.within(2, 4);
  });

  it('says the time left in minutes and seconds', () => {
    expect(formatTimeLeft(120)).to.equal('2 min');
    expect(formatTimeLeft(105)).to.equal('1 min 45 s');
    expect(formatTimeLeft(9)).to.equal('9 s');
  });
});
