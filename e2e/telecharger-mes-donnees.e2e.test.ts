// SPEC P3 « Télécharger mes données »: a member asks for the archive in Mon compte, the portal's
// worker prepares it in the background (« En préparation », then « Prête — disponible jusqu'au … »),
// an e-mail says so without any data, and the ZIP downloaded holds the member's identity, each
// section's JSON and every document's file. Another member downloads nothing of it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readZip } from '@portail/kernel/testing';
import { download, SMALL_PDF } from './files.js';
import { expectAccessible, openMail, type RunningPortal, startPortal } from './harness.js';
import { freshMember, memberPage } from './members.js';
import { menu } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

const PAGE = 'Télécharger mes données';

test('P3 Télécharger mes données: prepared in the background, announced by e-mail, the ZIP lists the member’s files', async (t) => {
  const member = await freshMember(running, { contracts: ['prevoyance', 'sante'] });
  const files = [
    { title: 'Courrier de bienvenue', fileName: 'courrier-bienvenue.pdf' },
    { title: 'Avis de situation', fileName: 'avis-de-situation.pdf' },
  ];
  for (const file of files) {
    await running.kernel.documents.publish({
      category: 'courriers',
      title: file.title,
      audience: 'member',
      memberId: member.id,
      file: { fileName: file.fileName, contentType: 'application/pdf', data: SMALL_PDF },
    });
  }

  const { page } = await memberPage(t, running, member);
  await menu(page).getByRole('link', { name: PAGE, exact: true }).click();
  await page.getByRole('heading', { name: PAGE, level: 1 }).waitFor();
  await page.getByText('article 15').first().waitFor();
  await expectAccessible(page, `${PAGE}, aucune archive`);

  await page.getByRole('button', { name: 'Préparer mon archive' }).click();
  // The worker of the portal's process takes it; the page reads its state again until it is ready.
  const ready = page.getByRole('heading', { name: /^Prête — disponible jusqu'au \d{2}\/\d{2}\/\d{4}$/ });
  await ready.waitFor({ timeout: 30_000 });
  await expectAccessible(page, `${PAGE}, archive prête`);

  const link = page.getByRole('link', { name: /^Télécharger mon archive/ });
  const { download: file, bytes } = await download(page, link);
  assert.match(file.suggestedFilename(), /^mes-donnees-portail-adherent-\d{4}-\d{2}-\d{2}\.zip$/);
  const entries = readZip(bytes);
  const json = (name: string) => JSON.parse(entries.get(name)?.toString('utf8') ?? 'null');
  assert.equal(json('identite.json').identifier, member.identifier);
  assert.equal(json('contrats.json').length, 2);
  const documents = json('documents.json') as { title: string; path: string }[];
  assert.deepEqual(documents.map((d) => d.title).sort(), files.map((f) => f.title).sort());
  for (const d of documents) assert.deepEqual(entries.get(d.path), SMALL_PDF, d.path);
  for (const part of [
    'indemnisations/paiements.json',
    'sante/remboursements.json',
    'compte/coordonnees.json',
  ]) {
    assert.ok(entries.has(part), part);
  }

  const mail = await openMail(page, running, 'Vos données sont prêtes', new RegExp(member.email));
  const text = (await mail.textContent()) ?? '';
  assert.match(text, /\/compte\/telecharger-mes-donnees/);
  assert.doesNotMatch(text, new RegExp(member.identifier), 'no data in the mail');

  // Another member: nothing to download, whatever they try.
  const other = await freshMember(running);
  const { page: otherPage } = await memberPage(t, running, other);
  const status = await otherPage.evaluate(
    async () => (await fetch('/api/compte/donnees/archive/fichier')).status,
  );
  assert.equal(status, 404);
});
