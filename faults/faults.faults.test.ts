// The fault-injection suite (`npm run test:faults`): the built server in production mode, killed
// (SIGKILL) and restarted (SIGTERM) under concurrent writes and uploads, its database backends
// terminated, its database gone for a few seconds, its mail server down and back. Each experiment
// asserts that every acknowledged write is there exactly once, nothing is half-written, no file is
// orphaned after the sweep, and nothing answered a 5xx but 503 — and prints its figures.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import {
  copiesOf,
  type FaultPortal,
  type Figures,
  figuresOf,
  halfWrittenRequests,
  logIn,
  type MemberSession,
  report,
  resendUntilAcknowledged,
  type Send,
  sendMessage,
  sleep,
  startFaultPortal,
  writers,
} from './harness.js';

let portal: FaultPortal;
let claire: MemberSession;

before(async () => {
  portal = await startFaultPortal();
  claire = await logIn(portal, 'A100001');
});
after(() => portal.close());

/** Concurrent messages, the server stopped by `signal` while they are under way, then restarted. */
async function writesThrough(signal: 'SIGKILL' | 'SIGTERM', experiment: string): Promise<Figures> {
  const run = randomUUID().slice(0, 8);
  const members = await writers(portal, 50);
  const sends: Send[] = members.map((writer, i) => ({
    key: `${run}-${i}-cle`,
    text: `${experiment} ${run} n° ${i}`,
    acknowledged: false,
    writer,
  }));
  const figures = figuresOf(experiment, sends.length);
  const first = Promise.all(sends.map((s) => sendMessage(portal.url, s, figures)));
  await sleep(40);
  const exitCode = await portal.server.stop(signal);
  if (signal === 'SIGTERM') assert.equal(exitCode, 0, 'a graceful stop exits 0');
  await first;
  const stoppedAt = Date.now();
  await portal.server.start();
  const recoverySeconds = (Date.now() - stoppedAt) / 1000;
  // (The members' sessions are in the database: they survive the restart, as a member's would.)
  await resendUntilAcknowledged(portal.url, sends, figures);
  const copies = await copiesOf(
    portal.kernel,
    sends.map((s) => s.text),
  );
  figures.acknowledged = sends.filter((s) => s.acknowledged).length;
  figures.lost = sends.filter((s) => s.acknowledged && (copies.get(s.text) ?? 0) !== 1).length;
  figures.halfWritten = await halfWrittenRequests(portal.kernel);
  figures.recoverySeconds = recoverySeconds;
  report(figures);
  assert.deepEqual(
    sends.filter((s) => (copies.get(s.text) ?? 0) > 1).map((s) => s.text),
    [],
    'no message twice',
  );
  return figures;
}

/** Files of the store no row names, and temporary files. */
async function strayFiles(): Promise<{ orphans: string[]; temporary: string[] }> {
  const all: string[] = [];
  const queue = [portal.storageDir];
  while (queue.length) {
    const dir = queue.pop() as string;
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) queue.push(path);
      else all.push(path);
    }
  }
  const keys = all.map((path) => relative(portal.storageDir, path).split(sep).join('/'));
  const temporary = keys.filter((key) => key.startsWith('tmp/'));
  const stored = keys.filter((key) => !key.startsWith('tmp/') && !key.startsWith('pglite'));
  const { rows } = await sql<{ storage_key: string }>`
    SELECT storage_key FROM core.files WHERE storage_key = ANY(${stored})`.execute(portal.kernel.db);
  const known = new Set(rows.map((r) => r.storage_key));
  return { orphans: stored.filter((key) => !known.has(key)), temporary };
}

describe('fault injection', () => {
  test('kill -9 during 50 concurrent messages: every acknowledged one there once, none half-written', async () => {
    const figures = await writesThrough('SIGKILL', 'kill -9 under writes');
    assert.equal(figures.acknowledged, 50);
    assert.equal(figures.lost, 0);
    assert.equal(figures.halfWritten, 0);
    assert.equal(figures.serverErrors, 0);
  });

  test('SIGTERM (a deploy) during 50 concurrent messages: requests under way finish, no 500', async () => {
    const figures = await writesThrough('SIGTERM', 'SIGTERM under writes');
    assert.equal(figures.acknowledged, 50);
    assert.equal(figures.lost, 0);
    assert.equal(figures.halfWritten, 0);
    assert.equal(figures.serverErrors, 0, 'no request answered 500 while the server drained');
  });

  test('kill -9 during uploads: what was acknowledged is whole; after the sweep no orphan, no temporary file', async () => {
    const figures = figuresOf('kill -9 under uploads', 10);
    const pdf = new Uint8Array(3 * 1024 * 1024);
    pdf.set(new TextEncoder().encode('%PDF-1.7\n'));
    const upload = async (i: number) => {
      const form = new FormData();
      form.append('message', `Envoi ${i}`);
      form.append('email', 'claire.martin@example.fr');
      form.append('telephone', '02 48 24 56 10');
      form.append('fichiers', new File([pdf], `arret-${i}.pdf`));
      try {
        const response = await fetch(`${portal.url}/api/indemnisations/justificatifs`, {
          method: 'POST',
          headers: { ...claire.headers, 'idempotency-key': `upload-${randomUUID()}` },
          body: form,
        });
        const text = await response.text();
        if (response.status >= 500 && response.status !== 503) figures.serverErrors++;
        if (response.status !== 201)
          console.log(`faults: upload ${i} answered ${response.status} ${text.slice(0, 120)}`);
        return response.status === 201;
      } catch {
        return false;
      }
    };
    const before =
      (
        await sql<{ n: number }>`SELECT count(*)::int AS n FROM indemnisations.sendings`.execute(
          portal.kernel.db,
        )
      ).rows[0]?.n ?? 0;
    // Killed as soon as the first sending is acknowledged: the others are under way.
    let firstDone: () => void = () => {};
    const first = new Promise<void>((done) => {
      firstDone = done;
    });
    const uploads = Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        upload(i).then((ok) => {
          if (ok) firstDone();
          return ok;
        }),
      ),
    );
    await Promise.race([first, sleep(5000)]);
    await portal.server.stop('SIGKILL');
    const results = await uploads;
    figures.acknowledged = results.filter(Boolean).length;
    const leftByTheCrash = await strayFiles();
    console.log(
      `faults: the crash left ${leftByTheCrash.orphans.length} stored files without a row and ${leftByTheCrash.temporary.length} temporary files`,
    );
    await portal.server.start();
    claire = await logIn(portal, 'A100001');
    // The host swept at start; once more, now that every file is older than the age it waits for.
    await sleep(1200);
    const swept = await portal.kernel.maintenance.runOnce(1000);
    const after =
      (
        await sql<{ n: number }>`SELECT count(*)::int AS n FROM indemnisations.sendings`.execute(
          portal.kernel.db,
        )
      ).rows[0]?.n ?? 0;
    const stray = await strayFiles();
    figures.orphans = stray.orphans.length + stray.temporary.length;
    // Every sending that exists is whole: its files are in the store.
    const { rows: missing } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM indemnisations.sending_documents d
      JOIN core.files f ON f.id = d.file_id WHERE f.size_bytes = 0`.execute(portal.kernel.db);
    figures.lost = after - before < figures.acknowledged ? figures.acknowledged - (after - before) : 0;
    figures.halfWritten = await halfWrittenRequests(portal.kernel);
    report(figures);
    console.log(`faults: the sweep removed ${swept.orphans} orphaned and ${swept.temporary} temporary files`);
    assert.equal(figures.lost, 0);
    assert.equal(figures.halfWritten, 0);
    assert.equal(missing[0]?.n ?? 0, 0);
    assert.deepEqual(stray, { orphans: [], temporary: [] });
    assert.equal(figures.serverErrors, 0);
  });

  test('backends terminated under load: 503, never 500, and back at once', async () => {
    const figures = figuresOf('pg_terminate_backend under load');
    const statuses = new Map<number, number>();
    let terminatedAt = 0;
    let recoveredAt = 0;
    const stopAt = Date.now() + 3000;
    const loop = async () => {
      while (Date.now() < stopAt) {
        figures.sent++;
        const response = await fetch(`${portal.url}/api/contact/suivi`, { headers: claire.headers }).catch(
          () => null,
        );
        const status = response?.status ?? 0;
        await response?.arrayBuffer();
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500 && status !== 503) figures.serverErrors++;
        if (status === 200 && terminatedAt && !recoveredAt && Date.now() > terminatedAt)
          recoveredAt = Date.now();
      }
    };
    const loops = Promise.all(Array.from({ length: 8 }, loop));
    await sleep(1000);
    terminatedAt = Date.now();
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = ${portal.databaseName} AND pid <> pg_backend_pid()`
      .execute(portal.kernel.db)
      .catch(() => {});
    await loops;
    figures.recoverySeconds = ((recoveredAt || Date.now()) - terminatedAt) / 1000;
    figures.acknowledged = statuses.get(200) ?? 0;
    report(figures);
    console.log(`faults: statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    assert.equal(figures.serverErrors, 0, portal.server.errors().join('\n'));
    assert.ok(recoveredAt > 0, 'the portal answered again');
  });

  test('database gone for 4 s: 503 at once with Retry-After, /readyz says so within a second, then back', async () => {
    const figures = figuresOf('database refusing connections for 4 s');
    await portal.proxy.refuse();
    const goneAt = Date.now();
    let slowest = 0;
    let unavailable = 0;
    while (Date.now() - goneAt < 4000) {
      const started = Date.now();
      const response = await fetch(`${portal.url}/api/contact/suivi`, { headers: claire.headers });
      const problem = (await response.json()) as { code?: string };
      slowest = Math.max(slowest, Date.now() - started);
      figures.sent++;
      if (response.status === 503) {
        unavailable++;
        assert.equal(response.headers.get('retry-after'), '5');
        assert.equal(problem.code, 'unavailable');
      } else if (response.status >= 500) figures.serverErrors++;
      const readyStarted = Date.now();
      const ready = await fetch(`${portal.url}/readyz`);
      const readyMs = Date.now() - readyStarted;
      assert.equal(ready.status, 503);
      assert.match(((await ready.json()) as { reason: string }).reason, /^database: /);
      assert.ok(readyMs < 1300, `/readyz took ${readyMs} ms`);
    }
    await portal.proxy.restore();
    const restoredAt = Date.now();
    let back = false;
    while (!back && Date.now() - restoredAt < 15_000) {
      const response = await fetch(`${portal.url}/api/contact/suivi`, { headers: claire.headers });
      await response.arrayBuffer();
      back = response.status === 200;
      if (!back) await sleep(100);
    }
    figures.recoverySeconds = (Date.now() - restoredAt) / 1000;
    figures.acknowledged = unavailable;
    report(figures);
    console.log(`faults: slowest answer during the outage ${slowest} ms`);
    assert.ok(back, 'the portal answers again once the database is back');
    assert.ok(unavailable > 0);
    assert.equal(figures.serverErrors, 0);
    assert.ok(slowest < 3500, `an answer took ${slowest} ms during the outage`);
  });

  test('mail server down, then back: the reset e-mail goes once, within 20 s of its return', async () => {
    await portal.mail.smtpDown();
    const before = portal.mail.messages.length;
    const response = await fetch(`${portal.url}/api/auth/password-reset/request`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: portal.url },
      body: JSON.stringify({ login: 'julien.bernard@example.fr' }),
    });
    assert.equal(response.status, 202);
    await sleep(3000);
    assert.equal(portal.mail.messages.length, before, 'nothing delivered while it is down');
    await portal.mail.smtpUp();
    const upAt = Date.now();
    while (portal.mail.messages.length === before && Date.now() - upAt < 25_000) await sleep(200);
    const recoverySeconds = (Date.now() - upAt) / 1000;
    await sleep(500);
    const delivered = portal.mail.messages.slice(0, portal.mail.messages.length - before);
    report({
      experiment: 'SMTP down 3 s',
      sent: 1,
      acknowledged: delivered.length,
      lost: delivered.length === 1 ? 0 : 1,
      halfWritten: 0,
      orphans: 0,
      serverErrors: 0,
      recoverySeconds,
    });
    assert.equal(delivered.length, 1, 'delivered once');
    assert.match(delivered[0]?.subject ?? '', /choisissez un nouveau mot de passe/);
    assert.ok(recoverySeconds < 20, `${recoverySeconds} s after the mail server came back`);
  });
});
