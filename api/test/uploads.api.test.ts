import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { serve } from '@hono/node-server';
import { type Problem, UPLOAD_LIMITS, UPLOAD_MESSAGES, type UploadedFile } from '@portail/kernel/contract';
import {
  createTestKernel,
  sampleFile,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
  uploadForm,
} from '@portail/kernel/testing';
import { uploadSection } from './upload-section.js';

const MB = 1024 * 1024;
let t: TestKernel;
let alice: TestClient;

async function send(fields: Record<string, string>, files: File[]) {
  return alice.request('/api/essai/envois', { method: 'POST', body: uploadForm(fields, files) });
}

async function storedCount() {
  const row = await t.kernel.db
    .selectFrom('core.files')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Files left on disk outside the store's dated folders: temporary parts of uploads. */
async function leftovers() {
  return readdir(t.kernel.blobs.tempDir).catch(() => []);
}

async function assertRefused(response: Response, status: number, message: string) {
  assert.equal(response.status, status);
  const problem = (await response.json()) as Problem;
  assert.equal(problem.detail, message);
  assert.ok(problem.errors?.some((e) => e.field === 'fichiers' && e.detail.endsWith(message)));
}

before(async () => {
  t = await createTestKernel({ sections: [uploadSection] });
  await seedBasics(t);
  alice = new TestClient(t.app);
  await alice.login('A100001', TEST_PASSWORD);
});
after(() => t.close());

describe('Uploads (SPEC C4 rules, enforced by the server)', () => {
  test('PDF, PNG and JPEG are kept, judged from their content, with size and SHA-256', async () => {
    const files = [
      sampleFile('pdf', 2000, 'arret.pdf'),
      sampleFile('png', 300, 'scan'),
      sampleFile('jpg', 3 * MB),
    ];
    const response = await send({ note: 'ok' }, files);
    assert.equal(response.status, 201);
    const stored = (await response.json()) as UploadedFile[];
    assert.deepEqual(
      stored.map((f) => [f.fileName, f.contentType, f.sizeBytes]),
      [
        ['arret.pdf', 'application/pdf', 2000],
        ['scan', 'image/png', 300],
        ['document.jpg', 'image/jpeg', 3 * MB],
      ],
    );
    const expected = Buffer.from(await (files[0] as File).arrayBuffer());
    const { createHash } = await import('node:crypto');
    assert.equal(stored[0]?.sha256, createHash('sha256').update(expected).digest('hex'));
    assert.deepEqual(await leftovers(), []);
  });

  test('a file whose content is not JPG, PNG or PDF is refused, whatever its name', async () => {
    const before = await storedCount();
    await assertRefused(
      await send({ note: 'ok' }, [sampleFile('pdf', 100), sampleFile('gif', 500, 'faux.pdf')]),
      415,
      UPLOAD_MESSAGES.format,
    );
    await assertRefused(
      await send({ note: 'ok' }, [new File(['%PD'], 'court.pdf')]),
      415,
      UPLOAD_MESSAGES.format,
    );
    assert.equal(await storedCount(), before, 'nothing of the sending is kept, not even the good file');
    assert.deepEqual(await leftovers(), []);
  });

  test('over 3.5 MB a file is refused; over 10 MB together the sending is', async () => {
    const before = await storedCount();
    await assertRefused(
      await send({ note: 'ok' }, [sampleFile('pdf', UPLOAD_LIMITS.maxFileBytes + 1)]),
      413,
      UPLOAD_MESSAGES.fileSize,
    );
    const exactly = await send({ note: 'ok' }, [sampleFile('pdf', UPLOAD_LIMITS.maxFileBytes)]);
    assert.equal(exactly.status, 201, 'exactly 3.5 MB is accepted');
    await assertRefused(
      await send({ note: 'ok' }, [
        sampleFile('pdf', 3 * MB),
        sampleFile('png', 3 * MB),
        sampleFile('jpg', 3 * MB),
        sampleFile('pdf', 2 * MB),
      ]),
      413,
      UPLOAD_MESSAGES.totalSize,
    );
    assert.equal(await storedCount(), before + 1);
    assert.deepEqual(await leftovers(), []);
  });

  test('at most 10 files; an empty file is refused', async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => sampleFile('png', 100, `page-${i + 1}.png`));
    await assertRefused(await send({ note: 'ok' }, eleven), 413, UPLOAD_MESSAGES.fileCount);
    await assertRefused(await send({ note: 'ok' }, [new File([], 'vide.pdf')]), 400, UPLOAD_MESSAGES.empty);
    const ten = await send({ note: 'ok' }, eleven.slice(0, 10));
    assert.equal(ten.status, 201);
  });

  test('invalid fields, or a failure after the files were filed, keep nothing', async () => {
    const before = await storedCount();
    const missing = await send({}, [sampleFile('pdf', 100)]);
    assert.equal(missing.status, 400);
    assert.equal(((await missing.json()) as Problem).errors?.[0]?.field, 'note');
    const failing = await send({ note: 'échec' }, [sampleFile('pdf', 100)]);
    assert.equal(failing.status, 500);
    assert.equal(await storedCount(), before);
    const stored = await t.kernel.db.selectFrom('core.files').select('storage_key').execute();
    assert.deepEqual(
      await t.kernel.blobs.storedKeys(),
      stored.map((row) => row.storage_key).sort(),
      'no stored object without its record',
    );
  });

  test('a body that is not multipart, or announces more than the limits, is refused before reading', async () => {
    const json = await alice.request('/api/essai/envois', { method: 'POST', json: { note: 'ok' } });
    assert.equal(json.status, 415);
    const huge = await alice.request('/api/essai/envois', {
      method: 'POST',
      body: 'x',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(20 * MB) },
    });
    assert.equal(huge.status, 413);
    assert.equal(((await huge.json()) as Problem).detail, UPLOAD_MESSAGES.totalSize);
  });

  test('a text field with a NUL is refused, naming it, and keeps nothing', async () => {
    // (An unpaired surrogate cannot arrive here: a multipart body is UTF-8, which has none.)
    const before = await storedCount();
    for (const note of ['a\u0000b', '\u0000']) {
      const response = await send({ note }, [sampleFile('pdf', 100)]);
      assert.equal(response.status, 400);
      const problem = (await response.json()) as Problem;
      assert.equal(problem.code, 'invalid-characters');
      assert.equal(problem.errors?.[0]?.field, 'note');
    }
    assert.equal(await storedCount(), before);
    assert.deepEqual(await leftovers(), []);
  });

  test("a member's sendings are limited per hour, and what they keep by a quota, in French", async () => {
    const limited = await createTestKernel({
      sections: [uploadSection],
      config: { uploadLimits: { perMemberPerHour: 3, quotaBytes: 2 * MB } },
    });
    try {
      await seedBasics(limited);
      const bruno = new TestClient(limited.app);
      await bruno.login('A100002', TEST_PASSWORD);
      const sendTo = (files: File[]) =>
        bruno.request('/api/essai/envois', { method: 'POST', body: uploadForm({ note: 'ok' }, files) });
      assert.equal((await sendTo([sampleFile('pdf', 1.5 * MB)])).status, 201);
      // 1.5 MB kept: another 1 MB would pass the 2 MB quota.
      const full = await sendTo([sampleFile('pdf', 1 * MB)]);
      assert.equal(full.status, 413);
      const quota = (await full.json()) as Problem;
      assert.equal(quota.code, 'quota-exceeded');
      assert.match(quota.detail, /^Votre espace de stockage de documents est plein \(2 Mo\)/);
      assert.equal((await sendTo([sampleFile('pdf', 1000)])).status, 201);
      const tooMany = await sendTo([sampleFile('pdf', 1000)]);
      assert.equal(tooMany.status, 429);
      assert.match(((await tooMany.json()) as Problem).detail, /réessayez dans une heure/);
      // Another member is not concerned.
      const sam = new TestClient(limited.app);
      await sam.login('S200001', TEST_PASSWORD);
      const other = await sam.request('/api/essai/envois', {
        method: 'POST',
        body: uploadForm({ note: 'ok' }, [sampleFile('pdf', 1000)]),
      });
      assert.equal(other.status, 201);
    } finally {
      await limited.close();
    }
  });

  test('an upload cut off halfway over real HTTP stores nothing', async () => {
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const before = await storedCount();
    const boundary = 'coupure';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nok\r\n--${boundary}\r\nContent-Disposition: form-data; name="fichiers"; filename="coupe.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`;
    const cookie = (alice as unknown as { cookie: string }).cookie;
    let streamedToDisk = false;
    await new Promise<void>((resolve) => {
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/essai/envois',
        headers: {
          cookie,
          'x-csrf-token': alice.csrfToken,
          origin: 'http://localhost',
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(2 * MB),
        },
      });
      req.on('error', () => resolve());
      req.on('response', (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.write(head);
      req.write(Buffer.alloc(256 * 1024, 1));
      const cutWhenStreaming = async () => {
        for (let i = 0; i < 100 && !streamedToDisk; i += 1) {
          streamedToDisk = (await leftovers()).length > 0;
          if (!streamedToDisk) await new Promise((r) => setTimeout(r, 20));
        }
        req.destroy();
      };
      void cutWhenStreaming();
    });
    assert.ok(streamedToDisk, 'the file was being written to disk while it arrived');
    // the server notices the cut-off connection and cleans up
    for (let i = 0; i < 50 && (await leftovers()).length > 0; i += 1)
      await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(await leftovers(), []);
    assert.equal(await storedCount(), before);
    await new Promise((resolve) => server.close(resolve));
  });
});
