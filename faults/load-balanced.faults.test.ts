// Two portal processes behind nginx (Debian's, with deploy/nginx.conf), round-robin, on one
// PostgreSQL database and one S3-compatible bucket, as a deployment on several machines runs: a
// member's journey in Chromium works whichever process answers each request; then, under a load of
// member writes and manager answers, one process is killed (SIGKILL): no acknowledged write is lost
// or doubled, the survivor answers everything, and every e-mail goes out once.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import type { PortalClient } from '../e2e/api.js';
import { managerApi, memberApi } from '../e2e/api.js';
import { pick } from '../e2e/files.js';
import { detailStatus, managerPage, openRequest } from '../e2e/gestion.js';
import {
  expectAccessible,
  failOnLoggedErrors,
  freePort,
  launchChromium,
  type ProductionDeployment,
  productionDeployment,
  type RunningPortal,
} from '../e2e/harness.js';
import { HISTORY_LINK, JUSTIFICATIFS, JUSTIFICATIFS_LINK, sendClaim } from '../e2e/indemnisations.js';
import { freshMember, memberPage } from '../e2e/members.js';
import { openFromMenu } from '../e2e/pages.js';
import { ServerProcess } from '../e2e/server-process.js';
import {
  copiesOf,
  countStatus,
  type Figures,
  figuresOf,
  halfWrittenRequests,
  problemCode,
  report,
  resendUntilAcknowledged,
  retryUntilAcknowledged,
  type Send,
  sendMessage,
  sleep,
  writers,
} from './harness.js';
import { Nginx } from './nginx.js';

/** The two processes' settings beside the deployment's: behind one proxy, a crashed sender's mails taken over after 5 s. */
const BEHIND_NGINX = { TRUST_PROXY: '1', OUTBOX_LEASE_SECONDS: '5', IDEMPOTENCY_ABANDONED_SECONDS: '3' };

let deployment: ProductionDeployment;
let processes: ServerProcess[];
let nginx: Nginx;
let browser: Browser;
let running: RunningPortal;

before(async () => {
  const [nginxPort, ...ports] = await Promise.all([freePort(), freePort(), freePort()]);
  nginx = new Nginx(
    nginxPort as number,
    ports.map((port) => `127.0.0.1:${port}`),
  );
  deployment = await productionDeployment(nginx.url);
  processes = ports.map(
    (port) =>
      new ServerProcess(`http://127.0.0.1:${port}`, { ...deployment.processEnv(port), ...BEHIND_NGINX }),
  );
  // Started together: their migrations take turns under PostgreSQL's advisory lock.
  await Promise.all(processes.map((p) => p.start()));
  await nginx.start();
  browser = await launchChromium();
  running = {
    url: nginx.url,
    kernel: deployment.kernel,
    browser,
    mailboxUrl: deployment.mail.mailboxUrl,
    forgetSessions: () => deployment.kernel.sessions.changed({ all: true }),
    close: async () => {},
  };
});

after(async () => {
  await browser?.close();
  await nginx?.stop();
  const output = (processes ?? []).map((p) => p.output).join('\n');
  await Promise.all((processes ?? []).map((p) => p.stop('SIGTERM')));
  await deployment?.close();
  failOnLoggedErrors(output);
});

/** Records which process answered each request of `page` (nginx's `X-Portail-Upstream`). */
function recordUpstreams(page: Page): Set<string> {
  const seen = new Set<string>();
  page.on('response', (response) => {
    const upstream = response.headers()['x-portail-upstream'];
    if (upstream) seen.add(upstream);
  });
  return seen;
}

describe('two portal processes behind nginx', () => {
  test('a member journey whatever process answers: login, upload, claim, Suivi, a manager’s answer', async (t) => {
    const member = await freshMember(running);
    const { context, page } = await memberPage(t, running, member);
    const upstreams = recordUpstreams(page);

    // C4: three justificatifs uploaded through nginx, stored in the bucket, listed.
    await openFromMenu(page, JUSTIFICATIFS_LINK, 'Envoi de justificatifs');
    const field = page.getByRole('group', { name: /^Mes documents/ });
    for (const file of JUSTIFICATIFS)
      await pick(page, field, 'Ajouter un justificatif', file.name, file.bytes);
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await page.getByText('Vos justificatifs ont été envoyés.', { exact: true }).waitFor();

    // C2: a claim sent by the member (another session of theirs, through nginx too).
    await sendClaim(await memberApi(running, member));
    await openFromMenu(page, HISTORY_LINK, 'Historique des envois');
    await page.getByRole('cell', { name: "Demande d'indemnisation", exact: true }).first().waitFor();
    await page.getByRole('cell', { name: 'Justificatifs', exact: true }).first().waitFor();
    await expectAccessible(page, 'Historique des envois, derrière nginx');

    // E2 then H3: a question, answered by a manager in the back office, read in Suivi.
    await openFromMenu(page, /^Vous avez une question/, 'Vous avez une question');
    await page.getByLabel(/Thème/).selectOption({ label: 'Garanties' });
    await page.getByLabel(/Votre question/).fill('Mes lunettes sont-elles remboursées deux fois par an ?');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await page.getByText(/question a bien été envoyée/i).waitFor();
    const manager = await managerPage(t, running);
    const managerUpstreams = recordUpstreams(manager.page);
    await openRequest(manager.page, 'Contact', member.identifier, 'Question : Garanties');
    const answerRegion = manager.page.getByRole('region', { name: 'Répondre' });
    const answer = 'Une fois tous les deux ans, sauf changement de correction.';
    await answerRegion.getByLabel(/^Réponse/).fill(answer);
    await answerRegion.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await manager.page.getByText("La réponse a été envoyée à l'adhérent.", { exact: true }).waitFor();
    assert.equal(await detailStatus(manager.page).textContent(), 'Pris en compte');

    await openFromMenu(page, /^Suivi/, 'Suivi');
    const article = page.getByRole('article').filter({ hasText: 'Question : Garanties' });
    await article.getByText(answer, { exact: true }).waitFor();
    await article.getByText('Pris en compte', { exact: true }).first().waitFor();
    await expectAccessible(page, 'Suivi, derrière nginx');
    await context.close();

    const answered = new Set([...upstreams, ...managerUpstreams]);
    console.log(`load balancer: the journey was answered by ${[...answered].join(' and ')}`);
    assert.equal(answered.size, 2, 'both processes answered the journey’s requests');
  });

  test('kill -9 of one process under writes and answers: nothing lost or doubled, the survivor answers, each mail once', async () => {
    const run = randomUUID().slice(0, 8);
    const target = { url: nginx.url, kernel: deployment.kernel };
    const members = await writers(target, 40, { emails: true });
    const manager = await managerApi(running);
    const figures: Figures = {
      ...figuresOf('kill -9 of one of two processes behind nginx'),
      gatewayErrors: 0,
    };

    // A first message of each member, which the manager answers under the load (an e-mail each).
    const firsts: Send[] = members.map((writer, i) => ({
      key: `${run}-premier-${i}`,
      text: `Premier message ${run} n° ${i}`,
      acknowledged: false,
      writer,
    }));
    await resendUntilAcknowledged(nginx.url, firsts, figures);
    assert.ok(firsts.every((s) => s.acknowledged));
    const requestIds = await requestIdsOf(firsts.map((s) => s.text));
    const mailsBefore = deployment.mail.messages.length;

    // The load: a second message of each member, and the manager's answers to the first ones.
    const seconds: Send[] = members.map((writer, i) => ({
      key: `${run}-second-${i}`,
      text: `Second message ${run} n° ${i}`,
      acknowledged: false,
      writer,
    }));
    const answers = requestIds.map((id) => ({ id, acknowledged: false }));
    const answerOnce = (a: { id: string; acknowledged: boolean }) => answerRequest(manager, a, figures);
    const load = Promise.all([
      ...seconds.map((s) => sendMessage(nginx.url, s, figures)),
      ...answers.map(answerOnce),
    ]);
    await sleep(150);
    const [victim, survivor] = processes as [ServerProcess, ServerProcess];
    const killedAt = Date.now();
    await victim.stop('SIGKILL');
    await load;

    // What got no answer is sent again (same idempotency keys; an answer twice is refused 409).
    await resendUntilAcknowledged(nginx.url, seconds, figures);
    await retryUntilAcknowledged(answers, answerOnce);
    const recoverySeconds = (Date.now() - killedAt) / 1000;

    // The survivor answers everything now.
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await fetch(`${nginx.url}/readyz`);
      statuses.push(response.status);
      assert.equal(response.headers.get('x-portail-upstream'), survivor.url.replace('http://', ''));
    }
    assert.deepEqual(statuses, Array(10).fill(200));

    const copies = await copiesOf(
      deployment.kernel,
      seconds.map((s) => s.text),
    );
    figures.sent = firsts.length + seconds.length + answers.length;
    figures.acknowledged =
      firsts.length +
      seconds.filter((s) => s.acknowledged).length +
      answers.filter((a) => a.acknowledged).length;
    figures.lost = seconds.filter((s) => s.acknowledged && copies.get(s.text) !== 1).length;
    figures.halfWritten = await halfWrittenRequests(deployment.kernel);
    figures.recoverySeconds = recoverySeconds;
    report(figures);
    assert.equal(figures.acknowledged, figures.sent, 'every write acknowledged in the end');
    assert.equal(figures.lost, 0, 'each acknowledged message there exactly once');
    assert.equal(figures.halfWritten, 0);
    assert.equal(figures.serverErrors, 0);
    assert.deepEqual(await answerCounts(requestIds), Array(requestIds.length).fill(1), 'one answer each');

    // Each answer's e-mail: delivered, by one process; the crashed process's claimed mails go
    // once its lease has passed.
    const mailDeadline = Date.now() + 30_000;
    const answerMails = () =>
      deployment.mail.messages
        .slice(0, deployment.mail.messages.length - mailsBefore)
        .filter((m) => m.subject.startsWith('Portail Adhérent : réponse à votre demande'));
    while (new Set(answerMails().map((m) => m.id)).size < answers.length && Date.now() < mailDeadline) {
      await sleep(250);
    }
    await sleep(1000);
    const mails = answerMails();
    const distinct = new Set(mails.map((m) => m.id));
    const recipients = new Set(mails.map((m) => m.recipient));
    console.log(
      `load balancer: ${answers.length} answers, ${distinct.size} distinct e-mails delivered to ${recipients.size} members, ${mails.length - distinct.size} delivered again after the crash`,
    );
    assert.equal(distinct.size, answers.length, 'every answer’s e-mail delivered');
    assert.equal(recipients.size, answers.length);
    // Only the mail being handed to the SMTP server at the instant of the kill can go twice (the
    // server accepted it, its record did not commit): the same Message-ID, which receivers drop.
    assert.ok(mails.length - distinct.size <= 1, `${mails.length - distinct.size} e-mails went twice`);
  });
});

/** The requests holding these message texts, in their order. */
async function requestIdsOf(texts: string[]): Promise<string[]> {
  const { rows } = await sql<{ id: string; text: string }>`
    SELECT id, payload->>'text' AS text FROM core.requests
    WHERE payload->>'text' = ANY(${texts})`.execute(deployment.kernel.db);
  const byText = new Map(rows.map((r) => [r.text, r.id]));
  return texts.map((text) => {
    const id = byText.get(text);
    if (!id) throw new Error(`no request for « ${text} »`);
    return id;
  });
}

/** How many answers each request got (its « Réponse envoyée » events). */
async function answerCounts(requestIds: string[]): Promise<number[]> {
  const rows = await deployment.kernel.db
    .selectFrom('core.request_events')
    .select(['request_id', ({ fn }) => fn.countAll<number>().as('n')])
    .where('request_id', 'in', requestIds)
    .where('note', '=', 'Réponse envoyée')
    .groupBy('request_id')
    .execute();
  const counts = new Map(rows.map((r) => [r.request_id, Number(r.n)]));
  return requestIds.map((id) => counts.get(id) ?? 0);
}

/** H3 through nginx: answered (201/200), or already answered by a try whose answer was lost (409). */
async function answerRequest(
  manager: PortalClient,
  answer: { id: string; acknowledged: boolean },
  figures: Figures,
): Promise<void> {
  try {
    const response = await manager.fetch(`/api/gestion/demandes/${answer.id}/reponse`, {
      json: { text: 'Votre cotisation est à jour : aucun rappel ne vous sera adressé.' },
    });
    const body = await response.text();
    countStatus(response.status, figures);
    if (response.ok || (response.status === 409 && problemCode(body) === 'already-decided')) {
      answer.acknowledged = true;
    }
  } catch {
    // The connection died with the process: tried again.
  }
}
