// SPEC P1 « Traitement estimé »: a member sends a message and reads its estimated processing date on
// the confirmation and in Suivi; past that date the request says « En retard » to her, and the
// managers' queue (H1) puts it first with its delay in business days.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  addBusinessDays,
  businessDaysBefore,
  dayInFrance,
  formatDate,
  isBusinessDay,
  lastBusinessDayOnOrBefore,
} from '@portail/kernel/contract';
import { sql } from 'kysely';
import { managerPage } from './gestion.js';
import { expectAccessible, type RunningPortal, startPortal } from './harness.js';
import { freshMember, memberPage } from './members.js';
import { menu, openFromMenu } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

const LABEL = 'Message : Mes cotisations';

test('P1 a message shows its estimated date on its confirmation and in Suivi, « En retard » once past; the queue puts it first', async (t) => {
  const member = await freshMember(running);
  const { page } = await memberPage(t, running, member);
  await menu(page)
    .getByRole('link', { name: /^Envoyer un message/ })
    .click();
  await page.getByRole('heading', { name: 'Envoyer un message', level: 1 }).waitFor();
  await page.getByLabel(/Sujet/).selectOption({ label: 'Mes cotisations' });
  await page.getByLabel(/^Message/).fill('Bonjour, mon prélèvement de novembre a échoué.');
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await page.getByText(/Votre message a bien été envoyé/).waitFor();

  // What the server kept for it: a business day from today, the day the confirmation gives.
  const request = await running.kernel.db
    .selectFrom('core.requests as r')
    .innerJoin('core.members as m', 'm.id', 'r.member_id')
    .select(['r.id', sql<string>`r.estimated_on::text`.as('estimated_on')])
    .where('m.identifier', '=', member.identifier)
    .executeTakeFirstOrThrow();
  const today = dayInFrance(new Date());
  assert.ok(request.estimated_on > today && isBusinessDay(request.estimated_on), request.estimated_on);
  assert.ok(request.estimated_on <= addBusinessDays(today, 30));
  const estimate = `Traitement estimé le ${formatDate(request.estimated_on)}`;
  const confirmation = page.locator('pa-alert.sent');
  await confirmation.getByText(estimate, { exact: true }).waitFor();
  await expectAccessible(page, 'Envoyer un message, confirmation avec la date estimée');

  await openFromMenu(page, /^Suivi/, 'Suivi');
  const article = page.getByRole('article', { name: LABEL });
  await article.getByText(estimate, { exact: true }).waitFor();
  assert.equal(await article.getByText('En retard', { exact: true }).count(), 0);
  await expectAccessible(page, 'Suivi, traitement estimé');

  // Its date passed three business days ago: « En retard » for her…
  const past = businessDaysBefore(lastBusinessDayOnOrBefore(today), 3);
  await sql`UPDATE core.requests SET estimated_on = ${past}::date WHERE id = ${request.id}`.execute(
    running.kernel.db,
  );
  await page.reload();
  await page.getByRole('heading', { name: 'Suivi', level: 1 }).waitFor();
  await article.getByText(`Traitement estimé le ${formatDate(past)}`, { exact: true }).waitFor();
  await article.locator('pa-badge.late').getByText('En retard', { exact: true }).waitFor();
  await expectAccessible(page, 'Suivi, demande en retard');

  // …and first in the managers' queue, older requests in progress after it.
  const manager = await managerPage(t, running);
  await manager.page.getByRole('heading', { name: 'Demandes', level: 1 }).waitFor();
  const first = manager.page.locator('bo-queue-page tbody tr').first();
  await first.getByText(LABEL).waitFor();
  await first.getByText(member.identifier).waitFor();
  await first.getByText('En retard de 3 jours ouvrés', { exact: true }).waitFor();
  assert.ok((await manager.page.locator('bo-queue-page tbody tr').count()) > 1, 'other requests follow');
  await expectAccessible(manager.page, 'Demandes, en retard d’abord');
});
