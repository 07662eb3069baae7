// SPEC P3 « Télécharger mes données »: the archive job's life (one at a time, prepared by the
// worker, announced by e-mail and live notice, taken again after a dead worker's lease, deleted after
// 7 days), the ZIP's content from the kernel and every section, its owner only, and a member with two
// years of payments and 50 files archived without holding them in memory.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createKernel, jsonb } from '@portail/kernel';
import type { Problem } from '@portail/kernel/contract';
import {
  DATA_EXPORT_ALREADY_PENDING,
  DATA_EXPORT_API,
  type DataExportAnswer,
} from '@portail/kernel/contract/data-export';
import {
  createTestKernel,
  readZip,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';
import { sql } from 'kysely';
import { SECTIONS } from '../src/sections.js';

const FILE_URL = `${DATA_EXPORT_API}/fichier`;
const DAY_MS = 86_400_000;

let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;

before(async () => {
  t = await createTestKernel({ sections: SECTIONS });
  ids = await seedBasics(t);
});
after(() => t.close());

async function login(identifier: string) {
  const client = new TestClient(t.app);
  await client.login(identifier, TEST_PASSWORD);
  return client;
}

async function status(client: TestClient) {
  const response = await client.request(DATA_EXPORT_API);
  assert.equal(response.status, 200);
  return ((await response.json()) as DataExportAnswer).archive;
}

async function download(client: TestClient) {
  const response = await client.request(FILE_URL);
  assert.equal(response.status, 200, await response.clone().text());
  return { response, entries: readZip(new Uint8Array(await response.arrayBuffer())) };
}

async function membershipOf(memberId: string) {
  return (
    await t.kernel.db
      .selectFrom('core.memberships')
      .select('id')
      .where('member_id', '=', memberId)
      .executeTakeFirstOrThrow()
  ).id;
}

/** A document of the member's space with its stored file. */
async function publishDocument(memberId: string, title: string, data: Uint8Array, fileName: string) {
  return t.kernel.documents.publish({
    category: 'courriers',
    title,
    audience: 'member',
    memberId,
    file: { fileName, contentType: 'application/pdf', data },
  });
}

function pdfBytes(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
  for (let i = 5; i < size; i++) bytes[i] = (i * 31 + seed) % 251;
  return bytes;
}

describe('P3 « Télécharger mes données »', () => {
  test('P3: one archive at a time — a second request while it is prepared gets 409 and the same job', async () => {
    const sam = await login('S200001');
    assert.equal(await status(sam), null, 'nothing asked yet');
    const first = await sam.request(DATA_EXPORT_API, { method: 'POST' });
    assert.equal(first.status, 202);
    const asked = ((await first.json()) as DataExportAnswer).archive;
    assert.equal(asked?.state, 'pending');
    const second = await sam.request(DATA_EXPORT_API, { method: 'POST' });
    assert.equal(second.status, 409);
    assert.equal(((await second.json()) as Problem).detail, DATA_EXPORT_ALREADY_PENDING);
    assert.equal((await status(sam))?.id, asked?.id);
    const rows = await t.kernel.db
      .selectFrom('core.data_exports')
      .select('id')
      .where('member_id', '=', ids.sam)
      .execute();
    assert.equal(rows.length, 1);
    // Even straight in the database, the partial unique index refuses a second open job.
    await assert.rejects(
      t.kernel.db.insertInto('core.data_exports').values({ member_id: ids.sam }).execute(),
      /unique|duplicate/i,
    );
    await t.kernel.dataExports.runDue();
  });

  test('P3: prepared by the worker, announced by e-mail (no data) and live notice; the ZIP holds every part', async () => {
    const membership = await membershipOf(ids.alice);
    await publishDocument(ids.alice, 'Attestation 2026', pdfBytes(3000, 1), 'attestation-2026.pdf');
    const attachment = await t.kernel.blobs.save({
      fileName: 'arret-de-travail.pdf',
      contentType: 'application/pdf',
      data: pdfBytes(2000, 2),
    });
    const request = await t.kernel.db
      .insertInto('core.requests')
      .values({
        member_id: ids.alice,
        section: 'contact',
        kind: 'message',
        label: 'Message : ma question',
        payload: jsonb({ subject: 'Ma question', text: 'Bonjour' }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.kernel.db
      .insertInto('core.request_attachments')
      .values({ request_id: request.id, file_id: attachment.id })
      .execute();
    await sql`INSERT INTO indemnisations.indemnity_payments (member_id, membership_id, nature, event_date,
        period_start, period_end, paid_on, method, gross_cents, deductions, net_cents, full_pay_days,
        half_pay_days, daily_amount_cents)
      VALUES (${ids.alice}, ${membership}, 'Arrêt de travail', '2026-01-05', '2026-01-05', '2026-01-31',
        '2026-02-10', 'virement', 270000, '[]'::jsonb, 250000, 27, 0, 10000)`.execute(t.kernel.db);
    await sql`INSERT INTO compte.profiles (member_id, address_line1, postal_code, city)
      VALUES (${ids.alice}, '3 rue Moyenne', '18000', 'Bourges')`.execute(t.kernel.db);

    const alice = await login('A100001');
    const asked = await alice.request(DATA_EXPORT_API, { method: 'POST' });
    assert.equal(asked.status, 202);
    assert.equal((await alice.request(FILE_URL)).status, 404, 'nothing to download while it is prepared');
    assert.equal(await t.kernel.dataExports.runDue(), 1);

    const ready = await status(alice);
    assert.equal(ready?.state, 'ready');
    assert.ok(ready?.expiresAt && ready.readyAt);
    assert.equal(new Date(ready.expiresAt).getTime() - new Date(ready.readyAt).getTime(), 7 * DAY_MS);
    assert.equal(ready.downloadUrl, FILE_URL);

    const mail = await t.kernel.db
      .selectFrom('core.outbox')
      .selectAll()
      .where('recipient', '=', 'alice@example.fr')
      .where('subject', '=', 'Vos données sont prêtes')
      .executeTakeFirstOrThrow();
    assert.match(mail.body_text, /^Bonjour Madame A100001,/);
    assert.match(mail.body_text, /http:\/\/localhost\/compte\/telecharger-mes-donnees/);
    assert.doesNotMatch(mail.body_text, /3 rue Moyenne|2500|Attestation 2026/, 'no data in the mail');

    const live = await sql<{ event: { type: string; href: string } }>`
      SELECT event FROM core.live_events WHERE member_id = ${ids.alice}`.execute(t.kernel.db);
    assert.deepEqual(
      live.rows.map((r) => [r.event.type, r.event.href]),
      [['export-ready', '/compte/telecharger-mes-donnees']],
    );

    const { response, entries } = await download(alice);
    assert.equal(response.headers.get('content-type'), 'application/zip');
    assert.match(
      response.headers.get('content-disposition') ?? '',
      /^attachment; filename="mes-donnees-portail-adherent-\d{4}-\d{2}-\d{2}\.zip"/,
    );
    assert.equal(response.headers.get('cache-control'), 'private, no-store');
    const json = (name: string) => JSON.parse(entries.get(name)?.toString('utf8') ?? 'null');
    assert.equal(json('identite.json').identifier, 'A100001');
    assert.equal(json('identite.json').password_hash, undefined, 'no password hash');
    assert.equal(json('contrats.json')[0].contract_label, 'Prévoyance complémentaire');
    assert.equal(json('consentements.json').cgu[0].version, 1);
    const logins = json('connexions.json');
    assert.ok(logins.length >= 1, 'login history');
    assert.equal(logins[0].token_hash, undefined, 'no session secret');
    assert.equal(json('messages.json')[0].label, 'Message : ma question');
    const attachmentPath = json('messages.json')[0].attachments[0].path;
    assert.deepEqual(entries.get(attachmentPath), Buffer.from(pdfBytes(2000, 2)));
    const document = json('documents.json')[0];
    assert.equal(document.title, 'Attestation 2026');
    assert.deepEqual(entries.get(document.path), Buffer.from(pdfBytes(3000, 1)));
    assert.equal(json('indemnisations/paiements.json')[0].net_cents, 250000);
    assert.equal(json('compte/coordonnees.json').address_line1, '3 rue Moyenne');
    for (const part of [
      'adhesion/attestations.json',
      'sante/remboursements.json',
      'indemnisations/envois.json',
    ]) {
      assert.ok(entries.has(part), part);
    }
    assert.ok(entries.has('LISEZMOI.txt'));

    const audit = await t.kernel.db
      .selectFrom('core.audit_log')
      .select('action')
      .where('action', 'like', 'donnees.archive.%')
      .where('target_id', '=', ready.id)
      .orderBy('at')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['donnees.archive.demande', 'donnees.archive.prete', 'donnees.archive.telechargement'],
    );
  });

  test('P3: the archive is its owner’s only — another member gets nothing', async () => {
    const bruno = await login('A100002');
    assert.equal(await status(bruno), null);
    const response = await bruno.request(FILE_URL);
    assert.equal(response.status, 404);
    assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
    const anonymous = new TestClient(t.app);
    assert.equal((await anonymous.request(FILE_URL)).status, 401);
  });

  test('P3: a job left running by a dead process is taken again once its lease has passed, not before', async () => {
    const bruno = await login('A100002');
    assert.equal((await bruno.request(DATA_EXPORT_API, { method: 'POST' })).status, 202);
    // A process claimed it, then died: the row stays `running` under its lease.
    await sql`UPDATE core.data_exports SET status = 'running', attempts = 1,
        lease_until = now() + interval '1 minute' WHERE member_id = ${ids.bruno}`.execute(t.kernel.db);
    assert.equal(await t.kernel.dataExports.runDue(), 0, 'still leased');
    assert.equal((await status(bruno))?.state, 'pending');
    await sql`UPDATE core.data_exports SET lease_until = now() - interval '1 second'
      WHERE member_id = ${ids.bruno}`.execute(t.kernel.db);
    assert.equal(await t.kernel.dataExports.runDue(), 1);
    assert.equal((await status(bruno))?.state, 'ready');
    const row = await t.kernel.db
      .selectFrom('core.data_exports')
      .select('attempts')
      .where('member_id', '=', ids.bruno)
      .executeTakeFirstOrThrow();
    assert.equal(row.attempts, 2);
    (await download(bruno)).entries.get('identite.json');
  });

  test('P3: after 7 days the sweep deletes the archive; the page says expired; nothing to download', async () => {
    const bruno = await login('A100002');
    const job = await t.kernel.db
      .selectFrom('core.data_exports as e')
      .innerJoin('core.files as f', 'f.id', 'e.file_id')
      .select(['e.id', 'e.file_id', 'f.storage_key'])
      .where('e.member_id', '=', ids.bruno)
      .executeTakeFirstOrThrow();
    assert.ok((await t.kernel.blobs.storedKeys()).includes(job.storage_key));
    assert.equal(await t.kernel.dataExports.sweep(new Date(Date.now() + 6 * DAY_MS)), 0, 'kept 7 days');
    const ready = await t.kernel.db
      .selectFrom('core.data_exports')
      .select('id')
      .where('status', '=', 'ready')
      .execute();
    assert.equal(await t.kernel.dataExports.sweep(new Date(Date.now() + 7 * DAY_MS + 60_000)), ready.length);
    assert.equal(await t.kernel.dataExports.sweep(new Date(Date.now() + 8 * DAY_MS)), 0, 'once');
    assert.ok(!(await t.kernel.blobs.storedKeys()).includes(job.storage_key), 'object deleted');
    const file = await t.kernel.db
      .selectFrom('core.files')
      .select('id')
      .where('id', '=', job.file_id as string)
      .executeTakeFirst();
    assert.equal(file, undefined, 'file row deleted');
    assert.equal((await status(bruno))?.state, 'expired');
    assert.equal((await bruno.request(FILE_URL)).status, 404);
    // A new one may be asked for.
    assert.equal((await bruno.request(DATA_EXPORT_API, { method: 'POST' })).status, 202);
    assert.equal(await t.kernel.dataExports.runDue(), 1);
  });

  test('P3: two years of payments and 50 files are streamed into the ZIP, never held whole in memory', async () => {
    const member = await t.directory.createMember({
      identifier: 'M300001',
      email: 'gros.dossier@example.fr',
      civility: 'M.',
      firstName: 'Gros',
      lastName: 'Dossier',
      birthDate: '1970-05-05',
      password: TEST_PASSWORD,
    });
    await t.directory.addMembership({
      memberId: member,
      employerId: ids.openEmployer,
      contractId: ids.sante,
      membershipNumber: 'N-M300001',
      startDate: '2024-01-01',
    });
    await t.directory.acceptCgu(member, 1);
    await sql`INSERT INTO sante.health_payments (member_id, paid_on, amount_cents, method)
      SELECT ${member}, DATE '2024-12-01' + g, 1000 + g, 'virement' FROM generate_series(0, 729, 3) AS g`.execute(
      t.kernel.db,
    );
    const FILE_SIZE = 256 * 1024;
    for (let i = 0; i < 50; i++) {
      await publishDocument(member, `Décompte ${i + 1}`, pdfBytes(FILE_SIZE, i), `decompte-${i + 1}.pdf`);
    }
    const client = await login('M300001');
    const answer = await client.request(DATA_EXPORT_API, { method: 'POST' });
    assert.equal(answer.status, 202, await answer.clone().text());
    const asked = ((await answer.json()) as DataExportAnswer).archive;
    assert.ok(asked);

    // What was read from the store but not yet written to the archive: bounded by the streams'
    // buffers, far below the 12.5 MB of files, if nothing buffers the archive whole.
    const objects = t.kernel.blobs.objects;
    const open = objects.open.bind(objects);
    const tempPath = join(t.kernel.blobs.tempDir, `data-export-${asked.id}-1.zip`);
    let pulled = 0;
    let mostAhead = 0;
    objects.open = async (key: string) =>
      (await open(key)).pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            pulled += chunk.byteLength;
            const written = statSync(tempPath, { throwIfNoEntry: false })?.size ?? 0;
            mostAhead = Math.max(mostAhead, pulled - written);
            controller.enqueue(chunk);
          },
        }),
      );
    try {
      assert.equal(await t.kernel.dataExports.runDue(), 1);
    } finally {
      objects.open = open;
    }
    assert.equal(pulled, 50 * FILE_SIZE, 'every file read from the store');
    assert.ok(mostAhead < 4 * 1024 * 1024, `at most ${mostAhead} bytes read ahead of the archive`);
    console.log(`P3: at most ${mostAhead} bytes read ahead of the archive`);

    const { entries } = await download(client);
    const documents = JSON.parse(entries.get('documents.json')?.toString('utf8') ?? '[]') as {
      path: string;
    }[];
    assert.equal(documents.length, 50);
    for (const d of documents) assert.equal(entries.get(d.path)?.length, FILE_SIZE, d.path);
    const payments = JSON.parse(entries.get('sante/remboursements.json')?.toString('utf8') ?? '[]');
    assert.equal(payments.length, 244, 'two years of payments');
  });

  test('P3: the worker a process starts prepares a request by itself, and stops with it', async () => {
    const alice = await login('A100001');
    t.kernel.dataExports.start(100);
    try {
      assert.equal((await alice.request(DATA_EXPORT_API, { method: 'POST' })).status, 202);
      const deadline = Date.now() + 15_000;
      while ((await status(alice))?.state !== 'ready') {
        assert.ok(Date.now() < deadline, 'not ready in time');
        await sleep(50);
      }
    } finally {
      await t.kernel.dataExports.stop();
    }
  });

  test('P3: two processes on one database never prepare the same job twice (SKIP LOCKED)', async (c) => {
    if (t.kernel.config.database.kind !== 'postgres') return c.skip('needs a PostgreSQL server');
    const second = await createKernel(t.kernel.config, { sections: SECTIONS, mailTransport: t.mail });
    try {
      for (const identifier of ['A100001', 'A100002', 'S200001']) {
        const client = await login(identifier);
        assert.equal((await client.request(DATA_EXPORT_API, { method: 'POST' })).status, 202);
      }
      const [here, there] = await Promise.all([t.kernel.dataExports.runDue(), second.dataExports.runDue()]);
      assert.equal(here + there, 3);
      const latest = await sql<{ status: string; attempts: number }>`
        SELECT DISTINCT ON (member_id) status, attempts FROM core.data_exports
        WHERE member_id IN (${ids.alice}, ${ids.bruno}, ${ids.sam}) ORDER BY member_id, requested_at DESC`.execute(
        t.kernel.db,
      );
      assert.deepEqual(
        latest.rows.map((r) => [r.status, r.attempts]),
        [
          ['ready', 1],
          ['ready', 1],
          ['ready', 1],
        ],
      );
    } finally {
      await second.close();
    }
  });
});
