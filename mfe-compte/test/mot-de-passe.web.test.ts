import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PASSWORD_RULE_HINT } from '@portail/kernel/contract/password';
import { HttpResponse, http } from 'msw';
import {
  clickButton,
  deepQuery,
  deepQueryAll,
  deepText,
  describedBy,
  field,
  fill,
  findButtons,
  problem,
  useSectionApi,
  waitForFocusIn,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { PASSWORD_CHANGED } from '../contract/index.js';
import '../web/pages/define-mot-de-passe.js';
import { type CptMotDePassePage, PASSWORD_MESSAGES } from '../web/pages/mot-de-passe.js';

type Rules = HTMLElement & { checks: { label: string; met: boolean }[] };

const ENDPOINT = '/api/auth/password';
const LOCKED =
  "Trop de tentatives infructueuses : votre accès est bloqué pendant 15 minutes. Réessayez plus tard ou utilisez « Besoin d'aide » pour choisir un nouveau mot de passe.";

/** Records the bodies POSTed to the password change and answers each with `answer`. */
function recordPosts(answer: () => Response | Promise<Response>): unknown[] {
  const bodies: unknown[] = [];
  worker.use(
    http.post(ENDPOINT, async ({ request }) => {
      bodies.push(await request.json().catch(() => null));
      return answer();
    }),
  );
  return bodies;
}

const page = () => fixture<CptMotDePassePage>(html`<cpt-mot-de-passe-page></cpt-mot-de-passe-page>`);
const rules = (el: Element) => deepQuery<Rules>(el, 'pa-password-rules')!;

async function fillForm(el: Element, current: string, password: string, confirmation: string): Promise<void> {
  await fill(el, 'current', current);
  await fill(el, 'password', password);
  await fill(el, 'confirmation', confirmation);
}

function labels(el: Element): string[] {
  return deepQueryAll(el, 'label').map((label) => (label.textContent ?? '').replace(/\s+/g, ' ').trim());
}

describe('D4 Mot de passe', () => {
  useSectionApi();

  it('shows the three required password fields, the A7 hint and its rules, and the button', async () => {
    const el = await page();
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Mot de passe');
    expect(labels(el)).to.deep.equal([
      'Mot de passe actuel *',
      'Nouveau mot de passe *',
      'Confirmation du nouveau mot de passe *',
    ]);
    expect(deepText(el)).to.include("Les champs marqués d'un astérisque (*) sont obligatoires.");
    for (const name of ['current', 'password', 'confirmation']) {
      expect(deepQuery<HTMLInputElement>(field(el, name), 'input')?.type, name).to.equal('password');
    }
    expect(deepQuery(field(el, 'current'), 'input')?.getAttribute('autocomplete')).to.equal(
      'current-password',
    );
    expect(deepQuery(field(el, 'password'), 'input')?.getAttribute('autocomplete')).to.equal('new-password');
    expect(describedBy(el, 'password')).to.deep.equal([PASSWORD_RULE_HINT]);
    expect(rules(el).checks.every((check) => !check.met)).to.equal(true);
    expect(findButtons(el, 'Modifier le mot de passe')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('the heading can be given', async () => {
    const el = await fixture(
      html`<cpt-mot-de-passe-page heading="Changer de mot de passe"></cpt-mot-de-passe-page>`,
    );
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Changer de mot de passe');
  });

  it('checks the required fields first, focus on the first; nothing is sent', async () => {
    const posts = recordPosts(() => new HttpResponse(null, { status: 204 }));
    const el = await page();
    clickButton(el, 'Modifier le mot de passe');
    await waitUntil(() => field(el, 'current').error, 'no required error');
    expect(field(el, 'current').error).to.equal(PASSWORD_MESSAGES.currentRequired);
    expect(field(el, 'password').error).to.equal(PASSWORD_MESSAGES.passwordRequired);
    expect(field(el, 'confirmation').error).to.equal(PASSWORD_MESSAGES.confirmationRequired);
    expect(describedBy(el, 'current')).to.deep.equal([PASSWORD_MESSAGES.currentRequired]);
    await waitForFocusIn(field(el, 'current'), 'Mot de passe actuel');
    await expect(el).to.be.accessible();
    expect(posts).to.deep.equal([]);
  });

  it('a weak password: the rules show live what is missing, the field is marked, nothing is sent', async () => {
    const posts = recordPosts(() => new HttpResponse(null, { status: 204 }));
    const el = await page();
    await fill(el, 'current', 'Ancien2024');
    await fill(el, 'password', 'abc');
    await waitUntil(() => rules(el).checks.some((check) => check.met), 'rules not updated');
    expect(rules(el).checks).to.deep.equal([
      { label: 'Au moins 8 caractères', met: false },
      { label: 'Une majuscule', met: false },
      { label: 'Une minuscule', met: true },
      { label: 'Un chiffre', met: false },
    ]);
    await fill(el, 'confirmation', 'abc');
    clickButton(el, 'Modifier le mot de passe');
    await waitUntil(() => field(el, 'password').error, 'weak password not marked');
    expect(field(el, 'password').error).to.equal(PASSWORD_MESSAGES.weak);
    expect(field(el, 'current').error).to.equal('');
    expect(field(el, 'confirmation').error).to.equal('');
    expect(deepQuery(field(el, 'password'), 'input')?.getAttribute('aria-invalid')).to.equal('true');
    await waitForFocusIn(field(el, 'password'), 'Nouveau mot de passe');

    await fill(el, 'password', 'Nouveau2025');
    await waitUntil(() => rules(el).checks.every((check) => check.met), 'rules not all met');
    await expect(el).to.be.accessible();
    expect(posts).to.deep.equal([]);
  });

  it('a confirmation that differs, or a new password equal to the current one, is refused here', async () => {
    const posts = recordPosts(() => new HttpResponse(null, { status: 204 }));
    const el = await page();
    await fillForm(el, 'Ancien2024', 'Nouveau2025', 'Nouveau2026');
    clickButton(el, 'Modifier le mot de passe');
    await waitUntil(() => field(el, 'confirmation').error, 'mismatch not marked');
    expect(field(el, 'confirmation').error).to.equal(PASSWORD_MESSAGES.mismatch);
    expect(field(el, 'password').error).to.equal('');
    await waitForFocusIn(field(el, 'confirmation'), 'Confirmation du nouveau mot de passe');

    await fillForm(el, 'Ancien2024', 'Ancien2024', 'Ancien2024');
    clickButton(el, 'Modifier le mot de passe');
    await waitUntil(() => field(el, 'password').error, 'same password not marked');
    expect(field(el, 'password').error).to.equal(PASSWORD_MESSAGES.sameAsCurrent);
    expect(field(el, 'confirmation').error).to.equal('');
    await waitForFocusIn(field(el, 'password'), 'Nouveau mot de passe');
    expect(posts).to.deep.equal([]);
  });

  it('a wrong current password (server) is marked on its field, with the focus', async () => {
    const detail = 'Le mot de passe actuel est incorrect.';
    const posts = recordPosts(() =>
      problem(400, detail, { code: 'bad-credentials', errors: [{ field: 'current', detail }] }),
    );
    const el = await page();
    await fillForm(el, 'Oublie2024', 'Nouveau2025', 'Nouveau2025');
    clickButton(el, 'Modifier le mot de passe');
    await waitUntil(() => field(el, 'current').error, 'wrong current password not marked');
    expect(field(el, 'current').error).to.equal(detail);
    expect(describedBy(el, 'current')).to.deep.equal([detail]);
    expect(field(el, 'password').error).to.equal('');
    expect(deepQuery(el, 'pa-alert')).to.equal(undefined);
    await waitForFocusIn(field(el, 'current'), 'Mot de passe actuel');
    expect(posts).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('sends the change once, says it is done (other sessions closed) and empties the fields', async () => {
    let release: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      release = resolve;
    });
    const posts = recordPosts(async () => {
      await answered;
      return new HttpResponse(null, { status: 204 });
    });
    const el = await page();
    await fillForm(el, 'Ancien2024', 'Nouveau2025', 'Nouveau2025');
    clickButton(el, 'Modifier le mot de passe');
    await waitUntil(() => findButtons(el, 'Modifier le mot de passe')[0]?.busy, 'button not busy');
    // While it is sent, neither a click nor Enter sends it again.
    clickButton(el, 'Modifier le mot de passe');
    deepQuery<HTMLFormElement>(el, 'form')!.requestSubmit();
    await waitUntil(() => posts.length === 1, 'never posted');
    release();

    await waitForText(el, PASSWORD_CHANGED);
    expect(posts).to.deep.equal([
      { current: 'Ancien2024', password: 'Nouveau2025', confirmation: 'Nouveau2025' },
    ]);
    const alert = deepQuery(el, 'pa-alert[variant="success"]');
    expect(alert).to.exist;
    await waitForFocusIn(alert, 'the confirmation');
    for (const name of ['current', 'password', 'confirmation']) {
      expect(field(el, name).value, name).to.equal('');
      expect(deepQuery<HTMLInputElement>(field(el, name), 'input')?.value, name).to.equal('');
      expect(field(el, name).error, name).to.equal('');
    }
    expect(rules(el).checks.every((check) => !check.met)).to.equal(true);
    expect(findButtons(el, 'Modifier le mot de passe')[0]?.busy).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('a locked account (429) is explained in an error alert that takes the focus', async () => {
    const posts = recordPosts(() => problem(429, LOCKED, { code: 'locked' }));
    const el = await page();
    await fillForm(el, 'Ancien2024', 'Nouveau2025', 'Nouveau2025');
    clickButton(el, 'Modifier le mot de passe');
    await waitForText(el, LOCKED);
    const alert = deepQuery(el, 'pa-alert[variant="error"]');
    expect(alert).to.exist;
    await waitForFocusIn(alert, 'the error alert');
    for (const name of ['current', 'password', 'confirmation'])
      expect(field(el, name).error, name).to.equal('');
    expect(deepText(el)).not.to.include(PASSWORD_CHANGED);
    expect(posts).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
