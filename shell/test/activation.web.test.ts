import './setup-elements.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SessionInfo } from '@portail/kernel/contract';
import { getSession, setSession } from '@portail/runtime';
import type { PaRobotCheck } from '@portail/shared-design/forms';
import { HttpResponse, http } from 'msw';
import { FAKE_PAYLOAD, fakeAltchaOf, useFakeAltcha } from '../../shared-design/test/fake-altcha.js';
import type { PortailApp } from '../src/app/portail-app.js';
import { ACTIVATION_LINK_INVALID } from '../src/pages/activation-page.js';
import { ACTIVATION_CHALLENGE_URL, ACTIVATION_REQUESTED } from '../src/pages/activation-request-page.js';
import { IDENTIFIER_SENT } from '../src/pages/identifier-reminder-page.js';
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

type Field = HTMLElement & { error: string; required: boolean };

const ROBOT_REFUSED =
  'La vérification « Je ne suis pas un robot » a échoué ou a expiré : cochez à nouveau la case.';
const TOO_MANY = 'Trop de demandes depuis votre connexion. Réessayez dans 15 minutes.';
const GONE =
  "Ce lien d'activation n'est plus valable : il a expiré ou a déjà été utilisé. Demandez un nouveau lien depuis « Créer mon espace ».";

const here = () => location.pathname + location.search;

function field(root: ParentNode, name: string): Field {
  const found = deepQuery<Field>(root, `pa-text-field[name="${name}"]`);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

/** The visible label of a field, asterisk included. */
function labelOf(root: ParentNode, name: string): string {
  return (field(root, name).shadowRoot?.querySelector('label')?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text the field's input is described by (its error, and its hint if any). */
function describedText(root: ParentNode, name: string): string {
  const shadow = field(root, name).shadowRoot!;
  const ids = shadow.querySelector('input')?.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => shadow.getElementById(id)?.textContent ?? '').join(' ');
}

/** The element holding the focus, through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function robotOf(page: HTMLElement): PaRobotCheck {
  const robot = page.shadowRoot!.querySelector('pa-robot-check');
  if (!robot) throw new Error('no robot check');
  return robot;
}

async function fillActivationRequest(page: HTMLElement): Promise<void> {
  const root = page.shadowRoot!;
  typeInto(root, 'membershipNumber', ' 0613388 ');
  typeInto(root, 'birthDate', '1986-04-09');
  typeInto(root, 'email', 'thomas.moreau@example.fr');
  (await fakeAltchaOf(robotOf(page))).tick();
}

describe('"Créer mon espace" (A9)', () => {
  before(async () => {
    useFakeAltcha();
    await startMsw();
  });
  afterEach(() => {
    worker.resetHandlers();
    setSession(null);
    restoreUrl();
  });

  it('asks for the membership number, birth date, e-mail and the robot check, accessible', async () => {
    const page = await fixture<HTMLElement>(
      html`<portail-activation-request-page></portail-activation-request-page>`,
    );
    const root = page.shadowRoot!;
    expect(deepQuery(root, 'h1')?.textContent).to.equal('Créer mon espace');
    expect(labelOf(root, 'membershipNumber')).to.equal("Numéro d'adhésion *");
    expect(labelOf(root, 'birthDate')).to.equal('Date de naissance *');
    expect(labelOf(root, 'email')).to.equal('Adresse e-mail *');
    expect(field(root, 'birthDate').shadowRoot!.querySelector('input')!.type).to.equal('date');
    expect(field(root, 'email').shadowRoot!.querySelector('input')!.type).to.equal('email');
    for (const name of ['membershipNumber', 'birthDate', 'email'])
      expect(field(root, name).required).to.equal(true);
    const widget = await fakeAltchaOf(robotOf(page));
    expect(robotOf(page).challengeUrl).to.equal(ACTIVATION_CHALLENGE_URL);
    expect(deepText(widget)).to.contain('Je ne suis pas un robot');
    expect(deepText(page)).to.contain("Les champs marqués d'un astérisque (*) sont obligatoires.");
    await expect(page).to.be.accessible();
  });

  it('marks what is missing before calling the server', async () => {
    let posts = 0;
    worker.use(
      http.post('/api/auth/activation/request', () => {
        posts++;
        return HttpResponse.json({ message: ACTIVATION_REQUESTED }, { status: 202 });
      }),
    );
    const page = await fixture<HTMLElement>(
      html`<portail-activation-request-page></portail-activation-request-page>`,
    );
    const root = page.shadowRoot!;
    await fakeAltchaOf(robotOf(page));
    clickButton(root, 'Valider');
    await waitUntil(() => field(root, 'membershipNumber').error, 'nothing marked');
    expect(field(root, 'membershipNumber').error).to.equal("Saisissez votre numéro d'adhésion.");
    expect(field(root, 'birthDate').error).to.equal('Saisissez votre date de naissance.');
    expect(field(root, 'email').error).to.equal('Saisissez votre adresse e-mail.');
    expect(robotOf(page).error).to.equal('Cochez la case « Je ne suis pas un robot ».');
    await waitUntil(
      () => field(root, 'membershipNumber').shadowRoot!.activeElement,
      'focus not on the first field',
    );

    typeInto(root, 'membershipNumber', '0613388');
    typeInto(root, 'birthDate', '1986-04-09');
    typeInto(root, 'email', 'thomas.moreau@example.fr');
    clickButton(root, 'Valider');
    await waitUntil(() => field(root, 'email').error === '', 'e-mail still marked');
    await waitUntil(
      () => focused()?.localName === 'input' && focused()?.closest('altcha-widget'),
      'focus not on the check',
    );
    expect(posts).to.equal(0);
    await expect(page).to.be.accessible();
  });

  it('sends the form with the robot payload and shows the neutral message only', async () => {
    let body: unknown;
    let csrf: string | null = 'unset';
    worker.use(
      http.post('/api/auth/activation/request', async ({ request }) => {
        body = await request.json();
        csrf = request.headers.get('X-CSRF-Token');
        return HttpResponse.json({ message: ACTIVATION_REQUESTED }, { status: 202 });
      }),
    );
    const page = await fixture<HTMLElement>(
      html`<portail-activation-request-page></portail-activation-request-page>`,
    );
    await fillActivationRequest(page);
    clickButton(page.shadowRoot!, 'Valider');
    await waitForText(page, ACTIVATION_REQUESTED);
    expect(body).to.deep.equal({
      membershipNumber: '0613388',
      birthDate: '1986-04-09',
      email: 'thomas.moreau@example.fr',
      altcha: FAKE_PAYLOAD,
    });
    expect(csrf).to.equal(null);
    const root = page.shadowRoot!;
    expect(root.querySelector('pa-alert[variant="success"]')).to.exist;
    expect(root.querySelector('form')).to.equal(null);
    expect(root.querySelectorAll('pa-alert').length).to.equal(1);
    expect(focused()).to.equal(root.querySelector('.answer'));
    await expect(page).to.be.accessible();
  });

  it('marks the fields of a 400 (tied by aria-describedby) and asks for a new robot check', async () => {
    const invalidEmail = 'Adresse e-mail invalide (exemple : prenom.nom@exemple.fr).';
    const invalidDate = "Cette date n'existe pas.";
    worker.use(
      http.post('/api/auth/activation/request', () =>
        problem(400, 'Vérifiez les champs signalés.', {
          errors: [
            { field: 'birthDate', detail: invalidDate },
            { field: 'email', detail: invalidEmail },
          ],
        }),
      ),
    );
    const page = await fixture<HTMLElement>(
      html`<portail-activation-request-page></portail-activation-request-page>`,
    );
    const root = page.shadowRoot!;
    await fillActivationRequest(page);
    clickButton(root, 'Valider');
    await waitUntil(() => field(root, 'email').error, 'e-mail not marked');
    expect(describedText(root, 'email')).to.equal(invalidEmail);
    expect(describedText(root, 'birthDate')).to.equal(invalidDate);
    expect(field(root, 'membershipNumber').error).to.equal('');
    expect(robotOf(page).payload).to.equal(null);
    const widget = await fakeAltchaOf(robotOf(page));
    expect(widget.resets).to.equal(1);
    expect(widget.checked).to.equal(false);
    await waitUntil(() => field(root, 'birthDate').shadowRoot!.activeElement, 'focus not on the birth date');
    await expect(page).to.be.accessible();

    // The used payload is gone: no second try without a new tick.
    clickButton(root, 'Valider');
    await waitUntil(() => robotOf(page).error, 'robot check not asked again');
  });

  it('shows a refused robot check (403 captcha) at the check itself, tied to its box', async () => {
    worker.use(
      http.post('/api/auth/activation/request', () =>
        problem(403, ROBOT_REFUSED, {
          code: 'captcha',
          errors: [{ field: 'altcha', detail: ROBOT_REFUSED }],
        }),
      ),
    );
    const page = await fixture<HTMLElement>(
      html`<portail-activation-request-page></portail-activation-request-page>`,
    );
    await fillActivationRequest(page);
    clickButton(page.shadowRoot!, 'Valider');
    await waitUntil(() => robotOf(page).error, 'robot check not marked');
    expect(robotOf(page).error).to.equal(ROBOT_REFUSED);
    const widget = await fakeAltchaOf(robotOf(page));
    const box = widget.querySelector('input')!;
    expect(
      robotOf(page).shadowRoot!.getElementById(box.getAttribute('aria-describedby')!)?.textContent,
    ).to.equal(ROBOT_REFUSED);
    expect(widget.resets).to.equal(1);
    await waitUntil(() => focused() === box, 'focus not on the check');
    expect(field(page.shadowRoot!, 'email').error).to.equal('');
    await expect(page).to.be.accessible();
  });

  it('shows the rate-limit message (429)', async () => {
    worker.use(
      http.post('/api/auth/activation/request', () => problem(429, TOO_MANY, { code: 'rate-limited' })),
    );
    const page = await fixture<HTMLElement>(
      html`<portail-activation-request-page></portail-activation-request-page>`,
    );
    await fillActivationRequest(page);
    clickButton(page.shadowRoot!, 'Valider');
    await waitForText(page, TOO_MANY);
    expect(page.shadowRoot!.querySelector('pa-alert[variant="error"]')).to.exist;
    expect((await fakeAltchaOf(robotOf(page))).resets).to.equal(1);
    await expect(page).to.be.accessible();
  });
});

describe('"Activer mon espace" (A9, A7)', () => {
  before(startMsw);
  afterEach(() => {
    worker.resetHandlers();
    setSession(null);
    restoreUrl();
  });

  it('shows the password rule live, like the reset page', async () => {
    goTo('/activation?jeton=abc');
    const page = await fixture<HTMLElement>(html`<portail-activation-page></portail-activation-page>`);
    const root = page.shadowRoot!;
    expect(deepQuery(root, 'h1')?.textContent).to.equal('Activer mon espace');
    expect(labelOf(root, 'password')).to.equal('Nouveau mot de passe *');
    expect(labelOf(root, 'confirmation')).to.equal('Confirmation du mot de passe *');
    const rules = () => root.querySelector('pa-password-rules')!;
    expect(rules().checks.every((check) => !check.met)).to.equal(true);
    typeInto(root, 'password', 'Abcdefg1');
    await waitUntil(() => rules().checks.every((check) => check.met), 'rules not all met');
    await expect(page).to.be.accessible();
  });

  it('blocks a weak password, then marks the server field errors', async () => {
    goTo('/activation?jeton=abc');
    worker.use(
      http.post('/api/auth/activation/confirm', () =>
        problem(400, 'Vérifiez les champs signalés.', {
          errors: [{ field: 'confirmation', detail: 'Resaisissez ce mot de passe.' }],
        }),
      ),
    );
    const page = await fixture<HTMLElement>(html`<portail-activation-page></portail-activation-page>`);
    const root = page.shadowRoot!;
    typeInto(root, 'password', 'abc');
    clickButton(root, 'Valider');
    await waitUntil(() => field(root, 'password').error, 'weak password not marked');
    expect(field(root, 'password').error).to.contain('Mot de passe trop faible.');
    expect(describedText(root, 'password')).to.contain('Mot de passe trop faible.');
    typeInto(root, 'password', 'Abcdefg1');
    typeInto(root, 'confirmation', 'Abcdefg1');
    clickButton(root, 'Valider');
    await waitUntil(() => field(root, 'confirmation').error, 'server error not marked');
    expect(describedText(root, 'confirmation')).to.equal('Resaisissez ce mot de passe.');
    expect(field(root, 'password').error).to.equal('');
    await expect(page).to.be.accessible();
  });

  it('explains an expired, used or forged link (410) with a link to ask for a new one', async () => {
    goTo('/activation?jeton=used');
    let body: unknown;
    worker.use(
      http.post('/api/auth/activation/confirm', async ({ request }) => {
        body = await request.json();
        return problem(410, GONE, { code: 'activation-token-invalid' });
      }),
    );
    const page = await fixture<HTMLElement>(html`<portail-activation-page></portail-activation-page>`);
    const root = page.shadowRoot!;
    typeInto(root, 'password', 'Abcdefg1');
    typeInto(root, 'confirmation', 'Abcdefg1');
    clickButton(root, 'Valider');
    await waitForText(page, GONE);
    expect(body).to.deep.equal({ token: 'used', password: 'Abcdefg1', confirmation: 'Abcdefg1' });
    expect(root.querySelector('pa-alert[variant="error"]')).to.exist;
    expect(root.querySelector('form')).to.equal(null);
    expect(root.querySelector('a[href="/creer-mon-espace"]')?.textContent).to.equal('Créer mon espace');
    expect(getSession()).to.equal(null);
    await expect(page).to.be.accessible();
  });

  it('says the same without a token, and offers a new link', async () => {
    goTo('/activation');
    const page = await fixture<HTMLElement>(html`<portail-activation-page></portail-activation-page>`);
    await waitForText(page, ACTIVATION_LINK_INVALID);
    expect(page.shadowRoot!.querySelector('a[href="/creer-mon-espace"]')).to.exist;
    await expect(page).to.be.accessible();
  });

  it('logs the member in and takes them to the CGU gate, then to the menu', async () => {
    const activated: SessionInfo = session({ cguRequired: true });
    let accepted = false;
    worker.use(
      loggedOut,
      ...memberRoutes(),
      http.post('/api/auth/activation/confirm', () => HttpResponse.json(activated)),
      http.post('/api/cgu/accept', () => {
        accepted = true;
        return HttpResponse.json(session());
      }),
    );
    goTo('/activation?jeton=good');
    const app = await fixture<PortailApp>(html`<portail-app></portail-app>`);
    await waitUntil(() => app.querySelector('portail-activation-page'), 'no activation page');
    const page = app.querySelector('portail-activation-page')!;
    await waitUntil(() => document.title === 'Activer mon espace – Portail Adhérent', document.title);
    await waitUntil(() => focused()?.localName === 'h1', 'focus not on the title');
    expect(focused()?.textContent).to.equal('Activer mon espace');
    await expect(app).to.be.accessible();

    typeInto(page.shadowRoot!, 'password', 'Abcdefg1');
    typeInto(page.shadowRoot!, 'confirmation', 'Abcdefg1');
    clickButton(page.shadowRoot!, 'Valider');
    await waitUntil(() => location.pathname === '/cgu', `not at the CGU gate: ${here()}`);
    expect(getSession()).to.deep.equal(activated);
    await waitUntil(() => app.querySelector('portail-cgu-gate-page'), 'no CGU gate');
    await waitForText(app, '1- Fonctionnalités');
    expect(app.querySelector('pa-menu')).to.equal(null);
    clickButton(app.querySelector('portail-cgu-gate-page')!.shadowRoot!, 'Valider');
    await waitUntil(() => app.querySelector('pa-menu'), 'no menu after the CGU');
    expect(accepted).to.equal(true);
  });
});

describe('"Activer mon espace avec un code" (A9 by post)', () => {
  before(startMsw);
  afterEach(() => {
    worker.resetHandlers();
    setSession(null);
    restoreUrl();
  });

  it('asks for the membership number, birth date, code, e-mail and password, each required, accessible', async () => {
    const page = await fixture<HTMLElement>(
      html`<portail-activation-by-post-page></portail-activation-by-post-page>`,
    );
    const root = page.shadowRoot!;
    expect(deepQuery(root, 'h1')?.textContent).to.equal('Activer mon espace avec un code');
    for (const [name, label] of [
      ['membershipNumber', "Numéro d'adhésion *"],
      ['birthDate', 'Date de naissance *'],
      ['code', "Code d'activation *"],
      ['email', 'Adresse e-mail *'],
      ['password', 'Nouveau mot de passe *'],
    ]) {
      expect(labelOf(root, name as string)).to.equal(label);
    }
    clickButton(root, 'Activer mon espace');
    await waitUntil(() => field(root, 'code').error, 'missing code not marked');
    expect(field(root, 'membershipNumber').error).to.equal("Saisissez votre numéro d'adhésion.");
    expect(describedText(root, 'code')).to.contain("Saisissez le code d'activation reçu par courrier.");
    await expect(page).to.be.accessible();
  });

  it('sends the code with the rest, shows a refusal at the code, then logs the member in to the CGU', async () => {
    const bodies: unknown[] = [];
    const refusal =
      "Ce code d'activation n'est pas valable pour ces informations : vérifiez-les, ou demandez un nouveau code depuis « Créer mon espace ».";
    const activated: SessionInfo = session({ cguRequired: true });
    worker.use(
      http.post('/api/auth/activation/courrier', async ({ request }) => {
        bodies.push(await request.json());
        return bodies.length === 1
          ? problem(400, refusal, {
              code: 'activation-code-invalid',
              errors: [{ field: 'code', detail: refusal }],
            })
          : HttpResponse.json(activated);
      }),
    );
    goTo('/creer-mon-espace/courrier');
    const page = await fixture<HTMLElement>(
      html`<portail-activation-by-post-page></portail-activation-by-post-page>`,
    );
    const root = page.shadowRoot!;
    typeInto(root, 'membershipNumber', ' 0719452 ');
    typeInto(root, 'birthDate', '1992-07-18');
    typeInto(root, 'code', 'abcd-2345');
    typeInto(root, 'email', 'lucie.garnier@example.fr');
    typeInto(root, 'password', 'Garnier2026');
    typeInto(root, 'confirmation', 'Garnier2026');
    clickButton(root, 'Activer mon espace');
    await waitUntil(() => field(root, 'code').error, 'refusal not at the code');
    expect(describedText(root, 'code')).to.contain(refusal);
    expect(bodies[0]).to.deep.equal({
      membershipNumber: '0719452',
      birthDate: '1992-07-18',
      code: 'abcd-2345',
      email: 'lucie.garnier@example.fr',
      password: 'Garnier2026',
      confirmation: 'Garnier2026',
    });
    await expect(page).to.be.accessible();
    clickButton(root, 'Activer mon espace');
    await waitUntil(() => location.pathname === '/cgu', `not at the CGU gate: ${here()}`);
    expect(getSession()).to.deep.equal(activated);
  });

  it('is reached from « Créer mon espace »', async () => {
    const page = await fixture<HTMLElement>(
      html`<portail-activation-request-page></portail-activation-request-page>`,
    );
    const link = page.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="/creer-mon-espace/courrier"]');
    expect(link?.textContent?.trim()).to.equal('Activer mon espace avec ce code');
  });
});

describe('"Identifiant oublié" (A9)', () => {
  before(startMsw);
  afterEach(() => {
    worker.resetHandlers();
    restoreUrl();
  });

  it('asks for the e-mail and birth date, and answers with the neutral message', async () => {
    let body: unknown;
    worker.use(
      http.post('/api/auth/identifier-reminder', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ message: IDENTIFIER_SENT }, { status: 202 });
      }),
    );
    const page = await fixture<HTMLElement>(
      html`<portail-identifier-reminder-page></portail-identifier-reminder-page>`,
    );
    const root = page.shadowRoot!;
    expect(deepQuery(root, 'h1')?.textContent).to.equal('Identifiant oublié');
    expect(labelOf(root, 'email')).to.equal('Adresse e-mail *');
    expect(labelOf(root, 'birthDate')).to.equal('Date de naissance *');
    await expect(page).to.be.accessible();
    typeInto(root, 'email', ' claire.martin@example.fr ');
    typeInto(root, 'birthDate', '1984-03-12');
    clickButton(root, 'Valider');
    await waitForText(page, IDENTIFIER_SENT);
    expect(body).to.deep.equal({ email: 'claire.martin@example.fr', birthDate: '1984-03-12' });
    expect(root.querySelector('pa-alert[variant="success"]')).to.exist;
    expect(root.querySelector('form')).to.equal(null);
    await expect(page).to.be.accessible();
  });

  it('marks missing fields, then the fields of a 400, and shows a 429', async () => {
    let answer = () =>
      problem(400, 'Vérifiez les champs signalés.', {
        errors: [{ field: 'email', detail: 'Adresse e-mail invalide (exemple : prenom.nom@exemple.fr).' }],
      });
    worker.use(http.post('/api/auth/identifier-reminder', () => answer()));
    const page = await fixture<HTMLElement>(
      html`<portail-identifier-reminder-page></portail-identifier-reminder-page>`,
    );
    const root = page.shadowRoot!;
    clickButton(root, 'Valider');
    await waitUntil(() => field(root, 'email').error, 'nothing marked');
    expect(field(root, 'email').error).to.equal('Saisissez votre adresse e-mail.');
    expect(field(root, 'birthDate').error).to.equal('Saisissez votre date de naissance.');
    typeInto(root, 'email', 'claire');
    typeInto(root, 'birthDate', '1984-03-12');
    clickButton(root, 'Valider');
    await waitUntil(
      () => field(root, 'email').error.startsWith('Adresse e-mail invalide'),
      'server error not marked',
    );
    expect(describedText(root, 'email')).to.equal(
      'Adresse e-mail invalide (exemple : prenom.nom@exemple.fr).',
    );
    expect(field(root, 'birthDate').error).to.equal('');
    await expect(page).to.be.accessible();

    answer = () => problem(429, TOO_MANY, { code: 'rate-limited' });
    typeInto(root, 'email', 'claire.martin@example.fr');
    clickButton(root, 'Valider');
    await waitForText(page, TOO_MANY);
    expect(root.querySelector('pa-alert[variant="error"]')).to.exist;
  });
});

describe('ways in from the login and help pages (A1, A2, A9)', () => {
  before(async () => {
    useFakeAltcha();
    await startMsw();
  });
  afterEach(() => {
    worker.resetHandlers();
    setSession(null);
    restoreUrl();
  });

  it('links the login page to "Créer mon espace" and "Identifiant oublié" beside "Besoin d\'aide"', async () => {
    const page = await fixture<HTMLElement>(html`<portail-login-page></portail-login-page>`);
    const links = [...page.shadowRoot!.querySelectorAll('ul.links a')].map((a) => [
      a.getAttribute('href'),
      a.textContent,
    ]);
    expect(links).to.deep.equal([
      ['/aide', "Besoin d'aide"],
      ['/identifiant-oublie', 'Identifiant oublié'],
      ['/creer-mon-espace', 'Créer mon espace'],
    ]);
    await expect(page).to.be.accessible();
  });

  it('links "Besoin d\'aide" to "Identifiant oublié"', async () => {
    const page = await fixture<HTMLElement>(html`<portail-help-page></portail-help-page>`);
    expect(page.shadowRoot!.querySelector('a[href="/identifiant-oublie"]')?.textContent).to.equal(
      'Identifiant oublié',
    );
    expect(page.shadowRoot!.querySelector('a[href="/creer-mon-espace"]')).to.exist;
    await expect(page).to.be.accessible();
  });

  for (const [path, title] of [
    ['/creer-mon-espace', 'Créer mon espace'],
    ['/identifiant-oublie', 'Identifiant oublié'],
  ] as const) {
    it(`shows ${path} logged out, in the public layout, titled, focus on the h1`, async () => {
      worker.use(loggedOut);
      goTo(path);
      const app = await fixture<PortailApp>(html`<portail-app></portail-app>`);
      await waitUntil(() => document.title === `${title} – Portail Adhérent`, `title: ${document.title}`);
      await waitUntil(() => focused()?.localName === 'h1', 'focus not on the title');
      expect(focused()?.textContent).to.equal(title);
      expect(here()).to.equal(path);
      expect(app.querySelector('pa-menu')).to.equal(null);
      await expect(app).to.be.accessible();
    });
  }

  it('follows the login page link to "Créer mon espace" without a reload', async () => {
    worker.use(loggedOut);
    goTo('/connexion');
    const app = await fixture<PortailApp>(html`<portail-app></portail-app>`);
    await waitUntil(() => app.querySelector('portail-login-page')?.shadowRoot, 'no login page');
    app
      .querySelector('portail-login-page')!
      .shadowRoot!.querySelector<HTMLAnchorElement>('a[href="/creer-mon-espace"]')!
      .click();
    await waitUntil(() => app.querySelector('portail-activation-request-page'), `still at ${here()}`);
    expect(location.pathname).to.equal('/creer-mon-espace');
  });
});
