// Files in an S3-compatible object store (`S3_URL`): an S3 server on the loopback (s3rver), the
// kernel's uploads and generated files filed there, streamed in parts, read back, and nothing left
// in the bucket by a refused or failed sending; the sweep removes objects no row names.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { UPLOAD_MESSAGES } from '@portail/kernel/contract';
import {
  createTestKernel,
  s3ConfigFor,
  sampleFile,
  seedBasics,
  startTestS3,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
  uploadForm,
} from '@portail/kernel/testing';
import { uploadSection } from './upload-section.js';

const MB = 1024 * 1024;
let s3: Awaited<ReturnType<typeof startTestS3>>;
let t: TestKernel;
let alice: TestClient;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function rowKeys(): Promise<string[]> {
  const rows = await t.kernel.db.selectFrom('core.files').select('storage_key').execute();
  return rows.map((row) => row.storage_key).sort();
}

function send(note: string, files: File[]) {
  return alice.request('/api/essai/envois', { method: 'POST', body: uploadForm({ note }, files) });
}

before(async () => {
  s3 = await startTestS3();
  t = await createTestKernel({ sections: [uploadSection], config: { s3: s3ConfigFor(s3.url, 'portail/') } });
  await seedBasics(t);
  alice = new TestClient(t.app);
  await alice.login('A100001', TEST_PASSWORD);
});
after(async () => {
  await t.close();
  await s3.close();
});

describe('files in an S3-compatible object store', () => {
  test('the store is S3, under its key prefix', () => {
    assert.equal(t.kernel.blobs.objects.kind, 's3');
  });

  test('an accepted sending is filed in the bucket, and reads back byte for byte', async () => {
    const file = sampleFile('pdf', 3 * MB, 'arret.pdf');
    const response = await send('ok', [file, sampleFile('png', 400)]);
    assert.equal(response.status, 201, await response.clone().text());
    assert.deepEqual(await t.kernel.blobs.storedKeys(), await rowKeys());
    const [stored] = await t.kernel.db
      .selectFrom('core.files')
      .select(['storage_key', 'sha256'])
      .where('file_name', '=', 'arret.pdf')
      .execute();
    assert.ok(stored);
    const read = await bytesOf(await t.kernel.blobs.open(stored.storage_key));
    assert.equal(read.byteLength, 3 * MB);
    assert.equal(sha256(read), stored.sha256);
    assert.equal(sha256(new Uint8Array(await file.arrayBuffer())), stored.sha256);
  });

  test('a file larger than a part goes up in parts, streamed from its temporary file', async () => {
    const data = new Uint8Array(12 * MB).map((_, i) => i % 251);
    await mkdir(t.kernel.blobs.tempDir, { recursive: true });
    const tempPath = join(t.kernel.blobs.tempDir, 'gros-fichier');
    await writeFile(tempPath, data);
    const { key } = await t.kernel.blobs.adopt({
      tempPath,
      fileName: 'gros.pdf',
      contentType: 'application/pdf',
      sizeBytes: data.byteLength,
      sha256: sha256(data),
    });
    await t.kernel.blobs.removeTemp(tempPath);
    assert.equal(sha256(await bytesOf(await t.kernel.blobs.open(key))), sha256(data));
  });

  test('generated files (PDFs) are stored there too', async () => {
    const saved = await t.kernel.blobs.save({
      fileName: 'bordereau.pdf',
      contentType: 'application/pdf',
      data: new TextEncoder().encode('%PDF-1.7 bordereau'),
    });
    const row = await t.kernel.db
      .selectFrom('core.files')
      .select('storage_key')
      .where('id', '=', saved.id)
      .executeTakeFirstOrThrow();
    assert.equal(
      new TextDecoder().decode(await bytesOf(await t.kernel.blobs.open(row.storage_key))),
      '%PDF-1.7 bordereau',
    );
  });

  test('a refused sending, or one whose transaction fails after filing, leaves no object and no row', async () => {
    const keys = await t.kernel.blobs.storedKeys();
    const refused = await send('ok', [sampleFile('pdf', 100), sampleFile('gif', 500, 'faux.pdf')]);
    assert.equal(refused.status, 415);
    assert.equal(((await refused.json()) as { detail: string }).detail, UPLOAD_MESSAGES.format);
    const failing = await send('échec', [sampleFile('pdf', 2 * MB)]);
    assert.equal(failing.status, 500);
    assert.deepEqual(await t.kernel.blobs.storedKeys(), keys);
    assert.deepEqual(await rowKeys(), keys);
  });

  test('the sweep removes objects no row names once old enough, never a committed or a fresh one', async () => {
    await t.kernel.blobs.objects.put('2026-12/orphelin', new Uint8Array(100), 'application/pdf');
    const committed = await rowKeys();
    const fresh = await t.kernel.maintenance.runOnce();
    assert.equal(fresh.orphans, 0, 'an object may still be in its transaction');
    assert.ok((await t.kernel.blobs.storedKeys()).includes('2026-12/orphelin'));
    // A minute later than now: every object counts as old.
    const swept = await t.kernel.maintenance.runOnce(-60_000);
    assert.equal(swept.orphans, 1);
    assert.deepEqual(await t.kernel.blobs.storedKeys(), committed);
  });
});
