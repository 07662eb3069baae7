// SPEC P6 on the server: the portal in French (the source and the default) and in English. Each
// answer is in the request's language — the browser's choice (`portail_langue` cookie), else its
// `Accept-Language`, else French: problem+json `title`, `detail` and field errors, the menu's labels,
// amounts and dates. « English » / « Français » (`PUT /api/auth/langue`) keeps the choice in the
// browser and, for a member logged in, on their file — theirs only; the login gives the member's
// language, a choice made in the browser before it going on their file.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { msg, str } from '@lit/localize';
import { registerCatalogs, withLocale } from '@portail/kernel';
import type { Menu, Problem, SessionInfo } from '@portail/kernel/contract';
import { formatDate, formatDateTime, formatEuros, formatLongDate } from '@portail/kernel/contract/format';
import { type Catalog, LOCALE_COOKIE, localizedLabel } from '@portail/kernel/contract/i18n';
import { compileCatalog, messageId } from '@portail/kernel/contract/i18n-catalog';
import { en as kernelEn } from '@portail/kernel/contract/locales/en';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';
import { santeSlice } from '../../mfe-sante/api/index.js';
import { en as santeEn } from '../../mfe-sante/locales/en.js';

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;

before(async () => {
  t = await createTestKernel({ sections: [santeSlice] });
  ids = await seedBasics(t);
});
after(() => t.close());

/**
 * The English of French `texts` as the catalogs have it; the ones a catalog does not have yet get the
 * English of `fallback`, registered here for the server, so that each check meets a translation.
 */
function englishOf(catalog: Catalog, fallback: Record<string, string>): (french: string) => string {
  const missing = Object.fromEntries(Object.entries(fallback).filter(([french]) => !(french in catalog)));
  registerCatalogs({ en: missing });
  return (french) => {
    const english = catalog[french] ?? missing[french];
    assert.ok(english, `no English for « ${french} »`);
    return english;
  };
}

/** The French texts of the invalid login below, and an English for each should the kernel lack one. */
const INVALID_FORM = 'Certains champs sont incorrects : corrigez-les puis validez à nouveau.';
const LOGIN_MISSING = 'Saisissez votre identifiant ou votre adresse e-mail.';
const PASSWORD_MISSING = 'Saisissez votre mot de passe.';
const LOCALE_WRONG = 'Choisissez le français ou l’anglais.';

let kernelEnglish: (french: string) => string;
before(() => {
  kernelEnglish = englishOf(kernelEn, {
    [INVALID_FORM]: 'Some fields are incorrect: correct them, then submit again.',
    [LOGIN_MISSING]: 'Enter your username or your e-mail address.',
    [PASSWORD_MISSING]: 'Enter your password.',
    [LOCALE_WRONG]: 'Choose French or English.',
  });
});

/** An empty login form, posted with `headers` (a language cookie, `Accept-Language`). */
async function invalidLogin(headers: Record<string, string> = {}): Promise<Problem> {
  const response = await t.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: '{}',
  });
  assert.equal(response.status, 400);
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  return (await response.json()) as Problem;
}

/** What a problem says (its request id aside). */
function said(problem: Problem) {
  return { title: problem.title, detail: problem.detail, errors: problem.errors, code: problem.code };
}

const FRENCH = {
  title: 'Requête invalide',
  detail: INVALID_FORM,
  errors: [
    { field: 'login', detail: LOGIN_MISSING },
    { field: 'password', detail: PASSWORD_MISSING },
  ],
  code: 'validation',
};

function english() {
  return {
    title: 'Invalid request',
    detail: kernelEnglish(INVALID_FORM),
    errors: [
      { field: 'login', detail: kernelEnglish(LOGIN_MISSING) },
      { field: 'password', detail: kernelEnglish(PASSWORD_MISSING) },
    ],
    code: 'validation',
  };
}

/** A `Set-Cookie` of `response` named `name`: its value and attributes (lower-cased, sorted). */
function setCookie(response: Response, name: string) {
  const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  if (!line) return undefined;
  const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
  return { value: pair.slice(name.length + 1), attributes: attributes.map((a) => a.toLowerCase()).sort() };
}

async function localeOnFile(memberId: string) {
  const row = await t.kernel.db
    .selectFrom('core.members')
    .select('locale')
    .where('id', '=', memberId)
    .executeTakeFirstOrThrow();
  return row.locale;
}

async function setLocaleOnFile(memberId: string, locale: 'fr' | 'en') {
  await t.kernel.db.updateTable('core.members').set({ locale }).where('id', '=', memberId).execute();
}

/** Every seeded member's file back to French. */
async function everyoneFrench() {
  await t.kernel.db.updateTable('core.members').set({ locale: 'fr' }).execute();
}

function chooseLocale(client: TestClient, locale: unknown) {
  return client.request('/api/auth/langue', { method: 'PUT', json: { locale } });
}

describe('P6 problem+json in the request’s language', () => {
  test('French by default: the title, the detail and each field’s error', async () => {
    assert.deepEqual(said(await invalidLogin()), FRENCH);
  });

  test('in English for `Accept-Language: en-GB, en` or the `portail_langue=en` cookie', async () => {
    assert.deepEqual(said(await invalidLogin({ 'accept-language': 'en-GB,en;q=0.9' })), english());
    assert.deepEqual(said(await invalidLogin({ cookie: `${LOCALE_COOKIE}=en` })), english());
    assert.deepEqual(
      said(await invalidLogin({ 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' })),
      english(),
      'the first language the portal speaks, by preference',
    );
  });

  test('the browser’s choice (cookie) wins over its `Accept-Language`', async () => {
    assert.deepEqual(
      said(await invalidLogin({ cookie: `${LOCALE_COOKIE}=en`, 'accept-language': 'fr-FR,fr;q=0.9' })),
      english(),
    );
    assert.deepEqual(
      said(await invalidLogin({ cookie: `${LOCALE_COOKIE}=fr`, 'accept-language': 'en-GB,en;q=0.9' })),
      FRENCH,
    );
  });

  test('a language the portal does not speak: French', async () => {
    assert.deepEqual(said(await invalidLogin({ 'accept-language': 'de-DE,de;q=0.9' })), FRENCH);
    assert.deepEqual(said(await invalidLogin({ 'accept-language': 'es' })), FRENCH);
    assert.deepEqual(said(await invalidLogin({ cookie: `${LOCALE_COOKIE}=de` })), FRENCH);
    assert.deepEqual(said(await invalidLogin({ 'accept-language': '*' })), FRENCH);
    assert.deepEqual(said(await invalidLogin({ 'accept-language': 'en;q=0' })), FRENCH, 'en refused');
  });
});

describe('P6 « English » / « Français »: PUT /api/auth/langue', () => {
  test('anonymous: 204 and the choice kept by the browser for a year (HttpOnly, SameSite=Lax, Path=/)', async () => {
    const client = new TestClient(t.app);
    const answer = await chooseLocale(client, 'en');
    assert.equal(answer.status, 204);
    assert.deepEqual(setCookie(answer, LOCALE_COOKIE), {
      value: 'en',
      attributes: ['httponly', 'max-age=31536000', 'path=/', 'samesite=lax'],
    });
    // The browser's next requests are answered in English.
    const again = await client.request('/api/auth/login', { method: 'POST', json: {} });
    assert.equal(((await again.json()) as Problem).title, 'Invalid request');
    const back = await chooseLocale(client, 'fr');
    assert.equal(back.status, 204);
    assert.equal(setCookie(back, LOCALE_COOKIE)?.value, 'fr');
  });

  test('a language the portal does not speak: 400 naming the field, no cookie', async () => {
    for (const locale of ['de', 'EN', '', null, 42]) {
      const answer = await chooseLocale(new TestClient(t.app), locale);
      assert.equal(answer.status, 400, String(locale));
      assert.equal(setCookie(answer, LOCALE_COOKIE), undefined, String(locale));
      const problem = (await answer.json()) as Problem;
      assert.equal(problem.code, 'validation');
      assert.deepEqual(problem.errors, [{ field: 'locale', detail: LOCALE_WRONG }], String(locale));
    }
    const missing = await new TestClient(t.app).request('/api/auth/langue', { method: 'PUT', json: {} });
    assert.equal(missing.status, 400);
    assert.deepEqual(((await missing.json()) as Problem).errors?.[0]?.field, 'locale');
  });

  test('a member logged in: without the CSRF token 403 and nothing changes; with it their file only', async () => {
    await everyoneFrench();
    const alice = new TestClient(t.app);
    await alice.login('A100001', TEST_PASSWORD);
    const bruno = new TestClient(t.app);
    await bruno.login('A100002', TEST_PASSWORD);

    const token = alice.csrfToken;
    alice.csrfToken = '';
    const forged = await chooseLocale(alice, 'en');
    alice.csrfToken = token;
    assert.equal(forged.status, 403);
    assert.equal(((await forged.json()) as Problem).code, 'csrf');
    assert.equal(setCookie(forged, LOCALE_COOKIE), undefined, 'nor the browser’s choice');
    assert.equal(await localeOnFile(ids.alice), 'fr');

    const chosen = await chooseLocale(alice, 'en');
    assert.equal(chosen.status, 204);
    assert.equal(setCookie(chosen, LOCALE_COOKIE)?.value, 'en');
    assert.equal(await localeOnFile(ids.alice), 'en');
    assert.equal(await localeOnFile(ids.bruno), 'fr', 'another member’s file is theirs');
    assert.equal(await localeOnFile(ids.sam), 'fr');

    // Bruno's choice is his own too.
    const his = await chooseLocale(bruno, 'en');
    assert.equal(his.status, 204);
    assert.equal(await localeOnFile(ids.bruno), 'en');
    assert.equal((await chooseLocale(alice, 'fr')).status, 204);
    assert.equal(await localeOnFile(ids.alice), 'fr');
    assert.equal(await localeOnFile(ids.bruno), 'en', 'Alice’s choice leaves Bruno’s file');
    await everyoneFrench();
  });
});

describe('P6 the member’s language at login', () => {
  test('a member whose file says English, from a browser with no choice: locale en, and the browser told', async () => {
    await everyoneFrench();
    await setLocaleOnFile(ids.alice, 'en');
    // From a remembered device (the password only)…
    const client = new TestClient(t.app);
    const session = await client.login('A100001', TEST_PASSWORD);
    assert.equal(session.locale, 'en');
    assert.equal(client.cookieValue(LOCALE_COOKIE), 'en');
    // …and through the code step (SPEC P8): the Set-Cookie of the answer that opens the session.
    const fresh = new TestClient(t.app);
    const password = await fresh.request('/api/auth/login', {
      method: 'POST',
      json: { login: 'A100001', password: TEST_PASSWORD },
    });
    assert.equal(password.status, 202);
    assert.equal(setCookie(password, LOCALE_COOKIE), undefined, 'nothing said before the code');
    const { challenge } = (await password.json()) as { challenge: string };
    const opened = await fresh.request('/api/auth/login/code', {
      method: 'POST',
      json: { challenge, code: await fresh.codeFor(challenge) },
    });
    assert.equal(opened.status, 200);
    assert.equal(((await opened.json()) as SessionInfo).locale, 'en');
    assert.deepEqual(setCookie(opened, LOCALE_COOKIE), {
      value: 'en',
      attributes: ['httponly', 'max-age=31536000', 'path=/', 'samesite=lax'],
    });
    assert.equal(await localeOnFile(ids.alice), 'en');
    await everyoneFrench();
  });

  test('a browser that chose English before the login: the member’s file says English since, theirs only', async () => {
    await everyoneFrench();
    const client = new TestClient(t.app);
    assert.equal((await chooseLocale(client, 'en')).status, 204);
    const session = await client.login('A100002', TEST_PASSWORD);
    assert.equal(session.locale, 'en');
    assert.equal(await localeOnFile(ids.bruno), 'en');
    assert.equal(await localeOnFile(ids.alice), 'fr', 'another member’s file is theirs');
    assert.equal(await localeOnFile(ids.sam), 'fr');

    // The latest choice wins the other way too: French chosen in a browser, an English file.
    const french = new TestClient(t.app);
    french.setCookie(LOCALE_COOKIE, 'fr');
    assert.equal((await french.login('A100002', TEST_PASSWORD)).locale, 'fr');
    assert.equal(await localeOnFile(ids.bruno), 'fr');
    await everyoneFrench();
  });

  test('a French member, from a browser with no choice: locale fr and no language cookie', async () => {
    await everyoneFrench();
    const client = new TestClient(t.app);
    const session = await client.login('S200001', TEST_PASSWORD);
    assert.equal(session.locale, 'fr');
    assert.equal(client.cookieValue(LOCALE_COOKIE), undefined);
    assert.equal(await localeOnFile(ids.sam), 'fr');
  });
});

describe('P6 the menu in the request’s language', () => {
  test('GET /api/menu: the labels in English for an English request, in French otherwise', async () => {
    await everyoneFrench();
    const sam = new TestClient(t.app);
    await sam.login('S200001', TEST_PASSWORD);
    const french = (await (await sam.request('/api/menu')).json()) as Menu;
    const group = french.groups.find((g) => g.id === 'sante');
    assert.ok(group, JSON.stringify(french.groups));
    assert.equal(group.label, 'Mes services santé');
    const reglements = group.entries.find((entry) => entry.id === 'sante.reglements');
    assert.equal(reglements?.label, 'Mes règlements');
    const shortcut = french.home?.shortcuts.find((s) => s.path === reglements?.path);
    assert.equal(shortcut?.label, 'Mes règlements');
    const block = french.home?.blocks.find((b) => b.element === 'san-home-latest-reimbursement');
    assert.deepEqual([block?.title, block?.link], ['Dernier remboursement', 'Voir tous mes règlements']);

    const englishLabel = englishOf(santeEn, {
      'Mes services santé': 'My health cover',
      'Mes règlements': 'My payments',
      'Dernier remboursement': 'Latest reimbursement',
      'Voir tous mes règlements': 'See all my payments',
    });
    for (const headers of [
      { 'accept-language': 'en-GB,en;q=0.9' } as Record<string, string>,
      { cookie: `${sam.cookie}; ${LOCALE_COOKIE}=en` },
    ]) {
      const answer = await sam.request('/api/menu', { headers });
      assert.equal(answer.status, 200);
      const menu = (await answer.json()) as Menu;
      const translated = menu.groups.find((g) => g.id === 'sante');
      assert.equal(translated?.label, englishLabel('Mes services santé'));
      assert.equal(
        translated?.entries.find((entry) => entry.id === 'sante.reglements')?.label,
        englishLabel('Mes règlements'),
      );
      assert.deepEqual(
        translated?.entries.map((entry) => [entry.id, entry.path]),
        group.entries.map((entry) => [entry.id, entry.path]),
        'the same entries, paths untranslated',
      );
      assert.equal(
        menu.home?.shortcuts.find((s) => s.path === reglements?.path)?.label,
        englishLabel('Mes règlements'),
      );
      const englishBlock = menu.home?.blocks.find((b) => b.element === 'san-home-latest-reimbursement');
      assert.deepEqual(
        [englishBlock?.title, englishBlock?.link, englishBlock?.path],
        [englishLabel('Dernier remboursement'), englishLabel('Voir tous mes règlements'), block?.path],
      );
    }
    // French again without them.
    assert.deepEqual(await (await sam.request('/api/menu')).json(), french);
  });
});

describe('P6 amounts and dates in the language being written in', () => {
  const FRENCH_FORMATS = {
    euros: '1\u202f234,56\u00a0€',
    negative: '\u221245,20\u00a0€',
    date: '17/05/2026',
    instant: '18/05/2026',
    longDate: '1er octobre 2026',
    longMay: '17 mai 2026',
    dateTime: '21/08/2018 à 10:32',
  };
  const ENGLISH_FORMATS = {
    euros: '€1,234.56',
    negative: '\u2212€45.20',
    date: '17/05/2026',
    instant: '18/05/2026',
    longDate: '1 October 2026',
    longMay: '17 May 2026',
    dateTime: '21/08/2018 at 10:32',
  };
  const formats = () => ({
    euros: formatEuros(123456),
    negative: formatEuros(-4520),
    date: formatDate('2026-05-17'),
    // 22:30 UTC is the next day in France (summer time).
    instant: formatDate(new Date('2026-05-17T22:30:00Z')),
    longDate: formatLongDate('2026-10-01'),
    longMay: formatLongDate('2026-05-17'),
    dateTime: formatDateTime('2018-08-21T08:32:00Z'),
  });

  test('French by default, English inside withLocale(en), French again after it', async () => {
    assert.deepEqual(formats(), FRENCH_FORMATS);
    assert.deepEqual(
      withLocale('en', () => formats()),
      ENGLISH_FORMATS,
    );
    // Across an await too: the language follows the work it was given to.
    assert.deepEqual(
      await withLocale('en', async () => {
        await new Promise((done) => setTimeout(done, 5));
        return formats();
      }),
      ENGLISH_FORMATS,
    );
    assert.deepEqual(
      withLocale('fr', () => formats()),
      FRENCH_FORMATS,
    );
    assert.deepEqual(formats(), FRENCH_FORMATS);
  });
});

describe('P6 catalogs: a text with values may reorder them in English', () => {
  const SOURCE = '{0} sur {1}';
  const TARGET = '{1} of {0}';

  test('compileCatalog: the message id of the French template, the English strings and the values’ order', () => {
    const compiled = compileCatalog({ [SOURCE]: TARGET, 'Texte simple du test P6': 'P6 test plain text' });
    assert.equal(compiled[messageId('Texte simple du test P6')], 'P6 test plain text');
    const template = compiled[messageId(SOURCE)] as {
      strTag: true;
      strings: readonly string[];
      values: number[];
    };
    assert.equal(template.strTag, true);
    assert.deepEqual([...template.strings], ['', ' of ', '']);
    assert.deepEqual(template.values, [1, 0]);
    assert.notEqual(messageId(SOURCE), messageId(TARGET));
  });

  test('the server’s msg(str`…`) answers in the language being written in, the values in English order', () => {
    registerCatalogs({ en: { [SOURCE]: TARGET } });
    const page = 2;
    const pages = 7;
    const text = () => msg(str`${page} sur ${pages}`);
    assert.equal(text(), '2 sur 7');
    assert.equal(
      withLocale('en', () => text()),
      '7 of 2',
    );
    assert.equal(text(), '2 sur 7', 'French again outside');
    // A text no catalog has stays French in English.
    const unknown = () => msg(str`${page} pages sur ${pages} (texte sans anglais)`);
    assert.equal(
      withLocale('en', () => unknown()),
      '2 pages sur 7 (texte sans anglais)',
    );
  });
});

describe('P6 a member’s requests (E4 Suivi, the sections’ own lists)', () => {
  test('their label, stored in French by the section that made it, and their status come in the language of the answer', async () => {
    const label = 'Demande de test P6 : libellé enregistré';
    registerCatalogs({ en: { [label]: 'P6 test request: stored label' } });
    await t.kernel.db.transaction().execute((trx) =>
      t.kernel.requests.create(trx, {
        memberId: ids.alice,
        section: 'sante',
        kind: 'test-p6',
        label,
        audit: { action: 'test.p6' },
      }),
    );
    const [english] = await withLocale('en', () =>
      t.kernel.requests.listForMember(ids.alice, { kind: 'test-p6' }),
    );
    assert.equal(english?.label, 'P6 test request: stored label');
    assert.equal(english?.statusLabel, kernelEnglish('En cours de traitement'));
    const [french] = await t.kernel.requests.listForMember(ids.alice, { kind: 'test-p6' });
    assert.equal(french?.label, label);
    assert.equal(french?.statusLabel, 'En cours de traitement');
    assert.deepEqual(await t.kernel.requests.listForMember(ids.bruno, { kind: 'test-p6' }), []);
  });

  test('a label with values in it: through the catalog text with values that writes it, each value translated when a catalog has it', async () => {
    registerCatalogs({
      en: {
        'Envoi test P6 (n° {0}) : {1}': 'P6 test sending (no. {0}): {1}',
        'Valeur test P6': 'P6 test value',
        // Too little of its own to recognise a label by: never used for one.
        '{0} ({1})': '{1} — {0}',
      },
    });
    const label = (french: string) => withLocale('en', () => localizedLabel(french));
    assert.equal(label('Envoi test P6 (n° 12) : Valeur test P6'), 'P6 test sending (no. 12): P6 test value');
    assert.equal(label('Envoi test P6 (n° 12) : texte libre'), 'P6 test sending (no. 12): texte libre');
    assert.equal(label('Arrêt de travail (IND-2026-0042)'), 'Arrêt de travail (IND-2026-0042)');
    assert.equal(label('Devis : Lunettes'), `${santeEn['Devis : {0}']?.replace('{0}', 'Lunettes')}`);
    assert.equal(
      localizedLabel('Envoi test P6 (n° 12) : Valeur test P6', 'fr'),
      'Envoi test P6 (n° 12) : Valeur test P6',
    );
  });
});
