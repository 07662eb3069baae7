// What a browser receives from the host, compressed: the bundles precompressed at build (brotli 11,
// gzip 9) with their exact length, pages and JSON over 1 KB compressed per request, and nothing that
// is a download or already compressed. Uses the real build (`npm run build`).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { acceptedEncoding, type KernelConfig, loadConfig } from '@portail/kernel';
import { freshDatabase, TestClient } from '@portail/kernel/testing';
import { DEMO_PASSWORD, seedDemo } from '../src/demo-seed.js';
import { createPortal, type Portal } from '../src/host.js';

const root = resolve(import.meta.dirname, '../..');
const deployDir = join(root, '.deploy');
let portal: Portal;
let drop: () => Promise<void>;

before(async () => {
  const database = await freshDatabase();
  drop = database.drop;
  const config: KernelConfig = {
    ...loadConfig({}),
    database: database.target,
    storageDir: mkdtempSync(join(tmpdir(), 'portail-files-')),
  };
  portal = await createPortal(config, { deployDir });
  await seedDemo(portal.kernel);
});
after(async () => {
  await portal.kernel.close();
  await drop();
});

function decode(body: Buffer, encoding: string | null): Buffer {
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'gzip') return gunzipSync(body);
  return body;
}

async function fetchRaw(path: string, acceptEncoding?: string, method = 'GET') {
  const response = await portal.app.request(path, {
    method,
    headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {},
  });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe('compression', () => {
  test('the best encoding the request accepts: brotli, then gzip; q=0 refuses one', () => {
    assert.equal(acceptedEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(acceptedEncoding('gzip'), 'gzip');
    assert.equal(acceptedEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(acceptedEncoding('gzip;q=1.0, br;q=0.5'), 'gzip');
    assert.equal(acceptedEncoding('*'), 'br');
    assert.equal(acceptedEncoding('identity'), null);
    assert.equal(acceptedEncoding(undefined), null);
  });

  test('a bundle: precompressed brotli or gzip, or the file, each with its exact length, immutable', async () => {
    const map = JSON.parse(readFileSync(join(deployDir, 'importmap.json'), 'utf8')) as {
      imports: Record<string, string>;
    };
    for (const specifier of ['@portail/shell', 'lit', '@portail/shared-design']) {
      const path = map.imports[specifier] ?? '';
      const file = readFileSync(join(deployDir, path));
      for (const [accept, expected] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['gzip', 'gzip'],
        [undefined, null],
      ] as const) {
        const { response, body } = await fetchRaw(path, accept);
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('content-encoding'), expected, `${specifier} ${accept}`);
        assert.equal(response.headers.get('content-length'), String(body.length));
        assert.equal(response.headers.get('vary'), 'Accept-Encoding');
        assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
        assert.equal(response.headers.get('content-type'), 'text/javascript');
        assert.deepEqual(decode(body, expected), file);
        if (expected) assert.ok(body.length < file.length * 0.5, 'compressed to less than half');
      }
    }
  });

  test('the page and JSON over 1 KB are compressed per request; small answers are not, but vary', async () => {
    const plain = await fetchRaw('/adhesion/contrat');
    const compressed = await fetchRaw('/adhesion/contrat', 'br, gzip');
    assert.equal(compressed.response.headers.get('content-encoding'), 'br');
    assert.equal(compressed.response.headers.get('content-length'), String(compressed.body.length));
    assert.match(compressed.response.headers.get('vary') ?? '', /Accept-Encoding/);
    const page = decode(compressed.body, 'br');
    assert.ok(page.toString().includes('<portail-app></portail-app>'));
    assert.equal(page.length, plain.body.length, 'the same page (its nonce aside)');

    const map = await fetchRaw('/importmap.json', 'gzip');
    assert.equal(map.response.headers.get('content-encoding'), 'gzip');
    assert.ok(JSON.parse(decode(map.body, 'gzip').toString()).imports['@portail/shell']);

    const health = await fetchRaw('/healthz', 'br');
    assert.equal(health.response.headers.get('content-encoding'), null, 'under 1 KB');
    assert.equal(JSON.parse(health.body.toString()).status, 'ok');
    assert.match(health.response.headers.get('vary') ?? '', /Accept-Encoding/);

    const head = await fetchRaw('/adhesion/contrat', 'br', 'HEAD');
    assert.equal(head.response.headers.get('content-encoding'), null);
    assert.equal(head.body.length, 0);
  });

  test('JSON of the API over 1 KB goes compressed to a logged-in member', async () => {
    const client = new TestClient(portal.app, portal.kernel);
    await client.login('A300003', DEMO_PASSWORD);
    const response = await client.request('/api/cgu/current', { headers: { 'Accept-Encoding': 'br' } });
    const body = Buffer.from(await response.arrayBuffer());
    assert.equal(response.headers.get('content-encoding'), 'br');
    assert.equal(response.headers.get('content-length'), String(body.length));
    const cgu = JSON.parse(decode(body, 'br').toString()) as { version: number };
    assert.ok(decode(body, 'br').length > 1024 && cgu.version > 0);
    // A problem+json refusal under 1 KB goes as it is.
    const refused = await client.request('/api/menu', { headers: { 'Accept-Encoding': 'br' } });
    assert.equal(refused.status, 403, 'the CGU are still to accept');
    assert.equal(refused.headers.get('content-encoding'), null);
  });

  test('a PDF download goes as it is, never recompressed', async () => {
    const client = new TestClient(portal.app, portal.kernel);
    await client.login('A300003', DEMO_PASSWORD);
    const cgu = (await (await client.request('/api/cgu/current')).json()) as { version: number };
    const accepted = await client.request('/api/cgu/accept', {
      method: 'POST',
      json: { version: cgu.version },
    });
    assert.equal(accepted.status, 200);
    const list = (await (await client.request('/api/adhesion/documents/contrat')).json()) as {
      items: { downloadUrl: string }[];
    };
    const url = list.items[0]?.downloadUrl ?? '';
    const response = await client.request(url, { headers: { 'Accept-Encoding': 'br, gzip' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.equal(response.headers.get('content-encoding'), null);
    const body = Buffer.from(await response.arrayBuffer());
    assert.equal(body.subarray(0, 5).toString(), '%PDF-');
  });
});
