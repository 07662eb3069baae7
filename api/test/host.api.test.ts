import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type KernelConfig, loadConfig } from '@portail/kernel';
import { freshDatabase } from '@portail/kernel/testing';
import { seedDemo } from '../src/demo-seed.js';
import { createPortal, type Portal } from '../src/host.js';
import { bundleReader, pageHtml, pageNameOf } from '../src/web.js';

let portal: Portal;
let drop: () => Promise<void>;

before(async () => {
  const database = await freshDatabase();
  drop = database.drop;
  const deployDir = mkdtempSync(join(tmpdir(), 'portail-deploy-'));
  mkdirSync(join(deployDir, 'assets/shell/0.1.0-abc'), { recursive: true });
  writeFileSync(join(deployDir, 'assets/shell/0.1.0-abc/index.js'), 'export {};');
  writeFileSync(
    join(deployDir, 'importmap.json'),
    JSON.stringify({
      imports: { '@portail/shell': '/assets/shell/0.1.0-abc/index.js', 'x</script>': '/x.js' },
    }),
  );
  const config: KernelConfig = {
    ...loadConfig({}),
    database: database.target,
    storageDir: mkdtempSync(join(tmpdir(), 'portail-files-')),
  };
  portal = await createPortal(config, { deployDir });
  assert.equal(await seedDemo(portal.kernel), true);
  assert.equal(await seedDemo(portal.kernel), false, 'the seed runs once');
});
after(async () => {
  await portal.kernel.close();
  await drop();
});

describe('host', () => {
  test('health and readiness', async () => {
    assert.equal((await portal.app.request('/healthz')).status, 200);
    const ready = await portal.app.request('/readyz');
    assert.deepEqual(await ready.json(), { status: 'ready' });
  });

  test('the page carries the import map inline under a nonce-based CSP', async () => {
    const response = await portal.app.request('/adhesion/contrat');
    assert.equal(response.status, 200);
    const csp = response.headers.get('content-security-policy') ?? '';
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    assert.ok(nonce, csp);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    const html = await response.text();
    assert.ok(html.includes(`<script type="importmap" nonce="${nonce}">`));
    assert.ok(html.includes('x\\u003c/script>'), 'the map cannot close the script element');
    assert.ok(html.includes('<portail-app></portail-app>'));
  });

  test('each application preloads what its first page needs, and no more', () => {
    const map = {
      imports: Object.fromEntries(
        ['lit', 'single-spa', '@portail/shared-design', '@portail/shared-design/forms', '@portail/runtime']
          .concat(['@portail/shared-design/section'])
          .concat(['@portail/shell', '@portail/backoffice'])
          .map((s) => [s, `/assets/${s}.js`]),
      ),
    };
    const preloads = (html: string) =>
      [...html.matchAll(/modulepreload" href="\/assets\/(.+?)\.js"/g)].map((m) => m[1]);
    assert.deepEqual(preloads(pageHtml(map, 'n', 'portail')), [
      'lit',
      'single-spa',
      '@portail/shared-design',
      '@portail/runtime',
      '@portail/shell',
    ]);
    assert.deepEqual(preloads(pageHtml(map, 'n', 'gestion')), [
      'lit',
      'single-spa',
      '@portail/shared-design',
      '@portail/runtime',
      '@portail/shared-design/forms',
      '@portail/shared-design/section',
      '@portail/backoffice',
    ]);
  });

  test("a member's page preloads its section, its page's module and every bundle's chunks, and is laid out for a member", () => {
    const deployDir = mkdtempSync(join(tmpdir(), 'portail-chunks-'));
    const folder = join(deployDir, 'assets/mfe-sante/0.1.0-abc');
    mkdirSync(join(folder, 'chunks'), { recursive: true });
    writeFileSync(
      join(folder, 'index.js'),
      'import{a as b}from"./chunks/contract-1.js";import"@portail/runtime";var p={x:()=>import(`./chunks/define-reglements-Ab3_x-9Z.js`)};',
    );
    writeFileSync(join(folder, 'chunks/contract-1.js'), 'import{c}from"./routes-3.js";export const a=c;');
    writeFileSync(join(folder, 'chunks/routes-3.js'), 'export const c=1;');
    writeFileSync(
      join(folder, 'chunks/define-reglements-Ab3_x-9Z.js'),
      'import"./routes-3.js";import{t}from"./payments-4.js";import{x}from"@portail/shared-design/forms";',
    );
    writeFileSync(join(folder, 'chunks/payments-4.js'), 'export const t=1;');
    writeFileSync(join(folder, 'chunks/define-decomptes-Cd4_y-0W.js'), 'export {};');
    const map = {
      imports: {
        '@portail/shell': '/assets/shell.js',
        '@portail/shared-design/forms': '/assets/forms.js',
        '@portail/shared-design/section': '/assets/section.js',
        '@portail/mfe-sante': '/assets/mfe-sante/0.1.0-abc/index.js',
      },
    };
    const sante = {
      name: 'sante',
      package: '@portail/mfe-sante' as const,
      label: 'Mes services santé',
      paths: ['/services'],
    };
    const pages = [
      { id: 'sante.reglements', path: '/services/reglements', nested: true },
      { id: 'sante.decomptes', path: '/services/decomptes' },
    ];
    assert.equal(pageNameOf(pages, '/services/reglements/'), 'reglements');
    assert.equal(pageNameOf(pages, '/services/reglements/p1'), 'reglements');
    assert.equal(pageNameOf(pages, '/services/decomptes/x'), undefined);
    const bundles = bundleReader(deployDir);
    const preloads = (html: string) => [...html.matchAll(/modulepreload" href="(.+?)"/g)].map((m) => m[1]);
    const at = (path: string, signedIn = true) =>
      pageHtml(map, 'n', 'portail', [sante], { path, signedIn, page: pageNameOf(pages, path) }, bundles);
    const member = at('/services/reglements');
    // The section's entry with its chunks, then the page's module with its chunks and packages —
    // not the other pages' modules; the section kit of shared-design (a member's page only).
    assert.deepEqual(preloads(member), [
      '/assets/section.js',
      '/assets/shell.js',
      '/assets/mfe-sante/0.1.0-abc/index.js',
      '/assets/mfe-sante/0.1.0-abc/chunks/contract-1.js',
      '/assets/mfe-sante/0.1.0-abc/chunks/routes-3.js',
      '/assets/mfe-sante/0.1.0-abc/chunks/define-reglements-Ab3_x-9Z.js',
      '/assets/mfe-sante/0.1.0-abc/chunks/payments-4.js',
      '/assets/forms.js',
    ]);
    assert.ok(member.includes('<portail-app signed-in></portail-app>'));
    assert.deepEqual(preloads(at('/services/decomptes')).slice(-1), [
      '/assets/mfe-sante/0.1.0-abc/chunks/define-decomptes-Cd4_y-0W.js',
    ]);
    const visitor = at('/services/reglements', false);
    assert.deepEqual(preloads(visitor), ['/assets/shell.js']);
    assert.ok(visitor.includes('<portail-app></portail-app>'));
    // Another section's path: only the shell, and the section kit for a member.
    assert.deepEqual(preloads(at('/compte/donnees')), ['/assets/section.js', '/assets/shell.js']);
  });

  test('a page asked with a session cookie is marked signed-in, and varies on the cookie', async () => {
    const cookie = portal.kernel.sessions.memberCookie.name;
    const signedIn = await portal.app.request('/services/reglements', { headers: { cookie: `${cookie}=x` } });
    assert.ok((await signedIn.text()).includes('<portail-app signed-in>'));
    assert.match(signedIn.headers.get('vary') ?? '', /Cookie/);
    const visitor = await portal.app.request('/services/reglements');
    assert.ok((await visitor.text()).includes('<portail-app></portail-app>'));
  });

  test('import map served as application/importmap+json, bundles immutable', async () => {
    const map = await portal.app.request('/importmap.json');
    assert.equal(map.headers.get('content-type'), 'application/importmap+json');
    assert.equal(map.headers.get('cache-control'), 'no-cache');
    const bundle = await portal.app.request('/assets/shell/0.1.0-abc/index.js');
    assert.equal(bundle.status, 200);
    assert.equal(bundle.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal((await portal.app.request('/assets/shell/0.1.0-abc/missing.js')).status, 404);
  });

  test('demo seed: three members and two to activate (by e-mail, by post), two employers, contract PDFs, one manager', async () => {
    const db = portal.kernel.db;
    assert.equal((await db.selectFrom('core.members').select('id').execute()).length, 5);
    assert.equal((await db.selectFrom('core.employers').select('id').execute()).length, 2);
    assert.equal((await db.selectFrom('core.managers').select('id').execute()).length, 1);
    const files = await db.selectFrom('core.files').select(['content_type', 'size_bytes']).execute();
    assert.ok(
      files.length >= 5 && files.every((f) => f.content_type === 'application/pdf' && f.size_bytes > 500),
    );
  });

  test('the development mailbox page lists e-mails with their links', async () => {
    await portal.kernel.outbox.enqueueEmail({
      to: 'claire.martin@example.fr',
      subject: 'Essai <b>',
      text: 'Lien : http://localhost:3000/x',
    });
    const page = await (await portal.app.request('/dev/boite-mail')).text();
    assert.ok(page.includes('Essai &#60;b&#62;'));
    assert.ok(page.includes('<a href="http://localhost:3000/x">'));
  });
});
