// SPEC C4: « Envoi de justificatifs » with its bordereau d'envoi, by a member of the journey's own.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { download, EXE_AS_PDF, FOUR_MB_PDF, formatOf, pdfText, pick, refusalOf, sha256 } from './files.js';
import { expectAccessible, type RunningPortal, startPortal } from './harness.js';
import { HISTORY_LINK, JUSTIFICATIFS, JUSTIFICATIFS_LINK } from './indemnisations.js';
import { freshMember, memberPage } from './members.js';
import { openFromMenu } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

const FORMAT_REFUSED = 'Formats acceptés : JPG, PNG, PDF';
const SIZE_REFUSED = 'Taille maximale de fichier acceptée : 3.5Mo.';

test('C4 three justificatifs sent with a message; the bordereau lists each name and SHA-256; too large and disguised files refused', async (t) => {
  const member = await freshMember(running);
  const { page } = await memberPage(t, running, member);
  await openFromMenu(page, JUSTIFICATIFS_LINK, 'Envoi de justificatifs');
  const email = page.getByRole('textbox', { name: 'E-mail', exact: true });
  const messageBox = page.getByRole('textbox', { name: 'Mon message (facultatif)', exact: true });
  await page
    .getByRole('heading', { name: 'Envoyer mes justificatifs pour indemnisation', level: 2 })
    .waitFor();
  const field = page.getByRole('group', { name: /^Mes documents/ });
  await field.getByRole('button', { name: 'Ajouter un justificatif' }).waitFor();
  assert.equal(await email.inputValue(), member.email, 'pre-filled from the file');
  await expectAccessible(page, 'Envoi de justificatifs');

  // Refused as soon as they are added, with the manual's exact words; nothing is kept.
  await pick(page, field, 'Ajouter un justificatif', 'arret-scanne.pdf', FOUR_MB_PDF);
  assert.equal(await refusalOf(field, 'arret-scanne.pdf'), `arret-scanne.pdf : ${SIZE_REFUSED}`);
  await pick(page, field, 'Ajouter un justificatif', 'facture.pdf', EXE_AS_PDF);
  assert.equal(await refusalOf(field, 'facture.pdf'), `facture.pdf : ${FORMAT_REFUSED}`);
  assert.equal(await field.getByRole('list', { name: 'Fichiers joints' }).count(), 0, 'nothing kept');
  await expectAccessible(page, 'Envoi de justificatifs, fichiers refusés');

  // The server judges the content too: the renamed executable, sent past the browser, is refused.
  const direct = await page.evaluate(
    async ({ bytes, address }) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const data = new FormData();
      data.append('email', address);
      data.append('fichiers', new File([new Uint8Array(bytes)], 'facture.pdf', { type: 'application/pdf' }));
      const response = await fetch('/api/indemnisations/justificatifs', {
        method: 'POST',
        body: data,
        // In the page's language, as the portal's own calls ask (SPEC P6), not the browser's.
        headers: { 'X-CSRF-Token': session.csrfToken, 'Accept-Language': document.documentElement.lang },
      });
      return { status: response.status, body: await response.text() };
    },
    { bytes: [...EXE_AS_PDF], address: member.email },
  );
  assert.equal(direct.status, 415, direct.body);
  assert.ok(direct.body.includes(FORMAT_REFUSED), direct.body);

  for (const file of JUSTIFICATIFS) await pick(page, field, 'Ajouter un justificatif', file.name, file.bytes);
  const kept = field.getByRole('list', { name: 'Fichiers joints' });
  for (const file of JUSTIFICATIFS) await kept.getByText(file.name, { exact: true }).waitFor();
  const message = 'Arrêt prolongé : voici l’avis, l’ordonnance et mon bulletin de salaire.';
  await messageBox.fill(message);
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await page.getByText('Vos justificatifs ont été envoyés.', { exact: true }).waitFor();
  assert.equal(await kept.count(), 0, 'the files are emptied for the next sending');
  assert.equal(await messageBox.inputValue(), '');
  assert.equal(await email.inputValue(), member.email, 'the e-mail is kept');
  await expectAccessible(page, 'Envoi de justificatifs, envoyé');

  const slip = await download(page, page.getByRole('link', { name: "Télécharger le bordereau d'envoi" }));
  assert.match(slip.download.suggestedFilename(), /^bordereau-envoi-\d{4}-\d{2}-\d{2}\.pdf$/);
  assert.equal(formatOf(slip.bytes), 'pdf');
  const text = pdfText(slip.path);
  assert.ok(text.includes("Bordereau d'envoi de justificatifs"), text);
  assert.ok(text.includes(`${member.firstName} ${member.lastName} — identifiant ${member.identifier}`), text);
  assert.ok(text.includes(`E-mail : ${member.email}`), text);
  assert.ok(text.includes(message), text);
  assert.ok(text.includes('Documents joints (3)'), text);
  JUSTIFICATIFS.forEach((file, i) => {
    assert.match(
      text,
      new RegExp(
        `${i + 1}\\. ${file.name.replace(/\./g, '\\.')} — [\\d,]+ Ko — SHA-256 ${sha256(file.bytes)}`,
      ),
    );
  });

  // The sending heads Historique des envois: the bordereau, then the three JUSTIFICATIFS.
  await openFromMenu(page, HISTORY_LINK, 'Historique des envois');
  const newest = page.getByRole('row').nth(1);
  await newest.getByRole('cell', { name: 'Justificatifs', exact: true }).waitFor();
  const documents = await newest.getByRole('link').allTextContents();
  assert.deepEqual(
    documents.map((d) =>
      d
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/ du \d{2}\/\d{2}\/\d{4}$/, ''),
    ),
    ["Télécharger Bordereau d'envoi", ...JUSTIFICATIFS.map((f) => `Télécharger ${f.name}`)],
  );
});
