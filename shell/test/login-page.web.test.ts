import './setup-elements.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SessionInfo } from '@portail/kernel/contract';
import { on, PORTAIL_EVENTS, setSession } from '@portail/runtime';
import { HttpResponse, http } from 'msw';
import type { PortailLoginPage } from '../src/pages/login-page.js';
import {
  clickButton,
  deepQuery,
  deepText,
  problem,
  session,
  startMsw,
  typeInto,
  waitForText,
  worker,
} from './helpers.js';

type Field = HTMLElement & { error: string };

describe('portail-login-page (A1)', () => {
  before(startMsw);
  afterEach(() => {
    worker.resetHandlers();
    setSession(null);
  });

  // From a remembered device (P8): elsewhere a wrong password gets the code step (code-step.web.test.ts).
  it('shows the generic error on bad credentials, without telling which field was wrong', async () => {
    worker.use(http.post('/api/auth/login', () => problem(401, 'Identifiant ou mot de passe incorrect.')));
    const page = await fixture<PortailLoginPage>(html`<portail-login-page></portail-login-page>`);
    typeInto(page.shadowRoot!, 'login', 'DUPONT42');
    typeInto(page.shadowRoot!, 'password', 'mauvais');
    clickButton(page.shadowRoot!, 'Valider');
    await waitUntil(() => page.shadowRoot!.querySelector('pa-alert[variant="error"]'), 'no error alert');
    expect(page.shadowRoot!.querySelector('pa-alert[variant="error"]')!.textContent).to.contain(
      'Identifiant ou mot de passe incorrect.',
    );
    for (const name of ['login', 'password']) {
      expect(deepQuery<Field>(page.shadowRoot!, `pa-text-field[name="${name}"]`)!.error).to.equal('');
    }
    await expect(page).to.be.accessible();
  });

  it('marks the fields the server (or the browser) found wrong', async () => {
    worker.use(
      http.post('/api/auth/login', () =>
        problem(400, 'Vérifiez les champs signalés.', {
          errors: [{ field: 'password', detail: 'Le mot de passe ne peut pas dépasser 128 caractères.' }],
        }),
      ),
    );
    const page = await fixture<PortailLoginPage>(html`<portail-login-page></portail-login-page>`);
    const field = (name: string) => deepQuery<Field>(page.shadowRoot!, `pa-text-field[name="${name}"]`)!;
    clickButton(page.shadowRoot!, 'Valider');
    await waitUntil(() => field('login').error !== '', 'empty fields not marked');
    expect(field('login').error).to.equal('Saisissez votre identifiant ou votre adresse e-mail.');
    expect(field('password').error).to.equal('Saisissez votre mot de passe.');
    typeInto(page.shadowRoot!, 'login', 'DUPONT42');
    typeInto(page.shadowRoot!, 'password', 'x'.repeat(129));
    clickButton(page.shadowRoot!, 'Valider');
    await waitUntil(() => field('password').error.includes('128'), 'server field error not marked');
    expect(field('login').error).to.equal('');
    await expect(page).to.be.accessible();
  });

  it('sends identifier and password, then publishes the session', async () => {
    let body: unknown;
    worker.use(
      http.post('/api/auth/login', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(session());
      }),
    );
    const changes: (SessionInfo | null)[] = [];
    const stop = on(PORTAIL_EVENTS.sessionChanged, (detail) => changes.push(detail));
    const page = await fixture<PortailLoginPage>(html`<portail-login-page></portail-login-page>`);
    typeInto(page.shadowRoot!, 'login', ' marie@example.fr ');
    typeInto(page.shadowRoot!, 'password', 'Secret123');
    clickButton(page.shadowRoot!, 'Valider');
    await waitUntil(() => changes.length > 0, 'no session published');
    stop();
    expect(body).to.deep.equal({ login: 'marie@example.fr', password: 'Secret123' });
    expect(changes[0]?.member.identifier).to.equal('DUPONT42');
  });

  it('shows why the member is back on the page and links to "Besoin d\'aide"', async () => {
    const page = await fixture<PortailLoginPage>(
      html`<portail-login-page
        .notice=${{ message: 'Votre session a expiré. Veuillez vous reconnecter.', variant: 'warning' }}
      ></portail-login-page>`,
    );
    await waitForText(page, 'Votre session a expiré. Veuillez vous reconnecter.');
    expect(page.shadowRoot!.querySelector('a[href="/aide"]')?.textContent).to.equal("Besoin d'aide");
    expect(deepText(page)).to.contain('Identifiant ou e-mail');
    await expect(page).to.be.accessible();
  });

  it('offers prospective members the Espace Adhésion (B4), beside the login form', async () => {
    const page = await fixture<PortailLoginPage>(html`<portail-login-page></portail-login-page>`);
    const block = page.shadowRoot!.querySelector('section.prospect')!;
    expect(block.querySelector('h2')?.textContent).to.equal("Vous n'êtes pas encore adhérent ?");
    expect(block.querySelector('a')?.getAttribute('href')).to.equal('/espace-adhesion');
    expect(block.querySelector('a')?.textContent).to.equal('Espace Adhésion');
    await expect(page).to.be.accessible();
  });
});
