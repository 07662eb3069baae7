// A4 and issue 21 « tableaux adaptatifs »: on a 320 px wide phone nothing scrolls sideways. Each of the
// three demo members (prévoyance, santé, both) visits every page of their menu, and the pages past it
// that hold the widest content (a payment's acts, a hospital guarantee obtained, the claim form's
// periods, an indemnity's detail): no page is wider than the screen, no control or link is cut at
// its edge, and each page passes the axe scan. One browser context per member.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { addDays, todayIso } from './dates.js';
import { axeViolations, type RunningPortal, startPortal } from './harness.js';
import { CLAIM_TITLE } from './indemnisations.js';
import { memberPage } from './members.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

const NARROW = { width: 320, height: 640 };

/** Resolves once the page shows its title and nothing is loading any more (two looks in a row). */
async function settled(page: Page): Promise<void> {
  const busy = page.locator('[aria-busy="true"], p.loading');
  let calm = 0;
  for (const deadline = Date.now() + 10_000; calm < 2 && Date.now() < deadline; ) {
    const ready = (await page.locator('h1').count()) > 0 && (await busy.count()) === 0;
    calm = ready ? calm + 1 : 0;
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  }
}

/**
 * What sticks out of the screen: the page's width when it scrolls sideways, with the outermost
 * elements that reach past its right edge; and the controls and links (shadow roots included) that
 * do not lie whole on the screen — cut, or out of reach in a region that scrolls without a keyboard.
 */
async function sticksOut(page: Page): Promise<string[]> {
  // No named function inside: the evaluated code must not need the helpers tsx adds around them.
  const found = await page.evaluate(() => {
    const viewport = window.innerWidth;
    const all: Element[] = [];
    const roots: (Document | ShadowRoot)[] = [document];
    for (let root = roots.pop(); root; root = roots.pop()) {
      for (const element of root.querySelectorAll('*')) {
        all.push(element);
        if (element.shadowRoot) roots.push(element.shadowRoot);
      }
    }
    const wide: Element[] = [];
    const width = document.documentElement.scrollWidth;
    if (width > viewport) {
      // The outermost elements reaching past the edge (whose parent, across shadow roots, does not).
      for (const element of all) {
        if (element.getBoundingClientRect().right <= viewport + 0.5) continue;
        const parent = element.parentElement ?? (element.getRootNode() as ShadowRoot).host ?? null;
        if (!parent || parent.getBoundingClientRect().right <= viewport + 0.5) wide.push(element);
      }
    }
    const cut: Element[] = [];
    for (const element of all) {
      if (!element.matches('a[href], button, input:not([type="hidden"]), select, textarea')) continue;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // Visually hidden (1 px, clipped: the skip link until it has the focus) is not "cut".
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden' || style.clipPath !== 'none')
        continue;
      if (box.left < -0.5 || box.right > viewport + 0.5) cut.push(element);
    }
    return {
      width,
      viewport,
      wide: wide.slice(0, 3).map((element) => ({
        tag: element.localName,
        className: String(element.className),
        host: ((element.getRootNode() as ShadowRoot).host as Element | undefined)?.localName ?? '',
        text: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50),
        right: Math.round(element.getBoundingClientRect().right),
      })),
      cut: cut.map((element) => ({
        tag: element.localName,
        className: String(element.className),
        host: ((element.getRootNode() as ShadowRoot).host as Element | undefined)?.localName ?? '',
        text: (element.getAttribute('aria-label') ?? element.textContent ?? '')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 50),
        right: Math.round(element.getBoundingClientRect().right),
      })),
    };
  });
  const describe = (element: (typeof found.cut)[number]) =>
    `<${element.tag}${element.className ? ` class="${element.className}"` : ''}>${
      element.host ? ` in <${element.host}>` : ''
    } « ${element.text} » (right edge ${element.right} px)`;
  const problems: string[] = [];
  if (found.width > found.viewport) {
    problems.push(`the page is ${found.width} px wide: ${found.wide.map(describe).join(', ')}`);
  }
  // A few of them say enough (a table's column of links is cut on every row).
  for (const element of found.cut.slice(0, 3)) problems.push(`${describe(element)} is cut`);
  if (found.cut.length > 3) problems.push(`and ${found.cut.length - 3} other controls or links cut`);
  return problems;
}

/** Checks the page shown now: nothing wider than the screen, and the axe scan; adds what is wrong. */
async function check(page: Page, label: string, problems: string[]): Promise<void> {
  await settled(page);
  for (const problem of await sticksOut(page)) problems.push(`${label}: ${problem}`);
  const violations = await axeViolations(page);
  for (const violation of violations) {
    problems.push(
      `${label}: axe ${violation.id} (${violation.help}) on ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }
}

/** The member's menu: each entry's address and name (the menu itself is behind « Menu » here). */
async function menuEntries(page: Page): Promise<{ path: string; name: string }[]> {
  await page.locator('pa-menu a[href]').first().waitFor({ state: 'attached' });
  return page.locator('pa-menu a[href]').evaluateAll((links) =>
    links.map((link) => ({
      path: new URL((link as HTMLAnchorElement).href).pathname,
      name: (link.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
}

/** Opens « Menu » and follows the entry to `path`, as a member does on a phone. */
async function openFromSmallMenu(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: /^Menu/ }).click();
  await page.locator(`pa-menu a[href="${path}"]`).click();
  await page.waitForURL((url) => url.pathname === path);
}

/** Every page of the member's menu, then `more` (the pages past it) from the page they start on. */
async function visitAll(
  page: Page,
  problems: string[],
  more: Record<string, (page: Page) => Promise<string | undefined>> = {},
): Promise<string[]> {
  await check(page, `first page (${new URL(page.url()).pathname})`, problems);
  const entries = await menuEntries(page);
  for (const { path, name } of entries) {
    await openFromSmallMenu(page, path);
    await check(page, name, problems);
    const next = more[path];
    if (next) {
      const label = await next(page);
      if (label) await check(page, label, problems);
    }
  }
  return entries.map((entry) => entry.path);
}

test('Claire Martin (prévoyance): no page of hers scrolls sideways at 320 px, the claim form included', async (t) => {
  const { page } = await memberPage(t, running, { identifier: 'A100001' }, { viewport: NARROW });
  const problems: string[] = [];
  const visited = await visitAll(page, problems, {
    // C2: the claim form of a new claim, on its « Périodes présentées » step (a table of inputs).
    '/indemnisations/demande': async () => {
      await page.getByRole('button', { name: `Déclarer un sinistre : ${CLAIM_TITLE}` }).click();
      await page.getByRole('heading', { name: CLAIM_TITLE, level: 1 }).waitFor();
      await page.getByRole('tab', { name: 'Périodes présentées' }).click();
      await page.getByRole('heading', { name: 'Périodes présentées', level: 2 }).waitFor();
      // The stop's periods (the step also has the previous stops' own, further down).
      await page.locator('input[data-path="periodes.0.start"]').fill(addDays(todayIso(), -20));
      await page.locator('input[data-path="periodes.0.end"]').fill(addDays(todayIso(), -10));
      await page.locator('input[data-path="periodes.0.rate"][value="demi"]').check();
      return 'Demande en ligne, Périodes présentées';
    },
    // C6: a payment's detail, opened in the list (all periods, to be sure to find one).
    '/indemnisations/historique-indemnisations': async () => {
      await page.goto(`${running.url}/indemnisations/historique-indemnisations?period=tous`);
      await settled(page);
      await page
        .getByRole('button', { name: /^Détail du règlement de/ })
        .first()
        .click();
      await page.getByRole('region', { name: /^Détail du règlement de/ }).waitFor();
      return "Historique des indemnisations, détail d'un règlement";
    },
  });
  assert.ok(visited.includes('/indemnisations/historique-envois'), `menu: ${visited}`);
  assert.ok(visited.includes('/adhesion/certificat-affiliation'), `menu: ${visited}`);
  assert.deepEqual(problems, []);
});

test('Julien Bernard (santé): no page of his scrolls sideways at 320 px, a payment and a guarantee included', async (t) => {
  const { page } = await memberPage(t, running, { identifier: 'S200002' }, { viewport: NARROW });
  const problems: string[] = [];
  const visited = await visitAll(page, problems, {
    // G1: a payment's eight columns of acts.
    '/services/reglements': async () => {
      await page
        .getByRole('link', { name: /^Voir le détail/ })
        .first()
        .click();
      await page.getByRole('heading', { name: /^Remboursement du/, level: 1 }).waitFor();
      return 'Détail du règlement';
    },
    // B7: a guarantee obtained, listed in the history with its download link.
    '/adhesion/prise-en-charge': async () => {
      await page.getByLabel(/Bénéficiaire/).selectOption({ index: 1 });
      await page.getByLabel(/Établissement/).fill('Centre hospitalier Jacques-Cœur, Bourges');
      await page.getByLabel(/Date d'admission/).fill(addDays(todayIso(), 3));
      await page.getByLabel(/Type de séjour/).selectOption({ index: 1 });
      await page.getByRole('button', { name: 'Obtenir la prise en charge' }).click();
      await page.getByText(/Votre prise en charge est prête/).waitFor();
      return 'Prise en charge obtenue';
    },
    // P5: an estimate of two lines (its table of five columns, the rules and forfaits).
    '/services/estimer-un-remboursement': async () => {
      const line = (name: string) => page.getByRole('group', { name });
      await line('Soin').getByLabel(/^Soin/).selectOption({ label: 'Dentaire — couronne (prothèse)' });
      await line('Soin').getByLabel(/^Prix/).fill('550');
      await page.getByRole('button', { name: 'Ajouter une ligne du devis' }).click();
      await line('Ligne 2').getByLabel(/^Soin/).selectOption({ label: 'Optique — verres (la paire)' });
      await line('Ligne 2').getByLabel(/^Prix/).fill('300');
      await page.getByRole('button', { name: 'Estimer' }).click();
      await page.getByRole('table', { name: /^Estimation du remboursement/ }).waitFor();
      return 'Estimation d’un devis';
    },
  });
  for (const path of [
    '/services/reglements',
    '/services/decomptes',
    '/services/cotisations',
    '/services/estimer-un-remboursement',
  ]) {
    assert.ok(visited.includes(path), `menu: ${visited}`);
  }
  assert.deepEqual(problems, []);
});

test('Sophie Petit (prévoyance and santé): no page of hers scrolls sideways at 320 px', async (t) => {
  const { page } = await memberPage(t, running, { identifier: 'A300003' }, { viewport: NARROW });
  const problems: string[] = [];
  const visited = await visitAll(page, problems);
  for (const path of [
    '/indemnisations/historique-envois',
    '/services/reglements',
    '/adhesion/prise-en-charge',
  ]) {
    assert.ok(visited.includes(path), `menu: ${visited}`);
  }
  assert.deepEqual(problems, []);
});
