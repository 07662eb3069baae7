import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type KernelConfig, loadConfig } from '@portail/kernel';
import { CSRF_HEADER, type SessionInfo } from '@portail/kernel/contract';
import { freshDatabase, loginCodeOf } from '@portail/kernel/testing';
import { contactSlice } from '@portail/mfe-contact/api';
import type { FollowUp } from '@portail/mfe-contact/contract';
import type { Hono } from 'hono';
import { DEMO_PASSWORD, seedDemo } from '../src/demo-seed.js';
import { createPortal, type Portal } from '../src/host.js';
import { createSliceApp, createSlicePortal, type SlicePortal } from '../src/slice-app.js';

// The host and the contact slice on one database. On PostgreSQL (DATABASE_URL, as in CI) the slice
// has its own kernel and connection pool, as its own process would; an in-memory PGlite opens in one
// kernel only, so there the slice's app runs on the host's kernel.
let host: Portal;
let slice: SlicePortal | null = null;
let sliceApp: Hono;
let drop: () => Promise<void>;

before(async () => {
  const database = await freshDatabase();
  drop = database.drop;
  const config: KernelConfig = {
    ...loadConfig({}),
    database: database.target,
    storageDir: mkdtempSync(join(tmpdir(), 'portail-files-')),
  };
  host = await createPortal(config, { deployDir: mkdtempSync(join(tmpdir(), 'portail-deploy-')) });
  await seedDemo(host.kernel);
  if (database.target.kind === 'postgres') {
    slice = await createSlicePortal(config, 'contact');
    sliceApp = slice.app;
  } else {
    sliceApp = createSliceApp(host.kernel, contactSlice);
  }
});
after(async () => {
  await slice?.kernel.close();
  await host.kernel.close();
  await drop();
});

/** Logs in at the host, as the browser does through the proxy, and accepts the CGU. */
async function hostLogin(identifier: string) {
  const password = await host.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: identifier, password: DEMO_PASSWORD }),
  });
  // SPEC P8: the code e-mailed to the member, read from the outbox.
  assert.equal(password.status, 202);
  const { challenge } = (await password.json()) as { challenge: string };
  const login = await host.app.request('/api/auth/login/code', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ challenge, code: await loginCodeOf(host.kernel, challenge) }),
  });
  assert.equal(login.status, 200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  let session = (await login.json()) as SessionInfo;
  const headers = { cookie, [CSRF_HEADER]: session.csrfToken, 'content-type': 'application/json' };
  const cgu = await host.app.request('/api/cgu/current', { headers });
  const { version } = (await cgu.json()) as { version: number };
  const accepted = await host.app.request('/api/cgu/accept', {
    method: 'POST',
    headers,
    body: JSON.stringify({ version }),
  });
  assert.equal(accepted.status, 200);
  session = (await accepted.json()) as SessionInfo;
  return { cookie, headers: { ...headers, [CSRF_HEADER]: session.csrfToken } };
}

describe('one section in its own process', () => {
  test('a session opened by the host works on the slice, reads and writes included', async () => {
    const { cookie, headers } = await hostLogin('A100001');
    const before = await sliceApp.request('/api/contact/suivi', { headers: { cookie } });
    assert.equal(before.status, 200);
    const count = ((await before.json()) as FollowUp).items.length;

    const sent = await sliceApp.request('/api/contact/messages', {
      method: 'POST',
      headers,
      body: JSON.stringify({ subject: 'cotisation', message: 'Envoyé au service de la section seule.' }),
    });
    assert.equal(sent.status, 201, await sent.clone().text());
    // The host sees what the slice wrote: one database.
    const onHost = await host.app.request('/api/contact/suivi', { headers: { cookie } });
    assert.equal(((await onHost.json()) as FollowUp).items.length, count + 1);

    assert.equal((await sliceApp.request('/api/contact/suivi')).status, 401, 'no cookie, no member');
  });

  test('the slice answers its own paths only', async () => {
    const { cookie } = await hostLogin('A100001');
    for (const path of [
      '/api/menu',
      '/api/auth/session',
      '/api/cgu/current',
      '/api/compte/coordonnees',
      '/api/indemnisations/historique',
      '/api/gestion/demandes',
      '/api/contactez',
      '/',
      '/contact/nous-contacter',
    ]) {
      const response = await sliceApp.request(path, { headers: { cookie } });
      assert.equal(response.status, 404, path);
      assert.equal(response.headers.get('content-type'), 'application/problem+json', path);
    }
    assert.equal((await sliceApp.request('/api/contact/faq')).status, 200);
    assert.deepEqual(await (await sliceApp.request('/healthz')).json(), { status: 'ok', section: 'contact' });
  });
});
