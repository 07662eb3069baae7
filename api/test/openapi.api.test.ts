// `/api/openapi.json` (issue 20, part 4): generated from the routes' own schemas and the contracts'
// types, it describes every route of the host's API, its schemas compile, and what the routes answer
// — every GET of the route table, as its own caller, on the demo data — matches it. The end-to-end
// journeys check every answer Chromium receives against it too (e2e/harness.ts).
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type KernelConfig, loadConfig } from '@portail/kernel';
import { freshDatabase } from '@portail/kernel/testing';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { seedDemo } from '../src/demo-seed.js';
import { createPortal, type Portal } from '../src/host.js';
import { collectFixtures, everyoneAcceptedTheCgu, type Fixtures } from './fuzz/fixtures.js';
import { ROUTE_MATRIX } from './fuzz/route-matrix.js';
import { isJson, OpenApiAnswers, type OpenApiDocument } from './openapi-answers.js';

const root = resolve(import.meta.dirname, '../..');

let portal: Portal;
let drop: () => Promise<void>;
let fixtures: Fixtures;
let document: OpenApiDocument;

before(async () => {
  const database = await freshDatabase();
  drop = database.drop;
  const config: KernelConfig = {
    ...loadConfig({}, root),
    database: database.target,
    storageDir: mkdtempSync(join(tmpdir(), 'portail-openapi-')),
  };
  portal = await createPortal(config, { deployDir: join(root, '.deploy') });
  await seedDemo(portal.kernel);
  await everyoneAcceptedTheCgu(portal.kernel);
  fixtures = await collectFixtures(portal.kernel);
  const response = await portal.app.request('/api/openapi.json');
  assert.equal(response.status, 200);
  document = (await response.json()) as OpenApiDocument;
});
after(async () => {
  await portal.kernel.close();
  await drop();
});

/** `GET /api/x/:id` → `GET /api/x/{id}`. */
function described(route: string): string {
  return route.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, '{$1}');
}

describe('OpenAPI description (/api/openapi.json)', () => {
  test('describes every route of the API, and nothing else', () => {
    assert.equal(document.openapi, '3.1.0');
    const routes = [
      ...new Set(
        portal.app.routes
          .filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/'))
          .map((route) => `${route.method} ${described(route.path)}`),
      ),
    ].sort();
    const operations = Object.entries(document.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    assert.ok(routes.length > 70, `${routes.length} routes`);
    assert.deepEqual(
      routes.filter((route) => !operations.includes(route)),
      [],
      'routes without an operation({ … }) middleware',
    );
    assert.deepEqual(operations, routes);
  });

  test('every reference resolves and every schema compiles (JSON Schema 2020-12)', () => {
    const text = JSON.stringify(document);
    const missing = [...text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)]
      .map((match) => match[1] ?? '')
      .filter((name) => !(name in document.components.schemas));
    assert.deepEqual([...new Set(missing)], [], 'types named by a route or a schema but not generated');
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema({ $id: 'portail', components: document.components });
    for (const name of Object.keys(document.components.schemas)) {
      ajv.compile({ $ref: `portail#/components/schemas/${name}` });
    }
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const summary = (operation as { summary?: string }).summary ?? '';
        assert.ok(summary.length > 5, `${method} ${path}: a French summary`);
      }
    }
  });

  test('what every GET route answers its own caller matches the description', async () => {
    const answers = new OpenApiAnswers(document);
    const manager = await portal.kernel.db.selectFrom('core.managers').select('id').executeTakeFirstOrThrow();
    const cookieOf = async (caller: 'claire' | 'julien' | 'manager'): Promise<string> => {
      if (caller === 'manager') {
        const { token } = await portal.kernel.sessions.createForManager(manager.id, {
          ip: null,
          userAgent: 'openapi',
        });
        return `${portal.kernel.sessions.managerCookie.name}=${token}`;
      }
      const { token } = await portal.kernel.sessions.create(fixtures[caller].id, {
        ip: null,
        userAgent: 'openapi',
      });
      return `${portal.kernel.sessions.memberCookie.name}=${token}`;
    };
    const cookies = {
      claire: await cookieOf('claire'),
      julien: await cookieOf('julien'),
      manager: await cookieOf('manager'),
    };
    const failures: string[] = [];
    let checked = 0;
    for (const [route, entry] of Object.entries(ROUTE_MATRIX)) {
      const [method, pattern = ''] = route.split(' ');
      if (method !== 'GET' || !pattern.startsWith('/api/')) continue;
      const own = entry.own?.(fixtures);
      if (!own && pattern.includes(':')) continue;
      const path = pattern.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) =>
        encodeURIComponent(own?.params[name] ?? ''),
      );
      const callers: (keyof typeof cookies)[] =
        entry.access === 'manager' ? ['manager'] : own ? [own.victim] : ['claire', 'julien'];
      for (const caller of callers) {
        const response = await portal.app.request(path, { headers: { cookie: cookies[caller] } });
        const contentType = response.headers.get('content-type') ?? '';
        const body = isJson(contentType) ? await response.json() : undefined;
        // An event stream (P2) never ends: its status and type are checked, then it is cancelled.
        if (entry.stream) await response.body?.cancel();
        else if (body === undefined) await response.arrayBuffer();
        const failure = answers.check({ method, path, status: response.status, contentType, body });
        if (failure) failures.push(`${caller}: ${failure}`);
        checked += 1;
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(checked > 40, `${checked} answers checked`);
  });

  test('development serves the reference page (Swagger UI) over the description', async () => {
    const page = await portal.app.request('/dev/api');
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<html lang="fr">/);
    assert.match(html, /\/dev\/api\/swagger-ui-bundle\.js/);
    const bundle = await portal.app.request('/dev/api/swagger-ui-bundle.js');
    assert.equal(bundle.status, 200);
    assert.match(bundle.headers.get('content-type') ?? '', /javascript/);
    assert.match(await (await portal.app.request('/dev/api/reference.js')).text(), /\/api\/openapi\.json/);
    assert.equal((await portal.app.request('/dev/api/package.json')).status, 404);
  });
});
