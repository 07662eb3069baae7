// SPEC P8: the login's second step (its own chunk), as the member and the widget popup meet it.
import './setup-elements.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LoginChallenge } from '@portail/kernel/contract/second-factor';
import { getSession, setSession } from '@portail/runtime';
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

const CHALLENGE: LoginChallenge = {
  challenge: 'jeton-de-connexion',
  expiresInSeconds: 600,
  resendInSeconds: 30,
  resendsLeft: 3,
  canRemember: true,
};

/** The element holding the focus, through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The login page after the password on an unknown device (right or not): the code step. */
async function codeStep(): Promise<{ page: PortailLoginPage; step: ShadowRoot }> {
  const page = await fixture<PortailLoginPage>(html`<portail-login-page></portail-login-page>`);
  typeInto(page.shadowRoot!, 'login', 'DUPONT42');
  typeInto(page.shadowRoot!, 'password', 'Portail2026');
  clickButton(page.shadowRoot!, 'Valider');
  // The step's chunk is imported at this moment (its first import compiles it: seconds on a busy machine).
  await waitUntil(() => page.shadowRoot!.querySelector('portail-code-step')?.shadowRoot, 'no code step', {
    timeout: 5000,
  });
  const step = page.shadowRoot!.querySelector('portail-code-step')!.shadowRoot!;
  await waitForText(step, 'Vérification de votre identité');
  return { page, step };
}

describe('portail-code-step (P8)', () => {
  before(startMsw);
  afterEach(() => {
    worker.resetHandlers();
    setSession(null);
  });

  it('after the password: neutral (neither the password nor an address), focuses its heading, and the code opens the session', async () => {
    const posted: unknown[] = [];
    worker.use(
      http.post('/api/auth/login', () => HttpResponse.json(CHALLENGE, { status: 202 })),
      http.post('/api/auth/login/code', async ({ request }) => {
        posted.push(await request.json());
        return HttpResponse.json(session());
      }),
    );
    const { page, step } = await codeStep();
    // The same after a wrong password: the step tells nothing of it, nor where a code went.
    expect(step.querySelector('[slot="intro"]')?.textContent).to.equal(
      'Si votre identifiant et votre mot de passe sont exacts, un code à 6 chiffres vient de vous être envoyé, par e-mail ou par SMS selon vos préférences. Il est valable 10 minutes.',
    );
    expect(deepText(step)).to.contain(
      "Pas de code après quelques minutes ? Regardez dans vos courriers indésirables, puis recommencez la connexion : l'identifiant ou le mot de passe était peut-être inexact.",
    );
    expect(deepText(step)).not.to.match(/@|•/, 'an address, even partly hidden');
    await waitUntil(() => focused()?.tagName === 'H1', 'the heading does not have the focus');
    expect(focused()?.textContent).to.equal('Vérification de votre identité');
    const input = deepQuery<HTMLInputElement>(step, 'pa-text-field[name="code"]')!.shadowRoot!.querySelector(
      'input',
    )!;
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(deepText(step)).to.contain('Code reçu');
    expect(deepText(step)).to.contain('Se souvenir de cet appareil');
    await expect(page).to.be.accessible();
    typeInto(step, 'code', '123 456');
    step.querySelector<HTMLInputElement>('input[name="remember"]')!.click();
    clickButton(step, 'Valider');
    await waitUntil(() => getSession()?.member.identifier === 'DUPONT42', 'no session');
    expect(posted).to.deep.equal([{ challenge: 'jeton-de-connexion', code: '123456', remember: true }]);
  });

  it('a wrong code at its field, announced and focused; too many tries and expiry above the form', async () => {
    let tries = 0;
    worker.use(
      http.post('/api/auth/login', () => HttpResponse.json(CHALLENGE, { status: 202 })),
      http.post('/api/auth/login/code', () => {
        tries++;
        if (tries === 1) {
          return problem(400, 'Code incorrect. Il vous reste 4 essais.', {
            code: 'code-wrong',
            errors: [{ field: 'code', detail: 'Code incorrect. Il vous reste 4 essais.' }],
          });
        }
        if (tries === 2)
          return problem(429, "Trop d'essais. Demandez un nouveau code, ou recommencez la connexion.", {
            code: 'code-exhausted',
          });
        return problem(410, 'Ce code a expiré. Demandez-en un nouveau.', { code: 'code-expired' });
      }),
    );
    const { page, step } = await codeStep();
    clickButton(step, 'Valider');
    await waitForText(step, 'Saisissez le code à 6 chiffres reçu.');
    typeInto(step, 'code', '12a456');
    clickButton(step, 'Valider');
    await waitForText(step, 'Le code compte 6 chiffres.');
    expect(tries).to.equal(0, 'nothing sent while the code is malformed');
    typeInto(step, 'code', '111111');
    clickButton(step, 'Valider');
    await waitForText(step, 'Code incorrect. Il vous reste 4 essais.');
    const field = deepQuery<HTMLElement & { error: string }>(step, 'pa-text-field[name="code"]')!;
    expect(field.error).to.equal('Code incorrect. Il vous reste 4 essais.');
    await waitUntil(
      () => focused() === field.shadowRoot!.querySelector('input'),
      'the field does not have the focus',
    );
    clickButton(step, 'Valider');
    await waitForText(step, "Trop d'essais. Demandez un nouveau code, ou recommencez la connexion.");
    expect(step.querySelector('pa-alert[variant="error"]')?.textContent).to.contain("Trop d'essais.");
    clickButton(step, 'Valider');
    await waitForText(step, 'Ce code a expiré. Demandez-en un nouveau.');
    expect(getSession()).to.equal(null);
    await expect(page).to.be.accessible();
  });

  it('« Renvoyer le code » waits 30 s, then sends a new code and says so; « Recommencer la connexion »', async () => {
    const resent: unknown[] = [];
    worker.use(
      http.post('/api/auth/login', () =>
        HttpResponse.json({ ...CHALLENGE, resendInSeconds: 1 }, { status: 202 }),
      ),
      http.post('/api/auth/login/code/renvoi', async ({ request }) => {
        resent.push(await request.json());
        return HttpResponse.json({ ...CHALLENGE, resendInSeconds: 30, resendsLeft: 2 });
      }),
    );
    const { page, step } = await codeStep();
    const resend = () =>
      [...step.querySelectorAll<HTMLElement & { disabled: boolean }>('pa-button')].find((b) =>
        b.textContent?.includes('Renvoyer le code'),
      )!;
    expect(resend().disabled).to.equal(true);
    expect(deepText(step)).to.match(/Possible dans 1 s/);
    await waitUntil(() => !resend().disabled, 'still waiting', { timeout: 3000 });
    clickButton(step, 'Renvoyer le code');
    await waitForText(step, 'Un nouveau code vous a été envoyé.');
    expect(resent).to.deep.equal([{ challenge: 'jeton-de-connexion' }]);
    expect(step.querySelector('[role="status"]')?.textContent).to.contain(
      'Un nouveau code vous a été envoyé.',
    );
    await waitUntil(() => resend().disabled, 'the next sending waits 30 s again');
    const restart = [...step.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent === 'Recommencer la connexion',
    );
    expect(restart, 'no « Recommencer la connexion »').to.exist;
    restart!.click();
    await waitUntil(() => page.shadowRoot!.querySelector('pa-text-field[name="login"]'), 'no login form');
    expect(page.shadowRoot!.querySelector('portail-code-step')).to.equal(null);
    expect(page.shadowRoot!.querySelector('pa-text-field[name="password"]')).to.exist;
    await waitForText(page.shadowRoot!, 'Saisissez votre identifiant et votre mot de passe');
  });

  it('a remembered device: the password alone opens the session, no code step', async () => {
    worker.use(http.post('/api/auth/login', () => HttpResponse.json(session())));
    const page = await fixture<PortailLoginPage>(html`<portail-login-page></portail-login-page>`);
    typeInto(page.shadowRoot!, 'login', 'DUPONT42');
    typeInto(page.shadowRoot!, 'password', 'Portail2026');
    clickButton(page.shadowRoot!, 'Valider');
    await waitUntil(() => getSession() !== null, 'no session');
    expect(page.shadowRoot!.querySelector('portail-code-step')).to.equal(null);
  });
});
