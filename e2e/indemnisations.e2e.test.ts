import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';
import { indemnisationsDb } from '../mfe-indemnisations/api/tables.js';
import { expectAccessible, logIn, type RunningPortal, startPortal } from './harness.js';

let running: RunningPortal;
/** Claire Martin (A100001, Mairie de Bourges: online claims allowed), in her own browser context. */
let claire: BrowserContext;
let page: Page;

before(async () => {
  running = await startPortal();
  claire = await running.browser.newContext();
  page = await claire.newPage();
  await logIn(page, running.url, 'A100001');
});
after(() => running.close());

/* ------------------------------------------------------------------------------- files ---- */

/** A small but genuine PDF (the server judges the format from the first bytes, `%PDF-`). */
const SMALL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
/** A 1×1 PNG (signature 89 50 4E 47 0D 0A 1A 0A). */
const SMALL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
/** A 1×1 JPEG (signature FF D8 FF). */
const SMALL_JPG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
/** 4 MB starting with `%PDF-`: a PDF, but over the 3.5 MB limit. */
const FOUR_MB_PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(4 * 1024 * 1024 - 9, 0x20)]);
/** A Windows executable (DOS header "MZ") renamed facture.pdf. */
const EXE_AS_PDF = Buffer.concat([
  Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]),
  Buffer.alloc(498),
]);

/** The three justificatifs of C4 (names unlike the demo's own). */
const JUSTIFICATIFS = [
  { name: 'avis-prolongation-novembre.pdf', bytes: SMALL_PDF },
  { name: 'ordonnance-kinesitherapie.png', bytes: SMALL_PNG },
  { name: 'bulletin-salaire-octobre.jpg', bytes: SMALL_JPG },
];

const MIME: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg' };

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** What a downloaded file starts with: its format, as the server would judge it. */
function formatOf(bytes: Buffer): string {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes.subarray(0, 8).equals(SMALL_PNG.subarray(0, 8))) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  return 'unknown';
}

/** The text of a PDF, as pdftotext reads it, with every run of white space folded to one space. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Clicks `trigger` and returns the download it starts, with its bytes. */
async function download(
  on: Page,
  trigger: Locator,
): Promise<{ download: Download; path: string; bytes: Buffer }> {
  const [started] = await Promise.all([on.waitForEvent('download'), trigger.click()]);
  const path = await started.path();
  return { download: started, path, bytes: readFileSync(path) };
}

/** Picks a file as the member does: the field's button opens the file chooser. */
async function pick(on: Page, field: Locator, button: string, name: string, buffer: Buffer): Promise<void> {
  const [chooser] = await Promise.all([
    on.waitForEvent('filechooser'),
    field.getByRole('button', { name: button }).click(),
  ]);
  const extension = name.split('.').pop() ?? '';
  await chooser.setFiles({ name, mimeType: MIME[extension] ?? 'application/octet-stream', buffer });
}

/** The text of the refusal of `name` under a file field ("name : message"), whitespace folded. */
async function refusalOf(field: Locator, name: string): Promise<string> {
  const item = field.getByRole('alert').getByRole('listitem').filter({ hasText: name });
  await item.waitFor();
  return ((await item.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/* ------------------------------------------------------------------------------- dates ---- */

/** Today in France (yyyy-mm-dd), as the claim's checks see it. */
const todayIso = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A regular expression matching exactly `text`. */
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')}$`);

/** "2026-05-17" → "17/05/2026". */
const fr = (iso: string) => iso.split('-').reverse().join('/');
/** "17/05/2026" → "2026-05-17". */
const iso = (french: string) => french.split('/').reverse().join('-');

/** The first day a preset of C5/C6 shows: the first of the month, `monthsBack` months ago (UTC). */
function monthStart(monthsBack: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1))
    .toISOString()
    .slice(0, 10);
}

/** Noon UTC on the 15th, `monthsBack` months ago: well inside its month whatever the time zone. */
function midMonth(monthsBack: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 15, 12));
}

/* -------------------------------------------------------------------------- page helpers ---- */

/** `color-error` of the design tokens (#c0262d). */
const ERROR_RED = 'rgb(192, 38, 45)';
const CLAIM_TITLE = "Demande d'indemnisation — Arrêt de travail";
const REQUIRED = 'Ce champ est obligatoire.';
const OVERLAP = 'Les périodes se chevauchent : corrigez leurs dates.';
const INVALID_NOTICE = 'Certains champs sont manquants ou incorrects : ils sont signalés en rouge.';
const FORMAT_REFUSED = 'Formats acceptés : JPG, PNG, PDF';
const SIZE_REFUSED = 'Taille maximale de fichier acceptée : 3.5Mo.';

const menu = (on: Page = page) => on.locator('pa-menu');

async function openFromMenu(link: RegExp, heading: string, on: Page = page): Promise<void> {
  await menu(on).getByRole('link', { name: link }).click();
  await on.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

const DEMANDE_LINK = /^Demande d'indemnisation/;
const HISTORY_LINK = /^Historique des envois/;

/** How a control shows its state: aria-invalid, its descriptions (error first) and their colours. */
async function fieldState(control: Locator) {
  return control.evaluate((el) => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const described = ids.map((id) => root.getElementById(id));
    const options = el.querySelector('.options');
    return {
      invalid: el.getAttribute('aria-invalid'),
      border: getComputedStyle(el).borderTopColor,
      /** A radio group's answers are underlined in red on their left. */
      optionsBorder: options ? getComputedStyle(options).borderLeftColor : null,
      description: described.map((d) => d?.textContent?.trim() ?? ''),
      descriptionColor: described.map((d) => (d ? getComputedStyle(d).color : '')),
    };
  });
}

/** The element that has the focus, through the shadow roots. */
async function focused(on: Page) {
  return on.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const input = el as HTMLInputElement | null;
    return input ? { tag: input.tagName, type: input.type, name: input.name, value: input.value } : null;
  });
}

/**
 * How many sendings of `kind` Historique des envois lists, seen in another tab of the member's
 * browser (the page under test stays where it is).
 */
async function sendingsOfKind(kind: string): Promise<number> {
  const other = await claire.newPage();
  try {
    await other.goto(`${running.url}/indemnisations/historique-envois`);
    await other.getByText(/^\d+ envois?$/).waitFor();
    return await other.getByRole('cell', { name: kind, exact: true }).count();
  } finally {
    await other.close();
  }
}

/** The POSTs that would send a claim (Envoyer), as the page makes them. */
function recordClaimSends(on: Page): string[] {
  const posts: string[] = [];
  on.on('request', (request) => {
    if (request.method() === 'POST' && /\/api\/indemnisations\/demandes\/[^/]+\/envoi$/.test(request.url())) {
      posts.push(request.url());
    }
  });
  return posts;
}

const tab = (name: string) => page.getByRole('tab', { name, exact: true });
const group = (legend: RegExp) => page.getByRole('radiogroup', { name: legend });
const textbox = (name: string) => page.getByRole('textbox', { name, exact: true });

/* ---------------------------------------------------------------------------- C1 + C2 ---- */

test('C1 + C2 a claim started, saved, resumed, refused while incomplete or overlapping, then sent; its PDF in Historique des envois', async () => {
  const today = todayIso();
  const sentBefore = await sendingsOfKind("Demande d'indemnisation");
  const sends = recordClaimSends(page);

  await openFromMenu(DEMANDE_LINK, "Demande d'indemnisation");
  await page
    .getByRole('heading', { name: "Formulaire(s) en ligne de demande d'indemnisation", level: 2 })
    .waitFor();
  await page.getByRole('heading', { name: "Demande(s) d'indemnisation en cours", level: 2 }).waitFor();
  const resumeLinks = page.getByRole('link', { name: /^Poursuivre la demande du / });
  const draftsBefore = await resumeLinks.count();
  assert.ok(draftsBefore >= 1, 'the demo draft is listed');
  await expectAccessible(page, "Demande d'indemnisation");

  // "Déclarer un sinistre": a new claim, pre-filled from the member's file, opens on its first tab.
  await page.getByRole('button', { name: `Déclarer un sinistre : ${CLAIM_TITLE}` }).click();
  await page.waitForURL(/\/indemnisations\/demande\/[0-9a-f-]{36}$/);
  const claimPath = new URL(page.url()).pathname;
  await page.getByRole('heading', { name: CLAIM_TITLE, level: 1 }).waitFor();
  assert.equal(await tab('Employeur').getAttribute('aria-selected'), 'true');
  assert.equal(await textbox('Employeur').inputValue(), 'Mairie de Bourges');
  assert.equal(await textbox('Employeur').getAttribute('readonly'), '', 'from the file, not editable');
  await expectAccessible(page, 'Demande en ligne, onglet Employeur');

  // Part of it, on three tabs, then "Enregistrer".
  await textbox('Service ou direction').fill('Direction des sports');
  await tab('Adhérent').click();
  await page.getByRole('heading', { name: 'Adhérent', level: 2 }).waitFor();
  assert.equal(await textbox('Nom').inputValue(), 'Martin', 'pre-filled from the file');
  assert.equal(await textbox('E-mail').inputValue(), 'claire.martin@example.fr');
  await textbox('Téléphone').fill('02 48 24 56 10');
  await tab('Sinistre').click();
  await group(/^Nature de l'arrêt/)
    .getByRole('radio', { name: 'Accident de la vie privée' })
    .check();
  await textbox('Circonstances (facultatif)').fill('Chute dans un escalier.');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText(/^Demande enregistrée le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}\.$/).waitFor();
  await expectAccessible(page, 'Demande en ligne, enregistrée');

  // Leave for another page of the menu, come back, and go on with it from ✎.
  await openFromMenu(HISTORY_LINK, 'Historique des envois');
  await openFromMenu(DEMANDE_LINK, "Demande d'indemnisation");
  await resumeLinks.first().waitFor();
  assert.equal(await resumeLinks.count(), draftsBefore + 1);
  const resume = resumeLinks.and(page.locator(`[href="${claimPath}"]`));
  const draftRow = page.getByRole('row').filter({ has: resume });
  await draftRow.getByRole('rowheader', { name: new RegExp(`^${fr(today)} à \\d{2}:\\d{2}$`) }).waitFor();
  await draftRow.getByRole('cell', { name: CLAIM_TITLE, exact: true }).waitFor();
  assert.match(
    ((await resume.textContent()) ?? '').replace(/\s+/g, ' ').trim(),
    new RegExp(
      `^✎ Poursuivre la demande du ${fr(today)} à \\d{2}:\\d{2} \\(${CLAIM_TITLE.replace(/[()]/g, '\\$&')}\\)$`,
    ),
  );
  await resume.click();
  await page.waitForURL((u) => u.pathname === claimPath);
  await page.getByRole('heading', { name: CLAIM_TITLE, level: 1 }).waitFor();
  assert.equal(await textbox('Service ou direction').inputValue(), 'Direction des sports');
  await tab('Adhérent').click();
  assert.equal(await textbox('Téléphone').inputValue(), '02 48 24 56 10');
  await tab('Sinistre').click();
  assert.equal(
    await group(/^Nature de l'arrêt/)
      .getByRole('radio', { name: 'Accident de la vie privée' })
      .isChecked(),
    true,
  );
  assert.equal(await textbox('Circonstances (facultatif)').inputValue(), 'Chute dans un escalier.');

  // "Envoyer" while required answers are missing: refused in the browser, nothing leaves.
  await tab('Employeur').click();
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await page.getByText(INVALID_NOTICE, { exact: true }).waitFor();
  // The first missing answer is "Un tiers est-il responsable ?": its tab is shown, the focus on it.
  await page.getByRole('tab', { name: 'Sinistre (erreurs)', exact: true, selected: true }).waitFor();
  const thirdParty = group(/^Un tiers est-il responsable \?/);
  const thirdPartyState = await fieldState(thirdParty);
  assert.equal(thirdPartyState.invalid, 'true');
  assert.deepEqual(thirdPartyState.description, [REQUIRED]);
  assert.deepEqual(thirdPartyState.descriptionColor, [ERROR_RED]);
  assert.equal(thirdPartyState.optionsBorder, ERROR_RED);
  assert.deepEqual(await focused(page), {
    tag: 'INPUT',
    type: 'radio',
    name: 'tiersResponsable',
    value: 'oui',
  });
  // The headers of the tabs holding errors say so (in words, and in red); the others do not.
  for (const name of [
    'Sinistre (erreurs)',
    'Périodes présentées (erreurs)',
    'Arrêt(s) précédent(s) (erreurs)',
  ]) {
    const header = page.getByRole('tab', { name, exact: true });
    assert.equal(await header.evaluate((el) => getComputedStyle(el).borderTopColor), ERROR_RED, name);
  }
  await tab('Employeur').waitFor();
  await tab('Adhérent').waitFor();
  assert.equal(
    await group(/^Nature de l'arrêt/).getAttribute('aria-invalid'),
    null,
    'an answered question is not marked',
  );
  await expectAccessible(page, 'Demande en ligne, champs manquants');
  assert.deepEqual(sends, [], 'nothing is sent');

  // Answered, the question is no longer red and its tab no longer marked.
  await thirdParty.getByRole('radio', { name: 'Non' }).check();
  await tab('Sinistre').waitFor();
  assert.equal(await thirdParty.getAttribute('aria-invalid'), null);
  assert.equal(
    await page.getByRole('tabpanel').getByText(REQUIRED, { exact: true }).count(),
    0,
    'no message left on the tab shown',
  );

  // "Suivant" to the periods: two periods that overlap (full pay, then half pay).
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('tab', { name: 'Périodes présentées (erreurs)', selected: true }).waitFor();
  await page.getByRole('heading', { name: 'Périodes présentées', level: 2 }).waitFor();
  // Its missing answers are marked as well: a date in red, the periods' table with its message.
  const originState = await fieldState(textbox("Date d'origine de l'évènement"));
  assert.equal(originState.invalid, 'true');
  assert.equal(originState.border, ERROR_RED);
  assert.deepEqual(originState.description, [REQUIRED]);
  assert.deepEqual((await fieldState(textbox('Début de la période 1'))).description, [
    "Saisissez au moins une période d'arrêt.",
  ]);
  await group(/^Type d'arrêt/)
    .getByRole('radio', { name: 'Arrêt initial' })
    .check();
  const origin = addDays(today, -60);
  await textbox("Date d'origine de l'évènement").fill(origin);
  await textbox('Début de la période 1').fill(origin);
  await textbox('Fin de la période 1').fill(addDays(today, -31));
  await page.getByRole('radio', { name: 'Plein traitement, période 1' }).check();
  await textbox('Début de la période 2').fill(addDays(today, -40));
  await textbox('Fin de la période 2').fill(addDays(today, -15));
  await page.getByRole('radio', { name: 'Demi-traitement, période 2' }).check();
  await group(/^L'arrêt est-il terminé \?/)
    .getByRole('radio', { name: 'Oui' })
    .check();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('heading', { name: 'Arrêt(s) précédent(s)', level: 2 }).waitFor();
  await group(/^Avez-vous eu des arrêts de travail au cours des 12 derniers mois \?/)
    .getByRole('radio', { name: 'Non' })
    .check();
  assert.equal(
    await page.getByRole('button', { name: 'Suivant' }).isDisabled(),
    true,
    'the last tab has no next one',
  );

  await page.getByRole('button', { name: 'Envoyer' }).click();
  await page
    .getByRole('tab', { name: 'Périodes présentées (erreurs)', exact: true, selected: true })
    .waitFor();
  await page.getByText(OVERLAP, { exact: true }).waitFor();
  const firstStart = await fieldState(textbox('Début de la période 1'));
  assert.equal(firstStart.invalid, 'true');
  assert.deepEqual(firstStart.description, [OVERLAP]);
  assert.deepEqual(
    await page
      .getByRole('tab')
      .allTextContents()
      .then((names) => names.map((n) => n.replace(/\s+/g, ' ').trim())),
    ['Employeur', 'Adhérent', 'Sinistre', 'Périodes présentées ⚠ (erreurs)', 'Arrêt(s) précédent(s)'],
    'only the periods are wrong now',
  );
  await expectAccessible(page, 'Demande en ligne, périodes qui se chevauchent');
  assert.deepEqual(sends, [], 'still nothing sent');
  assert.equal(
    await sendingsOfKind("Demande d'indemnisation"),
    sentBefore,
    'nothing in Historique des envois',
  );

  // The second period corrected: it starts after the first one ends.
  await textbox('Début de la période 2').fill(addDays(today, -30));
  await page.getByText(OVERLAP, { exact: true }).waitFor({ state: 'detached' });
  await tab('Périodes présentées').waitFor();
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await page
    .getByText(`Votre demande d'indemnisation a été envoyée le ${fr(today)}.`, { exact: true })
    .waitFor();
  const pdfLink = page.getByRole('link', { name: 'Télécharger la demande envoyée (PDF)' });
  const pdfUrl = await pdfLink.getAttribute('href');
  assert.match(pdfUrl ?? '', /^\/api\/indemnisations\/envois\/[0-9a-f-]{36}\/documents\/[0-9a-f-]{36}$/);
  assert.equal(await page.getByRole('button', { name: 'Envoyer' }).count(), 0, 'a sent claim is read-only');
  assert.equal(sends.length, 1);
  await expectAccessible(page, 'Demande en ligne, envoyée');

  // Its PDF is in Historique des envois, and downloads as the claim that was sent.
  await openFromMenu(HISTORY_LINK, 'Historique des envois');
  const inHistory = page
    .getByRole('link', { name: `Télécharger Demande d'indemnisation (PDF) du ${fr(today)}` })
    .and(page.locator(`[href="${pdfUrl}"]`));
  const { download: file, path, bytes } = await download(page, inHistory);
  assert.match(file.suggestedFilename(), /^demande-indemnisation-DI-[0-9A-F]{8}\.pdf$/);
  assert.equal(formatOf(bytes), 'pdf');
  const text = pdfText(path);
  assert.ok(text.includes('Arrêt de travail'), text);
  for (const line of [
    'Employeur : Mairie de Bourges',
    'Service ou direction : Direction des sports',
    'Téléphone : 02 48 24 56 10',
    "Nature de l'arrêt : Accident de la vie privée",
    'Un tiers est-il responsable ? : Non',
    "Type d'arrêt : Arrêt initial",
    `Période(s) d'arrêt : du ${fr(origin)} au ${fr(addDays(today, -31))} (Plein traitement) ; du ${fr(addDays(today, -30))} au ${fr(addDays(today, -15))} (Demi-traitement)`,
    "L'arrêt est-il terminé ? : Oui",
    'Avez-vous eu des arrêts de travail au cours des 12 derniers mois ? : Non',
  ]) {
    assert.ok(text.includes(line), `the PDF says « ${line} »:\n${text}`);
  }
  assert.equal(await sendingsOfKind("Demande d'indemnisation"), sentBefore + 1, 'one sending, not two');

  // Sent, it is no longer among the claims being written.
  await openFromMenu(DEMANDE_LINK, "Demande d'indemnisation");
  await resumeLinks.first().waitFor();
  assert.equal(await resumeLinks.count(), draftsBefore);
  assert.equal(await page.locator(`[href="${claimPath}"]`).count(), 0);
});

test('C1 the ✕ of a draft asks first, then deletes it; "Annuler" keeps it', async () => {
  await openFromMenu(DEMANDE_LINK, "Demande d'indemnisation");
  const resumeLinks = page.getByRole('link', { name: /^Poursuivre la demande du / });
  await resumeLinks.first().waitFor();
  const draftsBefore = await resumeLinks.count();
  await page.getByRole('button', { name: `Déclarer un sinistre : ${CLAIM_TITLE}` }).click();
  await page.waitForURL(/\/indemnisations\/demande\/[0-9a-f-]{36}$/);
  const claimPath = new URL(page.url()).pathname;
  await page.getByRole('heading', { name: CLAIM_TITLE, level: 1 }).waitFor();
  await page.getByRole('link', { name: "Retour à mes demandes d'indemnisation" }).click();
  await page.waitForURL((u) => u.pathname === '/indemnisations/demande');
  await resumeLinks.first().waitFor();
  assert.equal(await resumeLinks.count(), draftsBefore + 1);

  const today = fr(todayIso());
  const row = page.getByRole('row').filter({ has: page.locator(`[href="${claimPath}"]`) });
  const remove = row.getByRole('button', {
    name: new RegExp(`^Supprimer la demande du ${today} à \\d{2}:\\d{2}`),
  });
  const dialog = page.getByRole('dialog', { name: "Suppression d'une demande d'indemnisation" });

  await remove.click();
  // (The question is slotted into the dialog: found from the page, not from the dialog box.)
  await dialog.waitFor();
  await page
    .getByText(
      `Voulez-vous supprimer la demande d'indemnisation du ${today} (${CLAIM_TITLE}) ? Elle ne pourra pas être récupérée.`,
    )
    .waitFor();
  await expectAccessible(page, "Demande d'indemnisation, confirmation de suppression");
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await row.count(), 1, 'kept when the member cancels');

  await remove.click();
  await dialog.getByRole('button', { name: 'Supprimer', exact: true }).click();
  await page.getByText(`La demande du ${today} a été supprimée.`, { exact: true }).waitFor();
  assert.equal(await row.count(), 0);
  assert.equal(await resumeLinks.count(), draftsBefore);
  await expectAccessible(page, "Demande d'indemnisation, demande supprimée");
  await page.reload();
  await resumeLinks.first().waitFor();
  assert.equal(await resumeLinks.count(), draftsBefore, 'deleted on the server');
  assert.equal(await page.locator(`[href="${claimPath}"]`).count(), 0);
  // Its address no longer opens it.
  await page.goto(`${running.url}${claimPath}`);
  await page.getByText("Cette demande n'existe pas ou ne vous concerne pas.").waitFor();
  assert.equal(await page.getByRole('button', { name: 'Envoyer' }).count(), 0);
});

/* ---------------------------------------------------------------------------------- C4 ---- */

test('C4 three justificatifs sent with a message; the bordereau lists each name and SHA-256; too large and disguised files refused', async () => {
  await openFromMenu(/^Envoi de justificatifs/, 'Envoi de justificatifs');
  const email = textbox('E-mail');
  await page
    .getByRole('heading', { name: 'Envoyer mes justificatifs pour indemnisation', level: 2 })
    .waitFor();
  const field = page.getByRole('group', { name: /^Mes documents/ });
  await field.getByRole('button', { name: 'Ajouter un justificatif' }).waitFor();
  assert.equal(await email.inputValue(), 'claire.martin@example.fr', 'pre-filled from the file');
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
    async ({ bytes }) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const data = new FormData();
      data.append('email', 'claire.martin@example.fr');
      data.append('fichiers', new File([new Uint8Array(bytes)], 'facture.pdf', { type: 'application/pdf' }));
      const response = await fetch('/api/indemnisations/justificatifs', {
        method: 'POST',
        body: data,
        headers: { 'X-CSRF-Token': session.csrfToken },
      });
      return { status: response.status, body: await response.text() };
    },
    { bytes: [...EXE_AS_PDF] },
  );
  assert.equal(direct.status, 415, direct.body);
  assert.ok(direct.body.includes(FORMAT_REFUSED), direct.body);

  for (const file of JUSTIFICATIFS) await pick(page, field, 'Ajouter un justificatif', file.name, file.bytes);
  const kept = field.getByRole('list', { name: 'Fichiers joints' });
  for (const file of JUSTIFICATIFS) await kept.getByText(file.name, { exact: true }).waitFor();
  const message = 'Arrêt prolongé : voici l’avis, l’ordonnance et mon bulletin de salaire.';
  await textbox('Mon message (facultatif)').fill(message);
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await page.getByText('Vos justificatifs ont été envoyés.', { exact: true }).waitFor();
  assert.equal(await kept.count(), 0, 'the files are emptied for the next sending');
  assert.equal(await textbox('Mon message (facultatif)').inputValue(), '');
  assert.equal(await email.inputValue(), 'claire.martin@example.fr', 'the e-mail is kept');
  await expectAccessible(page, 'Envoi de justificatifs, envoyé');

  const slip = await download(page, page.getByRole('link', { name: "Télécharger le bordereau d'envoi" }));
  assert.match(slip.download.suggestedFilename(), /^bordereau-envoi-\d{4}-\d{2}-\d{2}\.pdf$/);
  assert.equal(formatOf(slip.bytes), 'pdf');
  const text = pdfText(slip.path);
  assert.ok(text.includes("Bordereau d'envoi de justificatifs"), text);
  assert.ok(text.includes('Claire Martin — identifiant A100001'), text);
  assert.ok(text.includes('E-mail : claire.martin@example.fr'), text);
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
  await openFromMenu(HISTORY_LINK, 'Historique des envois');
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

/* ---------------------------------------------------------------------------------- C5 ---- */

test('C5 the period presets and "Actualiser" show what was sent when; every document downloads intact', async () => {
  // Everything the demo and the tests above sent is from today: four of them are moved back in
  // time (as if sent then), so that each preset has one more sending than the one before.
  const memberId = await running.kernel.members.idByIdentifier('A100001');
  assert.ok(memberId);
  const db = indemnisationsDb(running.kernel);
  const sendings = await db
    .selectFrom('indemnisations.sendings')
    .select('id')
    .where('member_id', '=', memberId)
    .orderBy('sent_at', 'asc')
    .execute();
  const ids = sendings.map((s) => s.id);
  assert.equal(ids.length, 4, 'the demo’s two sendings, the claim and the justificatifs sent above');
  const backdated = [
    new Date(Date.UTC(new Date().getUTCFullYear() - 3, 5, 15, 12)), // three years ago: "Tous" only
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

  await openFromMenu(HISTORY_LINK, 'Historique des envois');
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
  const other = await claire.newPage();
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
  // The dates are those of the sendings, newest first.
  const dates = await page.getByRole('rowheader').allTextContents();
  assert.deepEqual(
    dates.map((d) => d.trim()),
    [fr(todayIso()), ...[...backdated].reverse().map((d) => fr(d.toISOString().slice(0, 10)))],
  );
  await expectAccessible(page, 'Historique des envois, tous');

  // The period is in the address: a reload keeps it.
  await preset('6 derniers mois').click();
  await results('3 envois (6 derniers mois)').waitFor();
  await page.reload();
  await results('3 envois (6 derniers mois)').waitFor();
  assert.equal(await preset('6 derniers mois').getAttribute('aria-pressed'), 'true');
  await preset('Tous').click();
  await results('5 envois').waitFor();

  // Every document downloads, under its name, with the bytes that were sent.
  const sent = new Map([
    ...JUSTIFICATIFS.map((f): [string, Buffer] => [f.name, f.bytes]),
    ['formulaire-arret-complete.pdf', SMALL_PDF],
  ]);
  const links = page.getByRole('link', { name: /^Télécharger / });
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

/* ---------------------------------------------------------------------------------- C6 ---- */

interface Entry {
  title: string;
  issued: string;
}

const ENTRY_TITLE =
  /^Prestations pour la (?<nature>.+) du (?<start>\d{2}\/\d{2}\/\d{4}) - (?<end>\d{2}\/\d{2}\/\d{4})$/;
const ENTRY_ISSUED =
  /^Le règlement a été émis en date du (?<paid>\d{2}\/\d{2}\/\d{4}) par Virement \(sous réserve des délais de traitement bancaire\)\.$/;

const paymentList = () => page.getByRole('list', { name: 'Historique des indemnisations' });

async function entries(): Promise<Entry[]> {
  return paymentList()
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((item) => ({
        title: item.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        issued: item.querySelector('p')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      })),
    );
}

function parse(entry: Entry) {
  const title = ENTRY_TITLE.exec(entry.title)?.groups;
  const issued = ENTRY_ISSUED.exec(entry.issued)?.groups;
  assert.ok(title, `title « ${entry.title} »`);
  assert.ok(issued, `payment « ${entry.issued} »`);
  return {
    nature: title.nature!,
    start: iso(title.start!),
    end: iso(title.end!),
    paid: iso(issued.paid!),
  };
}

/** Waits until the list shows `titles` (after a sort, a filter or a page). */
async function waitForTitles(titles: string[]): Promise<void> {
  await paymentList().getByRole('listitem').first().waitFor();
  // A loop, not a named inner function: the page must not depend on tsx's helpers.
  await page.waitForFunction(
    (wanted) => {
      const shown: string[] = [];
      const stack: ParentNode[] = [document];
      while (stack.length > 0) {
        const root = stack.pop()!;
        for (const h of root.querySelectorAll('ul.payments h2')) {
          shown.push(h.textContent?.replace(/\s+/g, ' ').trim() ?? '');
        }
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) stack.push(el.shadowRoot);
      }
      return JSON.stringify(shown) === JSON.stringify(wanted);
    },
    titles,
    { polling: 50 },
  );
}

test('C6 Historique des indemnisations: entry texts, sorts, "12 derniers mois" and "Toutes", pages, detail behind the amount', async () => {
  await openFromMenu(/^Historique des indemnisations/, 'Historique des indemnisations');
  const total = page.getByText('38 indemnisations', { exact: true }).first();
  await total.waitFor();
  await page
    .getByText(
      "Cliquez sur le montant pour avoir le détail d'indemnisation. Seules les indemnisations à compter du 01/01/2014 sont présentées.",
      { exact: true },
    )
    .waitFor();
  const preset = (name: string) =>
    page.getByRole('group', { name: 'Période' }).getByRole('button', { name, exact: true });
  assert.equal(await preset('Toutes').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByRole('radio', { name: "Date d'indemnisation" }).isChecked(), true);
  await page.getByText('Page 1 sur 2', { exact: true }).waitFor();
  await expectAccessible(page, 'Historique des indemnisations');

  // Page 1, newest payment first; each entry as the manual words it.
  const first = (await entries()).map(parse);
  assert.equal(first.length, 20);
  for (let i = 1; i < first.length; i += 1)
    assert.ok(first[i - 1]!.paid >= first[i]!.paid, 'by date of payment');
  assert.deepEqual((await entries())[0], {
    title: 'Prestations pour la Maladie ordinaire du 29/05/2026 - 27/06/2026',
    issued:
      'Le règlement a été émis en date du 09/07/2026 par Virement (sous réserve des délais de traitement bancaire).',
  });
  const item = paymentList().getByRole('listitem').first();
  await item.getByText('Employeur : Mairie de Bourges', { exact: true }).waitFor();
  await item.getByText(/^Contrat : .+ - Numéro d'adhésion agent : .+$/).waitFor();

  // The detail behind the amount: gross, each deduction, net, the days.
  const amount = item.getByRole('button', { name: /^Détail du règlement de .+ du 09\/07\/2026$/ });
  assert.equal(await amount.getAttribute('aria-expanded'), 'false');
  await amount.click();
  const detail = page.getByRole('region', { name: /^Détail du règlement de .+ du 09\/07\/2026$/ });
  await detail.getByText('Montant net', { exact: true }).waitFor();
  assert.equal(await amount.getAttribute('aria-expanded'), 'true');
  const terms = (await detail.getByRole('term').allTextContents()).map((t) => t.trim());
  const values = (await detail.getByRole('definition').allTextContents()).map((v) =>
    v.replace(/[\s\u00a0\u202f]+/g, ' ').trim(),
  );
  const shown = Object.fromEntries(terms.map((t, i) => [t, values[i]]));
  assert.deepEqual(shown, {
    'Montant brut': '645,30 €',
    'CSG (6,7 %)': '-43,24 €',
    'CRDS (0,5 %)': '-3,23 €',
    'Montant net': '598,83 €',
    "Date de l'évènement": '01/09/2025',
    Période: 'du 29/05/2026 au 27/06/2026',
    'Jours à plein traitement': '0 jour',
    'Jours à demi-traitement': '30 jours',
    'Indemnité journalière': '43,02 €',
  });
  const euros = (text: string) => Math.round(Number(text.replace(/[^\d,-]/g, '').replace(',', '.')) * 100);
  assert.equal(
    euros(shown['Montant brut']!) + euros(shown['CSG (6,7 %)']!) + euros(shown['CRDS (0,5 %)']!),
    euros(shown['Montant net']!),
    'net = gross − deductions',
  );
  assert.match(((await amount.textContent()) ?? '').replace(/[\s\u00a0\u202f]+/g, ' '), /598,83 €/);
  await expectAccessible(page, 'Historique des indemnisations, détail ouvert');
  await amount.click();
  await detail.waitFor({ state: 'hidden' });

  // "Suivant": page 2 holds the 18 oldest, back to 2016 (nothing before 01/01/2014).
  const pager = page.getByRole('navigation', { name: 'Pagination des indemnisations' });
  await pager.getByRole('button', { name: 'Suivant' }).click();
  await page.waitForURL((u) => u.searchParams.get('page') === '2');
  await pager.getByText('Page 2 sur 2', { exact: true }).waitFor();
  const second = (await entries()).map(parse);
  assert.equal(second.length, 18);
  assert.equal(await pager.getByRole('button', { name: 'Suivant' }).isDisabled(), true);
  assert.equal(await pager.getByRole('button', { name: 'Précédent' }).isDisabled(), false);
  const all = [...first, ...second];
  assert.equal(new Set(all.map((e) => `${e.start}|${e.paid}`)).size, 38, 'no entry twice');
  assert.equal(all.at(-1)!.start, '2016-02-15', 'the oldest shown');
  assert.ok(all.every((e) => e.paid >= '2014-01-01'));
  await expectAccessible(page, 'Historique des indemnisations, page 2');

  // Sorted by date of the event: back to page 1, in the order of the events.
  const [byEvent] = await Promise.all([
    page.waitForResponse(
      (r) => r.url().includes('/api/indemnisations/paiements?') && r.url().includes('tri=evenement'),
    ),
    page.getByRole('radio', { name: "Date d'évènement" }).check(),
  ]);
  await page.waitForURL((u) => u.searchParams.get('tri') === 'evenement' && !u.searchParams.has('page'));
  const eventPage = (await byEvent.json()) as {
    items: { nature: string; eventDate: string; periodStart: string; periodEnd: string }[];
  };
  const eventDates = eventPage.items.map((p) => p.eventDate);
  assert.deepEqual(eventDates, [...eventDates].sort().reverse(), 'latest event first');
  await waitForTitles(
    eventPage.items.map(
      (p) => `Prestations pour la ${p.nature} du ${fr(p.periodStart)} - ${fr(p.periodEnd)}`,
    ),
  );
  assert.equal(await page.getByRole('radio', { name: "Date d'évènement" }).isChecked(), true);
  await pager.getByText('Page 1 sur 2', { exact: true }).waitFor();
  await expectAccessible(page, "Historique des indemnisations, par date d'évènement");

  // Sorted by period of leave: the periods, latest first.
  await page.getByRole('radio', { name: "Période d'arrêt" }).check();
  await page.waitForURL((u) => u.searchParams.get('tri') === 'periode');
  const byPeriod = [...all].sort((a, b) => b.start.localeCompare(a.start)).slice(0, 20);
  await waitForTitles(
    byPeriod.map((e) => `Prestations pour la ${e.nature} du ${fr(e.start)} - ${fr(e.end)}`),
  );

  // "12 derniers mois": the payments since the first day of the month eleven months ago.
  await preset('12 derniers mois').click();
  await page.waitForURL(
    (u) => u.searchParams.get('periode') === '12m' && u.searchParams.get('tri') === 'periode',
  );
  const since = monthStart(11);
  const recent = all.filter((e) => e.paid >= since).sort((a, b) => b.start.localeCompare(a.start));
  assert.ok(recent.length > 0 && recent.length < 20, `${recent.length} payments since ${since}`);
  await page.getByText(`${recent.length} indemnisations`, { exact: true }).first().waitFor();
  await waitForTitles(recent.map((e) => `Prestations pour la ${e.nature} du ${fr(e.start)} - ${fr(e.end)}`));
  assert.equal(await pager.count(), 0, 'one page only');
  await expectAccessible(page, 'Historique des indemnisations, 12 derniers mois');

  // "Toutes" again: the 38, sort kept.
  await preset('Toutes').click();
  await page.waitForURL((u) => !u.searchParams.has('periode') && u.searchParams.get('tri') === 'periode');
  await total.waitFor();
  await waitForTitles(
    byPeriod.map((e) => `Prestations pour la ${e.nature} du ${fr(e.start)} - ${fr(e.end)}`),
  );
});

/* ---------------------------------------------------------------------------------- A6 ---- */

test('A6 Sophie, whose employer does not allow online claims: no menu entry, the refusal instead of the form', async () => {
  const context = await running.browser.newContext();
  try {
    const sophie = await context.newPage();
    await logIn(sophie, running.url, 'A300003');
    await menu(sophie).getByRole('link', { name: HISTORY_LINK }).waitFor();
    await menu(sophie)
      .getByRole('link', { name: /^Envoi de justificatifs/ })
      .waitFor();
    assert.equal(await menu(sophie).getByRole('link', { name: DEMANDE_LINK }).count(), 0);

    await sophie.goto(`${running.url}/indemnisations/demande`);
    await sophie
      .getByText("Le service « Demande d'indemnisation » n'est pas ouvert par votre employeur.", {
        exact: true,
      })
      .waitFor();
    assert.equal(await sophie.getByRole('button', { name: /^Déclarer un sinistre/ }).count(), 0);
    assert.equal(await sophie.getByRole('button', { name: 'Envoyer' }).count(), 0);
    assert.equal(
      await sophie
        .getByRole('heading', { name: "Formulaire(s) en ligne de demande d'indemnisation" })
        .count(),
      0,
    );
    await expectAccessible(sophie, "Demande d'indemnisation refusée (A6)");

    // Nor can a claim be started by calling the API.
    const status = await sophie.evaluate(async () => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const response = await fetch('/api/indemnisations/demandes', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
        body: JSON.stringify({ formCode: 'arret-de-travail' }),
      });
      return response.status;
    });
    assert.equal(status, 403);
  } finally {
    await context.close();
  }
});
