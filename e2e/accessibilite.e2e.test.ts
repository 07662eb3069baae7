// Accessibility of the shell itself: the accessibility statement (« Déclaration d'accessibilité »,
// RGAA) and its footer link, the skip link as the first Tab stop after a full load with the focus
// on the title after an in-app navigation (SPEC A4), and a clean console for a visitor.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { publishMembershipForm } from './adhesion.js';
import { expectAccessible, type RunningPortal, startPortal } from './harness.js';
import { freshMember, memberPage, newPage } from './members.js';
import { menu, openFromMenu } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

const STATEMENT = "Déclaration d'accessibilité";
const FOOTER_LINK = 'Accessibilité : non conforme';

/**
 * The element that has the focus, through the shadow roots: its tag and what a screen reader reads
 * of it (its aria-label, or its text in the composed tree — slotted content included, aria-hidden
 * parts left out).
 */
function focused(page: Page): Promise<{ tag: string; text: string }> {
  // (A string: the test runner's transform would add helpers a function evaluated in the page lacks.)
  return page.evaluate(`(() => {
    const spoken = (node) => {
      if (node instanceof Element) {
        if (node.getAttribute('aria-hidden') === 'true' || ['STYLE', 'SCRIPT'].includes(node.tagName)) return '';
        if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map(spoken).join('');
        return [...(node.shadowRoot ?? node).childNodes].map(spoken).join('');
      }
      return node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '';
    };
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const name = el?.getAttribute('aria-label') ?? (el ? spoken(el) : '');
    return { tag: el?.tagName ?? '', text: name.replace(/\\s+/g, ' ').trim() };
  })()`);
}

/** Every console error and uncaught exception of the page, from now on. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function expectStatement(page: Page): Promise<void> {
  await page.getByRole('heading', { name: STATEMENT, level: 1 }).waitFor();
  assert.equal(await page.title(), `${STATEMENT} – Portail Adhérent`);
  const statement = page.locator('portail-accessibility-page');
  for (const heading of [
    'État de conformité',
    'Résultats des tests',
    'Contenus non accessibles',
    'Établissement de cette déclaration',
    "Retour d'information et contact",
    'Voies de recours',
  ]) {
    await statement.getByRole('heading', { name: heading, level: 2 }).waitFor();
  }
  for (const said of [
    "Le Portail Adhérent est non conforme avec le référentiel général d'amélioration de l'accessibilité",
    'en décembre 2026',
    'axe-core',
    'Lighthouse',
    'vérifications manuelles au clavier',
    'Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07',
  ]) {
    await statement.getByText(said).first().waitFor();
  }
  const derogations = statement.getByRole('heading', {
    name: 'Dérogations pour charge disproportionnée',
    level: 3,
  });
  await derogations.waitFor();
  assert.equal(await statement.locator('h3 + p').first().textContent(), 'Aucune.');
  // The known non-conformities, each with its RGAA criterion.
  assert.ok((await statement.getByText(/\(RGAA, critère \d+\.\d+\)/).count()) >= 1);
  assert.equal(
    await statement.getByRole('link', { name: '09 69 39 00 00' }).getAttribute('href'),
    'tel:+33969390000',
  );
  const form = statement.getByRole('link', { name: 'formulaire en ligne du Défenseur des droits' });
  assert.equal(await form.getAttribute('href'), 'https://formulaire.defenseurdesdroits.fr/');
  assert.equal(
    await statement.getByRole('link', { name: 'Envoyer un message' }).getAttribute('href'),
    '/contact/message',
  );
}

test('the accessibility statement: linked from the footer, readable logged out and logged in', async (t) => {
  const { page } = await newPage(t, running);
  await page.goto(`${running.url}/connexion`);
  await page.getByRole('heading', { name: 'Connexion', level: 1 }).waitFor();
  await page.locator('portail-footer').getByRole('link', { name: FOOTER_LINK }).click();
  await page.waitForURL((url) => url.pathname === '/accessibilite');
  await expectStatement(page);
  await expectAccessible(page, 'accessibilite (visiteur)');

  const member = await freshMember(running);
  const { page: memberView } = await memberPage(t, running, member);
  // Every page's footer: a section's page too.
  await memberView.goto(`${running.url}/adhesion/contrat`);
  await memberView.getByRole('heading', { name: 'Contrat', level: 1 }).waitFor();
  await memberView.locator('portail-footer').getByRole('link', { name: FOOTER_LINK }).click();
  await memberView.waitForURL((url) => url.pathname === '/accessibilite');
  await expectStatement(memberView);
  await menu(memberView)
    .getByRole('link', { name: /^Contrat/ })
    .waitFor();
  await expectAccessible(memberView, 'accessibilite (adhérent)');
  await memberView.reload();
  await expectStatement(memberView);
});

test('A4 after a full load the first Tab reaches "Aller au contenu"; after an in-app navigation the title has the focus', async (t) => {
  const { page } = await newPage(t, running);
  await page.goto(`${running.url}/connexion`);
  await page.getByRole('heading', { name: 'Connexion', level: 1 }).waitFor();
  await page.keyboard.press('Tab');
  assert.deepEqual(await focused(page), { tag: 'A', text: 'Aller au contenu' });

  const member = await freshMember(running);
  const { page: memberView } = await memberPage(t, running, member);
  // Logging in was an in-app navigation: the member's first page has the focus on its title.
  await memberView.getByRole('heading', { level: 1 }).waitFor();
  assert.equal((await focused(memberView)).tag, 'H1');

  await memberView.goto(`${running.url}/adhesion/contrat`);
  await memberView.getByRole('heading', { name: 'Contrat', level: 1 }).waitFor();
  await menu(memberView)
    .getByRole('link', { name: /^Contrat/ })
    .waitFor();
  await memberView.keyboard.press('Tab');
  assert.deepEqual(await focused(memberView), { tag: 'A', text: 'Aller au contenu' });
  await memberView.keyboard.press('Enter');
  assert.equal((await focused(memberView)).tag, 'MAIN');

  await openFromMenu(memberView, /^Documents clés/, 'Documents clés');
  assert.deepEqual(await focused(memberView), { tag: 'H1', text: 'Documents clés' });
  await memberView.goBack();
  await memberView.getByRole('heading', { name: 'Contrat', level: 1 }).waitFor();
  await memberView.waitForFunction(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.tagName === 'H1' && el.textContent?.trim() === 'Contrat';
  });
});

test('A4 + A5 on a small screen: Tab meets "Menu" before "Se déconnecter", as the screen shows them; the button counts the unread documents', async (t) => {
  const member = await freshMember(running);
  await publishMembershipForm(running, member);
  const { page } = await memberPage(t, running, member, { viewport: { width: 390, height: 844 } });
  await page.goto(`${running.url}/adhesion/contrat`);
  await page.getByRole('heading', { name: 'Contrat', level: 1 }).waitFor();
  await menu(page)
    .getByRole('link', { name: /^Contrat.*2 nouveaux documents$/, includeHidden: true })
    .waitFor({ state: 'attached' });
  // Every entry's count together (the member may have other unread documents than the two published).
  const total = await page.evaluate(() =>
    [...(document.querySelector('pa-menu')?.shadowRoot?.querySelectorAll('.badge') ?? [])]
      .map((badge) => Number(badge.textContent))
      .reduce((sum, count) => sum + count, 0),
  );
  assert.ok(total >= 2);
  const toggle = page.getByRole('button', { name: `Menu, ${total} nouveaux documents`, exact: true });
  await toggle.waitFor();
  const logout = page.getByRole('button', { name: 'Se déconnecter' });
  const [menuBox, logoutBox] = [await toggle.boundingBox(), await logout.boundingBox()];
  assert.ok(
    menuBox && logoutBox && logoutBox.y >= menuBox.y + menuBox.height - 1,
    '"Se déconnecter" under "Menu"',
  );

  // SPEC P6's « English » sits after "Menu" and before "Se déconnecter", on screen as for Tab.
  const englishBox = await page.getByRole('button', { name: 'English', exact: true }).boundingBox();
  assert.ok(
    englishBox &&
      menuBox &&
      logoutBox &&
      englishBox.y >= menuBox.y - 1 &&
      (englishBox.y + englishBox.height <= logoutBox.y + 1 ||
        (Math.abs(englishBox.y - logoutBox.y) < 2 && englishBox.x < logoutBox.x)),
    '"English" after "Menu", before "Se déconnecter"',
  );

  const stops: string[] = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    stops.push((await focused(page)).text);
  }
  assert.deepEqual(stops, [
    'Aller au contenu',
    'Portail Adhérent',
    `Menu, ${total} nouveaux documents`,
    'English',
    'Se déconnecter',
  ]);
  await expectAccessible(page, 'Contrat (mobile, documents non lus)');
});

test('a visitor opening /connexion or the statement gets no console error (the anonymous session check)', async (t) => {
  const { page } = await newPage(t, running);
  const errors = consoleErrors(page);
  const checks: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/auth/session')) checks.push(response.status());
  });
  await page.goto(`${running.url}/connexion`);
  await page.getByRole('heading', { name: 'Connexion', level: 1 }).waitFor();
  await page.goto(`${running.url}/accessibilite`);
  await page.getByRole('heading', { name: STATEMENT, level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.ok(checks.length >= 2, 'the shell asked who is logged in');
  assert.deepEqual(errors, []);
});
