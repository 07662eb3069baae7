// SPEC C5: « Historique des envois » — its period presets, « Actualiser », and every document of
// every sending downloaded intact, for a member whose sendings the journey makes itself.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { indemnisationsDb } from '../mfe-indemnisations/api/tables.js';
import { describeHistoryRange, historyRange, shortReference } from '../mfe-indemnisations/contract/index.js';
import { memberApi } from './api.js';
import { formatDate, midMonth, todayIso } from './dates.js';
import { download, formatOf, pick, SMALL_PDF, sha256 } from './files.js';
import { expectAccessible, type RunningPortal, startPortal } from './harness.js';
import {
  EARLIER_JUSTIFICATIFS,
  HISTORY_LINK,
  JUSTIFICATIFS,
  sendClaim,
  sendJustificatifs,
} from './indemnisations.js';
import { freshMember, memberPage } from './members.js';
import { exactly, openFromMenu } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

test('C5 the period presets and "Actualiser" show what was sent when; every document downloads intact', async (t) => {
  // Four sendings of the member's, in this order: a claim, three justificatifs, another claim,
  // three more justificatifs; then moved back in time (as if sent then), so that each preset has
  // one more sending than the one before.
  const member = await freshMember(running);
  const api = await memberApi(running, member);
  const message = 'Voici mon arrêt initial, sa prolongation et mon dernier bulletin de salaire.';
  const firstClaim = await sendClaim(api);
  await sendJustificatifs(api, member.email, EARLIER_JUSTIFICATIFS, message);
  const secondClaim = await sendClaim(api);
  await sendJustificatifs(api, member.email, JUSTIFICATIFS, message);
  const db = indemnisationsDb(running.kernel);
  const sendings = await db
    .selectFrom('indemnisations.sendings')
    .select('id')
    .where('member_id', '=', member.id)
    .orderBy('sent_at', 'asc')
    .execute();
  const ids = sendings.map((s) => s.id);
  assert.equal(ids.length, 4, 'the two claims and the two sendings of justificatifs made above');
  const [year] = todayIso().split('-').map(Number) as [number];
  const backdated = [
    new Date(Date.UTC(year - 3, 5, 15, 12)), // three years ago: "Tous" only
    midMonth(9), // "12 derniers mois"
    midMonth(4), // "6 derniers mois"
    midMonth(1), // "3 derniers mois"
  ];
  for (const [i, id] of ids.entries()) {
    await db
      .updateTable('indemnisations.sendings')
      .set({ sent_at: backdated[i]! })
      .where('id', '=', id)
      .execute();
  }

  const { context, page } = await memberPage(t, running, member);
  await openFromMenu(page, HISTORY_LINK, 'Historique des envois');
  const preset = (name: string) =>
    page.getByRole('group', { name: 'Période' }).getByRole('button', { name, exact: true });
  // What the list says it shows, and what the polite status then announces.
  const results = (text: string) => page.getByRole('paragraph').filter({ hasText: exactly(text) });
  const announced = (text: string) => page.getByRole('status').filter({ hasText: exactly(text) });
  await results('4 envois').waitFor();
  assert.equal(await preset('Tous').getAttribute('aria-pressed'), 'true', 'the whole history on arrival');
  await expectAccessible(page, 'Historique des envois');

  // Nothing this month yet.
  await preset('Mois en cours').click();
  await page.waitForURL((u) => u.searchParams.get('periode') === 'mois');
  await results('Aucun envoi ce mois-ci').waitFor();
  await announced('Aucun envoi ce mois-ci').waitFor();
  assert.equal(await preset('Mois en cours').getAttribute('aria-pressed'), 'true');
  await page.getByRole('button', { name: 'Afficher tous les envois' }).waitFor();
  await expectAccessible(page, 'Historique des envois, mois en cours vide');

  // A completed paper form is transmitted from another tab; "Actualiser" brings it in.
  const other = await context.newPage();
  await other.goto(`${running.url}/indemnisations/demande`);
  await other.getByRole('heading', { name: "Demande d'indemnisation", level: 1 }).waitFor();
  const paperForm = other.getByRole('group', { name: /^Formulaire complété \(PDF\) ou numérisé/ });
  await pick(other, paperForm, 'Choisir un fichier', 'formulaire-arret-complete.pdf', SMALL_PDF);
  await paperForm
    .getByRole('list', { name: 'Fichiers joints' })
    .getByText('formulaire-arret-complete.pdf')
    .waitFor();
  await other.getByRole('button', { name: 'Envoyer', exact: true }).click();
  await other.getByText('Votre formulaire a bien été transmis.', { exact: true }).waitFor();
  await other.close();

  assert.equal(await results('Aucun envoi ce mois-ci').count(), 1, 'not before asked');
  await page.getByRole('button', { name: 'Actualiser' }).click();
  await results('1 envoi (mois en cours)').waitFor();
  await announced('1 envoi (mois en cours)').waitFor();
  await page.getByRole('cell', { name: "Formulaire de demande d'indemnisation", exact: true }).waitFor();
  await expectAccessible(page, 'Historique des envois, actualisé');

  const expected: [string, string, string, string[]][] = [
    [
      '3 derniers mois',
      '3m',
      '2 envois (3 derniers mois)',
      ["Formulaire de demande d'indemnisation", 'Justificatifs'],
    ],
    [
      '6 derniers mois',
      '6m',
      '3 envois (6 derniers mois)',
      ["Formulaire de demande d'indemnisation", 'Justificatifs', "Demande d'indemnisation"],
    ],
    [
      '12 derniers mois',
      '12m',
      '4 envois (12 derniers mois)',
      ["Formulaire de demande d'indemnisation", 'Justificatifs', "Demande d'indemnisation", 'Justificatifs'],
    ],
    [
      'Tous',
      '',
      '5 envois',
      [
        "Formulaire de demande d'indemnisation",
        'Justificatifs',
        "Demande d'indemnisation",
        'Justificatifs',
        "Demande d'indemnisation",
      ],
    ],
  ];
  for (const [label, param, count, kinds] of expected) {
    await preset(label).click();
    await page.waitForURL((u) => (u.searchParams.get('periode') ?? '') === param);
    await results(count).waitFor();
    await announced(count).waitFor();
    assert.equal(await preset(label).getAttribute('aria-pressed'), 'true', label);
    const shown = await page
      .getByRole('row')
      .evaluateAll((rows) =>
        rows.slice(1).map((row) => row.querySelectorAll('td')[0]?.textContent?.trim() ?? ''),
      );
    assert.deepEqual(shown, kinds, `newest first, ${label}`);
  }
  // Each line has its reference: a claim's is the one of its PDF (and of Suivi).
  const references = await page
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.slice(1).map((row) => row.querySelectorAll('td')[1]?.textContent?.trim() ?? ''),
    );
  assert.deepEqual(
    references.map((r) => r.slice(0, 3)),
    ['FO-', 'JU-', 'DI-', 'JU-', 'DI-'],
  );
  assert.equal(references[2], shortReference('DI', secondClaim.id));
  assert.equal(references[4], shortReference('DI', firstClaim.id));
  assert.ok(
    references.every((r) => /^[A-Z]{2}-[0-9A-F]{8}$/.test(r)),
    references.join(', '),
  );
  // The dates are those of the sendings, newest first.
  const dates = await page.getByRole('rowheader').allTextContents();
  assert.deepEqual(
    dates.map((d) => d.trim()),
    [formatDate(todayIso()), ...[...backdated].reverse().map((d) => formatDate(d))],
  );
  await expectAccessible(page, 'Historique des envois, tous');

  // The period is in the address: a reload keeps it. Its dates are said next to the choice.
  await preset('6 derniers mois').click();
  await results('3 envois (6 derniers mois)').waitFor();
  const sixMonths = `Période affichée : ${describeHistoryRange(historyRange('6m', todayIso()))}`;
  await page.getByText(sixMonths, { exact: true }).waitFor();
  await page.reload();
  await results('3 envois (6 derniers mois)').waitFor();
  await page.getByText(sixMonths, { exact: true }).waitFor();
  assert.equal(await preset('6 derniers mois').getAttribute('aria-pressed'), 'true');
  await preset('Tous').click();
  await results('5 envois').waitFor();

  // Every document downloads, under its name, with the bytes that were sent.
  const sent = new Map([
    ...[...EARLIER_JUSTIFICATIFS, ...JUSTIFICATIFS].map((f): [string, Buffer] => [f.name, f.bytes]),
    ['formulaire-arret-complete.pdf', SMALL_PDF],
  ]);
  // The sendings' documents, not the menu's « Télécharger mes données ».
  const links = page.locator('ind-sendings-page').getByRole('link', { name: /^Télécharger / });
  const count = await links.count();
  assert.equal(count, 11, "1 + 4 + 1 + 4 + 1 documents (the bordereaux d'envoi included)");
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const link = links.nth(i);
    const name = (await link.getAttribute('download')) ?? '';
    // The first one as the member does it (a click that downloads); the others through the same URL
    // with the member's session: eleven browser downloads in a row were lost now and then under load.
    let bytes: Buffer;
    if (i === 0) {
      const clicked = await download(page, link);
      assert.equal(clicked.download.suggestedFilename(), name);
      bytes = clicked.bytes;
    } else {
      const response = await page.request.get(
        new URL((await link.getAttribute('href')) ?? '', page.url()).toString(),
      );
      assert.equal(response.status(), 200);
      assert.match(response.headers()['content-disposition'] ?? '', /^attachment;/);
      bytes = await response.body();
    }
    const original = sent.get(name);
    if (original) assert.equal(sha256(bytes), sha256(original), `${name} is received as sent`);
    else assert.equal(formatOf(bytes), 'pdf', `${name} is a PDF`);
    names.push(name);
  }
  for (const name of sent.keys()) assert.ok(names.includes(name), `${name} is listed`);
  assert.equal(names.filter((n) => /^bordereau-envoi-/.test(n)).length, 2);
  assert.equal(names.filter((n) => /^demande-indemnisation-DI-/.test(n)).length, 2);
});
