// SPEC C6: « Historique des indemnisations » — the payments of Claire Martin's demo file (38 shown
// since 2014), which no journey of this file changes: its entries, sorts, periods, pages, details.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { describeHistoryRange, historyRange } from '../mfe-indemnisations/contract/index.js';
import { formatDate, isoOf, todayIso } from './dates.js';
import { expectAccessible, type RunningPortal, startPortal } from './harness.js';
import { PAYMENTS_LINK } from './indemnisations.js';
import { memberPage } from './members.js';
import { openFromMenu } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

/** Claire Martin, whose demo file holds about forty indemnity payments over ten years. */
const CLAIRE = { identifier: 'A100001' };

interface Entry {
  title: string;
  issued: string;
}

const ENTRY_TITLE =
  /^Prestations pour la (?<nature>.+) du (?<start>\d{2}\/\d{2}\/\d{4}) - (?<end>\d{2}\/\d{2}\/\d{4})$/;
const ENTRY_ISSUED =
  /^Le règlement a été émis en date du (?<paid>\d{2}\/\d{2}\/\d{4}) par Virement \(sous réserve des délais de traitement bancaire\)\.$/;

const paymentList = (page: Page) => page.getByRole('list', { name: 'Historique des indemnisations' });

async function entries(page: Page): Promise<Entry[]> {
  return paymentList(page)
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
    start: isoOf(title.start!),
    end: isoOf(title.end!),
    paid: isoOf(issued.paid!),
  };
}

/** Waits until the list shows `titles` (after a sort, a filter or a page). */
async function waitForTitles(page: Page, titles: string[]): Promise<void> {
  await paymentList(page).getByRole('listitem').first().waitFor();
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

test('C6 Historique des indemnisations: entry texts, sorts, "12 derniers mois" and "Toutes", pages, detail behind the amount', async (t) => {
  const { page } = await memberPage(t, running, CLAIRE);
  await openFromMenu(page, PAYMENTS_LINK, 'Historique des indemnisations');
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
  const first = (await entries(page)).map(parse);
  assert.equal(first.length, 20);
  for (let i = 1; i < first.length; i += 1)
    assert.ok(first[i - 1]!.paid >= first[i]!.paid, 'by date of payment');
  assert.deepEqual((await entries(page))[0], {
    title: 'Prestations pour la Maladie ordinaire du 29/05/2026 - 27/06/2026',
    issued:
      'Le règlement a été émis en date du 09/07/2026 par Virement (sous réserve des délais de traitement bancaire).',
  });
  const item = paymentList(page).getByRole('listitem').first();
  await item.getByText('Employeur : Mairie de Bourges', { exact: true }).waitFor();
  await item.getByText(/^Contrat : .+ - Numéro d'adhésion agent : .+$/).waitFor();
  await item.getByText(/^Référence du règlement : RG-[0-9A-F]{8}$/).waitFor();

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
    'CSG (6,7 %)': '−43,24 €',
    'CRDS (0,5 %)': '−3,23 €',
    'Montant net': '598,83 €',
    "Date de l'évènement": '01/09/2025',
    Période: 'du 29/05/2026 au 27/06/2026',
    'Jours à plein traitement': '0 jour',
    'Jours à demi-traitement': '30 jours',
    'Indemnité journalière': '43,02 €',
  });
  // "−43,24 €" (a minus sign, U+2212) → -4324.
  const euros = (text: string) =>
    Math.round(
      Number(
        text
          .replace(/\u2212/g, '-')
          .replace(/[^\d,-]/g, '')
          .replace(',', '.'),
      ) * 100,
    );
  assert.equal(
    euros(shown['Montant brut']!) + euros(shown['CSG (6,7 %)']!) + euros(shown['CRDS (0,5 %)']!),
    euros(shown['Montant net']!),
    'net = gross − deductions',
  );
  assert.match(((await amount.textContent()) ?? '').replace(/[\s\u00a0\u202f]+/g, ' '), /598,83 €/);
  await expectAccessible(page, 'Historique des indemnisations, détail ouvert');
  await amount.click();
  await detail.waitFor({ state: 'hidden' });

  // « Page suivante »: page 2 holds the 18 oldest, back to 2016 (nothing before 01/01/2014).
  const pager = page.getByRole('navigation', { name: 'Pagination des indemnisations' });
  await pager.getByRole('button', { name: 'Page suivante' }).click();
  await page.waitForURL((u) => u.searchParams.get('page') === '2');
  await pager.getByText('Page 2 sur 2', { exact: true }).waitFor();
  const second = (await entries(page)).map(parse);
  assert.equal(second.length, 18);
  assert.equal(await pager.getByRole('button', { name: 'Page suivante' }).isDisabled(), true);
  assert.equal(await pager.getByRole('button', { name: 'Page précédente' }).isDisabled(), false);
  const all = [...first, ...second];
  assert.equal(new Set(all.map((e) => `${e.start}|${e.paid}`)).size, 38, 'no entry twice');
  assert.equal(all.at(-1)!.start, '2016-02-15', 'the oldest shown');
  assert.ok(all.every((e) => e.paid >= '2014-01-01'));
  await expectAccessible(page, 'Historique des indemnisations, page 2');

  // Sorted by date of the event: back to page 1, in the order of the events.
  const [byEvent] = await Promise.all([
    page.waitForResponse(
      (r) => r.url().includes('/api/indemnisations/paiements?') && r.url().includes('sort=evenement'),
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
    page,
    eventPage.items.map(
      (p) => `Prestations pour la ${p.nature} du ${formatDate(p.periodStart)} - ${formatDate(p.periodEnd)}`,
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
    page,
    byPeriod.map((e) => `Prestations pour la ${e.nature} du ${formatDate(e.start)} - ${formatDate(e.end)}`),
  );

  // "12 derniers mois": the payments since the same day a year ago, the dates said next to the choice.
  await page.getByText('Période affichée : depuis le 1er janvier 2014', { exact: true }).waitFor();
  await preset('12 derniers mois').click();
  await page.waitForURL(
    (u) => u.searchParams.get('periode') === '12m' && u.searchParams.get('tri') === 'periode',
  );
  const range = historyRange('12m', todayIso());
  const since = range.from!;
  await page.getByText(`Période affichée : ${describeHistoryRange(range)}`, { exact: true }).waitFor();
  const recent = all.filter((e) => e.paid >= since).sort((a, b) => b.start.localeCompare(a.start));
  assert.ok(recent.length > 0 && recent.length < 20, `${recent.length} payments since ${since}`);
  await page.getByText(`${recent.length} indemnisations`, { exact: true }).first().waitFor();
  await waitForTitles(
    page,
    recent.map((e) => `Prestations pour la ${e.nature} du ${formatDate(e.start)} - ${formatDate(e.end)}`),
  );
  assert.equal(await pager.count(), 0, 'one page only');
  await expectAccessible(page, 'Historique des indemnisations, 12 derniers mois');

  // "Toutes" again: the 38, sort kept.
  await preset('Toutes').click();
  await page.waitForURL((u) => !u.searchParams.has('periode') && u.searchParams.get('tri') === 'periode');
  await total.waitFor();
  await waitForTitles(
    page,
    byPeriod.map((e) => `Prestations pour la ${e.nature} du ${formatDate(e.start)} - ${formatDate(e.end)}`),
  );
});
