// SPEC C1, C2, C3 and A6: the online claim (« Demande d'indemnisation »), each journey with a member
// of its own (a Mairie de Bourges member, whose employer allows online claims, or a Vierzon one).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { indemnisationsDb } from '../mfe-indemnisations/api/tables.js';
import { ENDED_STOP_RULE } from '../mfe-indemnisations/contract/sick-leave-form.js';
import { memberApi } from './api.js';
import { addDays, formatDate, todayIso } from './dates.js';
import { download, formatOf, pdfText } from './files.js';
import { expectAccessible, type RunningPortal, startPortal } from './harness.js';
import { CLAIM_TITLE, DEMANDE_LINK, HISTORY_LINK, JUSTIFICATIFS_LINK, startClaim } from './indemnisations.js';
import { freshMember, memberPage, VIERZON } from './members.js';
import { ERROR_RED, fieldState, menu, openFromMenu } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

const REQUIRED = 'Ce champ est obligatoire.';
const OVERLAP = 'Les périodes se chevauchent : corrigez leurs dates.';
const INVALID_NOTICE = 'Certains champs sont manquants ou incorrects : ils sont signalés en rouge.';

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
async function sendingsOfKind(context: BrowserContext, kind: string): Promise<number> {
  const other = await context.newPage();
  try {
    await other.goto(`${running.url}/indemnisations/historique-envois`);
    await other.getByText(/^(\d+ envois?|Aucun envoi pour le moment)$/).waitFor();
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

/** The claim form's controls, in `page`. */
function claimForm(page: Page) {
  return {
    tab: (name: string) => page.getByRole('tab', { name, exact: true }),
    group: (legend: RegExp) => page.getByRole('radiogroup', { name: legend }),
    textbox: (name: string) => page.getByRole('textbox', { name, exact: true }),
  };
}

/** The text of the element that has the focus, through the shadow roots. */
async function focusedText(on: Page): Promise<string> {
  return on.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const host = el?.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : el;
    return (host?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** The member's claims stored (drafts and sent), as the database has them. */
async function storedClaims(memberId: string): Promise<number> {
  const rows = await indemnisationsDb(running.kernel)
    .selectFrom('indemnisations.claims')
    .select('id')
    .where('member_id', '=', memberId)
    .where('deleted_at', 'is', null)
    .execute();
  return rows.length;
}

/** The document's title of the claim form (its form, its section, the portal). */
const CLAIM_PAGE_TITLE = `${CLAIM_TITLE} – Mes indemnisations – Portail Adhérent`;

/** The member's claims being written (« ✎ Poursuivre la demande du … »). */
const resumeLinksOf = (page: Page): Locator => page.getByRole('link', { name: /^Poursuivre la demande du / });

test('C1 + C2 a claim started, saved, resumed, refused while incomplete or overlapping, then sent; its PDF in Historique des envois', async (t) => {
  const member = await freshMember(running);
  // A draft of the member's, begun earlier: the new claim is listed beside it.
  await startClaim(await memberApi(running, member));
  const { context, page } = await memberPage(t, running, member);
  const { tab, group, textbox } = claimForm(page);
  const today = todayIso();
  const sentBefore = await sendingsOfKind(context, "Demande d'indemnisation");
  const sends = recordClaimSends(page);

  await openFromMenu(page, DEMANDE_LINK, "Demande d'indemnisation");
  await page
    .getByRole('heading', { name: "Formulaire(s) en ligne de demande d'indemnisation", level: 2 })
    .waitFor();
  await page.getByRole('heading', { name: "Demande(s) d'indemnisation en cours", level: 2 }).waitFor();
  const resumeLinks = resumeLinksOf(page);
  await resumeLinks.first().waitFor();
  const draftsBefore = await resumeLinks.count();
  assert.ok(draftsBefore >= 1, 'the draft begun earlier is listed');
  await expectAccessible(page, "Demande d'indemnisation");

  // "Déclarer un sinistre": the form of a new claim, pre-filled from the member's file, opens on its
  // first tab; nothing is stored until it is saved.
  await page.getByRole('button', { name: `Déclarer un sinistre : ${CLAIM_TITLE}` }).click();
  await page.waitForURL((u) => u.pathname === '/indemnisations/demande/nouvelle/arret-de-travail');
  await page.getByRole('heading', { name: CLAIM_TITLE, level: 1 }).waitFor();
  await page.getByText("Cette demande n'est pas encore enregistrée.").waitFor();
  assert.equal(await storedClaims(member.id), 1, 'only the draft begun earlier');
  await page.waitForFunction((title) => document.title === title, CLAIM_PAGE_TITLE);
  assert.equal(await tab('Employeur').getAttribute('aria-selected'), 'true');
  assert.equal(await textbox('Employeur').inputValue(), 'Mairie de Bourges');
  assert.equal(await textbox('Employeur').getAttribute('readonly'), '', 'from the file, not editable');
  await expectAccessible(page, 'Demande en ligne, onglet Employeur');

  // Part of it, on three tabs, then "Enregistrer".
  await textbox('Service ou direction').fill('Direction des sports');
  await tab('Adhérent').click();
  await page.getByRole('heading', { name: 'Adhérent', level: 2 }).waitFor();
  assert.equal(await textbox('Nom').inputValue(), member.lastName, 'pre-filled from the file');
  assert.equal(await textbox('E-mail').inputValue(), member.email);
  await textbox('Téléphone').fill('02 48 24 56 10');
  await tab('Sinistre').click();
  await group(/^Nature de l'arrêt/)
    .getByRole('radio', { name: 'Accident de la vie privée' })
    .check();
  await textbox('Circonstances (facultatif)').fill('Chute dans un escalier.');
  // The first "Enregistrer" stores it: the form takes its address, as it was on screen.
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText(/^Demande enregistrée le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}\.$/).waitFor();
  await page.waitForURL(/\/indemnisations\/demande\/[0-9a-f-]{36}$/);
  const claimPath = new URL(page.url()).pathname;
  assert.equal(
    await group(/^Nature de l'arrêt/)
      .getByRole('radio', { name: 'Accident de la vie privée' })
      .isChecked(),
    true,
  );
  assert.equal(await storedClaims(member.id), 2);
  await page.waitForFunction((title) => document.title === title, CLAIM_PAGE_TITLE);
  await expectAccessible(page, 'Demande en ligne, enregistrée');

  // Leave for another page of the menu, come back, and go on with it from ✎.
  await openFromMenu(page, HISTORY_LINK, 'Historique des envois');
  await openFromMenu(page, DEMANDE_LINK, "Demande d'indemnisation");
  await resumeLinks.first().waitFor();
  assert.equal(await resumeLinks.count(), draftsBefore + 1);
  const resume = resumeLinks.and(page.locator(`[href="${claimPath}"]`));
  const draftRow = page.getByRole('row').filter({ has: resume });
  await draftRow
    .getByRole('rowheader', { name: new RegExp(`^${formatDate(today)} à \\d{2}:\\d{2}$`) })
    .waitFor();
  await draftRow.getByRole('cell', { name: CLAIM_TITLE, exact: true }).waitFor();
  assert.match(
    ((await resume.textContent()) ?? '').replace(/\s+/g, ' ').trim(),
    new RegExp(
      `^✎ Poursuivre la demande du ${formatDate(today)} à \\d{2}:\\d{2} \\(${CLAIM_TITLE.replace(/[()]/g, '\\$&')}\\)$`,
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
    await sendingsOfKind(context, "Demande d'indemnisation"),
    sentBefore,
    'nothing in Historique des envois',
  );

  // The second period corrected: it starts after the first one ends; but it ends next year while
  // the stop is said to be over: refused on that end.
  await textbox('Début de la période 2').fill(addDays(today, -30));
  await page.getByText(OVERLAP, { exact: true }).waitFor({ state: 'detached' });
  await textbox('Fin de la période 2').fill(addDays(today, 400));
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await page
    .getByRole('tab', { name: 'Périodes présentées (erreurs)', exact: true, selected: true })
    .waitFor();
  await page.getByText(ENDED_STOP_RULE.message, { exact: true }).waitFor();
  assert.equal((await fieldState(textbox('Fin de la période 2'))).invalid, 'true');
  assert.deepEqual(sends, [], 'nothing sent');
  await expectAccessible(page, "Demande en ligne, arrêt terminé qui finit l'an prochain");
  await textbox('Fin de la période 2').fill(addDays(today, -15));
  await tab('Périodes présentées').waitFor();

  // "Envoyer" asks first, the focus on "Annuler", and says what follows; "Annuler" sends nothing.
  const question = page.getByRole('dialog', { name: "Envoi de la demande d'indemnisation" });
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await question.waitFor();
  await page.getByText("Elle sera transmise au service de gestion, qui l'étudiera.").waitFor();
  assert.equal(await focusedText(page), 'Annuler');
  await expectAccessible(page, "Demande en ligne, confirmation d'envoi");
  await question.getByRole('button', { name: 'Annuler' }).click();
  await question.waitFor({ state: 'hidden' });
  assert.deepEqual(sends, [], 'nothing sent on "Annuler"');
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await question.getByRole('button', { name: 'Envoyer la demande' }).click();
  await page
    .getByText(`Votre demande d'indemnisation a été envoyée le ${formatDate(today)}.`, { exact: true })
    .waitFor();
  await page
    .getByText(
      'Elle a été transmise au service de gestion. Suivez son traitement dans « Suivi » ; un e-mail vous informera de la décision.',
    )
    .waitFor();
  assert.equal(
    await page
      .locator('ind-claim-wizard')
      .getByRole('link', { name: 'Suivi', exact: true })
      .getAttribute('href'),
    '/contact/suivi',
  );
  const pdfLink = page.getByRole('link', { name: 'Télécharger la demande envoyée (PDF)' });
  const pdfUrl = await pdfLink.getAttribute('href');
  assert.match(pdfUrl ?? '', /^\/api\/indemnisations\/envois\/[0-9a-f-]{36}\/documents\/[0-9a-f-]{36}$/);
  assert.equal(await page.getByRole('button', { name: 'Envoyer' }).count(), 0, 'a sent claim is read-only');
  assert.equal(sends.length, 1);
  await expectAccessible(page, 'Demande en ligne, envoyée');

  // Its PDF is in Historique des envois, and downloads as the claim that was sent.
  await openFromMenu(page, HISTORY_LINK, 'Historique des envois');
  const inHistory = page
    .getByRole('link', { name: `Télécharger Demande d'indemnisation (PDF) du ${formatDate(today)}` })
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
    `Période(s) d'arrêt : du ${formatDate(origin)} au ${formatDate(addDays(today, -31))} (Plein traitement) ; du ${formatDate(addDays(today, -30))} au ${formatDate(addDays(today, -15))} (Demi-traitement)`,
    "L'arrêt est-il terminé ? : Oui",
    'Avez-vous eu des arrêts de travail au cours des 12 derniers mois ? : Non',
  ]) {
    assert.ok(text.includes(line), `the PDF says « ${line} »:\n${text}`);
  }
  assert.equal(
    await sendingsOfKind(context, "Demande d'indemnisation"),
    sentBefore + 1,
    'one sending, not two',
  );

  // Sent, it is no longer among the claims being written.
  await openFromMenu(page, DEMANDE_LINK, "Demande d'indemnisation");
  await resumeLinks.first().waitFor();
  assert.equal(await resumeLinks.count(), draftsBefore);
  assert.equal(await page.locator(`[href="${claimPath}"]`).count(), 0);
});

test('C1 the ✕ of a draft asks first, then deletes it; "Annuler" keeps it', async (t) => {
  const member = await freshMember(running);
  // A draft of the member's, begun earlier: it stays when the new one goes.
  await startClaim(await memberApi(running, member));
  const { page } = await memberPage(t, running, member);
  await openFromMenu(page, DEMANDE_LINK, "Demande d'indemnisation");
  const resumeLinks = resumeLinksOf(page);
  await resumeLinks.first().waitFor();
  const draftsBefore = await resumeLinks.count();
  const declare = page.getByRole('button', { name: `Déclarer un sinistre : ${CLAIM_TITLE}` });
  const back = page.getByRole('link', { name: "Retour à mes demandes d'indemnisation" });
  // Five visits to the form of a new claim, left without saving: no draft.
  for (let visit = 1; visit <= 5; visit += 1) {
    await declare.click();
    await page.getByRole('heading', { name: CLAIM_TITLE, level: 1 }).waitFor();
    await back.click();
    await page.waitForURL((u) => u.pathname === '/indemnisations/demande');
    await resumeLinks.first().waitFor();
  }
  assert.equal(await resumeLinks.count(), draftsBefore, 'five visits, no draft');
  assert.equal(await storedClaims(member.id), draftsBefore);
  // Saved once, it is one.
  await declare.click();
  await page.getByRole('heading', { name: CLAIM_TITLE, level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.waitForURL(/\/indemnisations\/demande\/[0-9a-f-]{36}$/);
  const claimPath = new URL(page.url()).pathname;
  await back.click();
  await page.waitForURL((u) => u.pathname === '/indemnisations/demande');
  await resumeLinks.first().waitFor();
  assert.equal(await resumeLinks.count(), draftsBefore + 1);

  const today = formatDate(todayIso());
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

test('A6 a member whose employer does not allow online claims: the blank paper form, not the online form', async (t) => {
  const member = await freshMember(running, { employer: VIERZON, contracts: ['prevoyance', 'sante'] });
  const { page } = await memberPage(t, running, member);
  await menu(page).getByRole('link', { name: HISTORY_LINK }).waitFor();
  await menu(page).getByRole('link', { name: JUSTIFICATIFS_LINK }).waitFor();

  await openFromMenu(page, DEMANDE_LINK, "Demande d'indemnisation");
  await page
    .getByText("Le service « Demande d'indemnisation en ligne » n'est pas ouvert par votre employeur.", {
      exact: true,
    })
    .waitFor();
  await page
    .getByText(
      'Téléchargez le formulaire ci-dessous, complétez-le et renvoyez-le par courrier, avec la copie de votre arrêt de travail, à Mutuelle Territoriale du Centre, 12 rue Moyenne, 18000 Bourges.',
    )
    .waitFor();
  assert.equal(await page.getByRole('button', { name: /^Déclarer un sinistre/ }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Envoyer' }).count(), 0);
  assert.equal(
    await page.getByRole('heading', { name: "Formulaire(s) en ligne de demande d'indemnisation" }).count(),
    0,
  );
  // The blank form the FAQ sends the member to.
  const { download: file, path } = await download(
    page,
    page.getByRole('link', { name: /^Télécharger Déclaration d'arrêt de travail/ }),
  );
  assert.equal(file.suggestedFilename(), 'declaration-arret-de-travail.pdf');
  assert.ok(pdfText(path).includes("Déclaration d'arrêt de travail"));
  await expectAccessible(page, "Demande d'indemnisation, formulaire papier seulement (A6)");

  // Nor can a claim be started by calling the API.
  const status = await page.evaluate(async () => {
    const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
    const response = await fetch('/api/indemnisations/demandes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
      body: JSON.stringify({ formCode: 'arret-de-travail' }),
    });
    return response.status;
  });
  assert.equal(status, 403);
  await page.goto(`${running.url}/indemnisations/demande/nouvelle/arret-de-travail`);
  await page
    .getByText("Le service « Demande d'indemnisation en ligne » n'est pas ouvert par votre employeur.", {
      exact: true,
    })
    .waitFor();
  assert.equal(await page.getByRole('button', { name: 'Envoyer' }).count(), 0);
  await expectAccessible(page, 'Demande en ligne refusée (A6)');
});
