import './setup-elements.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { RESET_REQUESTED } from '../src/pages/help-page.js';
import { LINK_INVALID } from '../src/pages/reset-page.js';
import {
  clickButton,
  deepQuery,
  deepText,
  goTo,
  problem,
  restoreUrl,
  startMsw,
  typeInto,
  waitForText,
  worker,
} from './helpers.js';

type Rules = HTMLElement & { checks: { label: string; met: boolean }[] };

/** The reset page once its link is checked and its form shown. */
async function resetPage(): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<portail-reset-page></portail-reset-page>`);
  await waitUntil(() => page.shadowRoot!.querySelector('form'), 'the form never came');
  return page;
}
type Field = HTMLElement & { error: string };

describe('password reset (A2, A7)', () => {
  before(startMsw);
  // The page checks its link as it opens: usable, unless a test says otherwise.
  beforeEach(() => {
    worker.use(http.post('/api/auth/password-reset/check', () => new HttpResponse(null, { status: 204 })));
  });
  afterEach(() => {
    worker.resetHandlers();
    restoreUrl();
  });

  it('"Besoin d\'aide" gives the same neutral answer whatever the account', async () => {
    let body: unknown;
    worker.use(
      http.post('/api/auth/password-reset/request', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ message: RESET_REQUESTED }, { status: 202 });
      }),
    );
    const page = await fixture(html`<portail-help-page></portail-help-page>`);
    typeInto(page.shadowRoot!, 'login', 'inconnu@example.fr');
    clickButton(page.shadowRoot!, 'Valider');
    await waitForText(page, RESET_REQUESTED);
    expect(body).to.deep.equal({ login: 'inconnu@example.fr' });
    expect(page.shadowRoot!.querySelector('pa-alert[variant="success"]')).to.exist;
    await expect(page).to.be.accessible();
  });

  it('shows the password rule live while typing', async () => {
    goTo('/mot-de-passe/nouveau?jeton=abc');
    const page = await resetPage();
    const rules = () => deepQuery<Rules>(page.shadowRoot!, 'pa-password-rules')!;
    expect(rules().checks.every((check) => !check.met)).to.equal(true);
    typeInto(page.shadowRoot!, 'password', 'abc');
    await waitUntil(() => rules().checks.some((check) => check.met), 'rules not updated');
    expect(rules().checks).to.deep.equal([
      { label: 'Au moins 8 caractères', met: false },
      { label: 'Une majuscule', met: false },
      { label: 'Une minuscule', met: true },
      { label: 'Un chiffre', met: false },
    ]);
    typeInto(page.shadowRoot!, 'password', 'Abcdefg1');
    await waitUntil(() => rules().checks.every((check) => check.met), 'rules not all met');
    await expect(page).to.be.accessible();
  });

  it('blocks a weak or unconfirmed password, then marks the server field errors', async () => {
    goTo('/mot-de-passe/nouveau?jeton=abc');
    worker.use(
      http.post('/api/auth/password-reset/confirm', () =>
        problem(400, 'Vérifiez les champs signalés.', {
          errors: [{ field: 'password', detail: 'Choisissez un mot de passe différent du précédent.' }],
        }),
      ),
    );
    const page = await resetPage();
    const field = (name: string) => deepQuery<Field>(page.shadowRoot!, `pa-text-field[name="${name}"]`)!;
    typeInto(page.shadowRoot!, 'password', 'Abcdefg1');
    typeInto(page.shadowRoot!, 'confirmation', 'Abcdefg2');
    clickButton(page.shadowRoot!, 'Valider');
    await waitUntil(() => field('confirmation').error !== '', 'mismatch not marked');
    expect(field('confirmation').error).to.equal('Les deux mots de passe ne sont pas identiques.');
    typeInto(page.shadowRoot!, 'confirmation', 'Abcdefg1');
    clickButton(page.shadowRoot!, 'Valider');
    await waitUntil(() => field('password').error.includes('différent'), 'server error not marked');
    expect(field('confirmation').error).to.equal('');
  });

  it('explains an expired or used link (410) and offers a new one', async () => {
    goTo('/mot-de-passe/nouveau?jeton=used');
    let body: unknown;
    worker.use(
      http.post('/api/auth/password-reset/confirm', async ({ request }) => {
        body = await request.json();
        return problem(410, 'Lien expiré.', { code: 'reset-token-invalid' });
      }),
    );
    const page = await resetPage();
    typeInto(page.shadowRoot!, 'password', 'Abcdefg1');
    typeInto(page.shadowRoot!, 'confirmation', 'Abcdefg1');
    clickButton(page.shadowRoot!, 'Valider');
    await waitForText(page, LINK_INVALID);
    expect(body).to.deep.equal({ token: 'used', password: 'Abcdefg1', confirmation: 'Abcdefg1' });
    expect(page.shadowRoot!.querySelector('a[href="/aide"]')).to.exist;
    await expect(page).to.be.accessible();
  });

  it('a used or expired link says so as the page opens, with the way to a new one and no form', async () => {
    goTo('/mot-de-passe/nouveau?jeton=used');
    let checked: unknown;
    let confirms = 0;
    worker.use(
      http.post('/api/auth/password-reset/check', async ({ request }) => {
        checked = await request.json();
        return problem(410, 'Lien expiré.', { code: 'reset-token-invalid' });
      }),
      http.post('/api/auth/password-reset/confirm', () => {
        confirms++;
        return HttpResponse.json({ message: 'Mot de passe modifié.' });
      }),
    );
    const page = await fixture(html`<portail-reset-page></portail-reset-page>`);
    await waitForText(page, LINK_INVALID);
    expect(checked, 'the token goes in the body').to.deep.equal({ token: 'used' });
    expect(page.shadowRoot!.querySelector('form')).to.equal(null);
    expect(deepQuery(page.shadowRoot!, 'pa-text-field[name="password"]')).to.equal(undefined);
    expect(page.shadowRoot!.querySelector('a[href="/aide"]')?.textContent).to.equal(
      'Demander un nouveau lien',
    );
    expect(confirms).to.equal(0);
    await expect(page).to.be.accessible();
  });

  it('shows the form only once the link is known usable', async () => {
    goTo('/mot-de-passe/nouveau?jeton=good');
    let answer: (() => void) | undefined;
    worker.use(
      http.post(
        '/api/auth/password-reset/check',
        () =>
          new Promise<Response>((resolve) => {
            answer = () => resolve(new HttpResponse(null, { status: 204 }));
          }),
      ),
    );
    const page = await fixture(html`<portail-reset-page></portail-reset-page>`);
    await waitForText(page, 'Vérification du lien');
    expect(page.shadowRoot!.querySelector('form')).to.equal(null);
    await waitUntil(() => answer, 'the link was not checked');
    answer?.();
    await waitUntil(() => page.shadowRoot!.querySelector('form'), 'the form never came');
    expect(deepText(page)).not.to.include('Vérification du lien');
  });

  it('confirms the change and links to the login page', async () => {
    goTo('/mot-de-passe/nouveau?jeton=good');
    worker.use(
      http.post('/api/auth/password-reset/confirm', () =>
        HttpResponse.json({ message: 'Mot de passe modifié.' }),
      ),
    );
    const page = await resetPage();
    typeInto(page.shadowRoot!, 'password', 'Abcdefg1');
    typeInto(page.shadowRoot!, 'confirmation', 'Abcdefg1');
    clickButton(page.shadowRoot!, 'Valider');
    await waitForText(page, 'Votre mot de passe a été modifié.');
    expect(page.shadowRoot!.querySelector('a[href="/connexion"]')?.textContent).to.equal('Se connecter');
    await expect(page).to.be.accessible();
  });
});
