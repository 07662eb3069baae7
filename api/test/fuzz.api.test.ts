// The fuzz suite (hardening): every route of the host, enumerated from the app itself, gets seeded
// bad input (fast-check) as the caller it expects — never a 5xx, every API refusal a French
// problem+json — and the authorisation matrix derived from the same route table (anonymous, another
// member, a manager on member routes, a member on manager routes, a widget token off its routes, an
// expired session) leaks nothing. A route missing from the matrix fails the suite.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type KernelConfig, loadConfig } from '@portail/kernel';
import { CSRF_HEADER, PROBLEM_CONTENT_TYPE } from '@portail/kernel/contract';
import { freshDatabase } from '@portail/kernel/testing';
import { seedDemo } from '../src/demo-seed.js';
import { createPortal, type Portal } from '../src/host.js';
import { collectFixtures, everyoneAcceptedTheCgu, type Fixtures } from './fuzz/fixtures.js';
import { type HostileRequest, hostileRequests } from './fuzz/hostile.js';
import { ROUTE_MATRIX, type RouteEntry } from './fuzz/route-matrix.js';

const SEED = 20261206;
const SAMPLES_PER_ROUTE = 24;
const ORIGIN = 'http://localhost';
const root = resolve(import.meta.dirname, '../..');

let portal: Portal;
let drop: () => Promise<void>;
let fixtures: Fixtures;
let sent = 0;

/** `METHOD path` of every route the host answers (middlewares aside). */
function routeTable(): string[] {
  const keys = portal.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`);
  return [...new Set(keys)].sort();
}

interface Caller {
  cookie?: string;
  csrf?: string;
  bearer?: { token: string; origin: string };
}

async function memberCaller(memberId: string): Promise<Caller> {
  const { token, csrfToken } = await portal.kernel.sessions.create(memberId, { ip: null, userAgent: 'fuzz' });
  return { cookie: `${portal.kernel.sessions.memberCookie.name}=${token}`, csrf: csrfToken };
}

async function managerCaller(): Promise<Caller> {
  const manager = await portal.kernel.db.selectFrom('core.managers').select('id').executeTakeFirstOrThrow();
  const { token, csrfToken } = await portal.kernel.sessions.createForManager(manager.id, {
    ip: null,
    userAgent: 'fuzz',
  });
  return { cookie: `${portal.kernel.sessions.managerCookie.name}=${token}`, csrf: csrfToken };
}

/**
 * A path segment percent-encoded as a client would send it; an unpaired surrogate (which
 * `encodeURIComponent` refuses) as the three bytes a careless encoder writes for it.
 */
function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value.replace(/[\s\S]/g, (char) => {
      const unit = char.charCodeAt(0);
      if (unit < 0xd800 || unit > 0xdfff) return encodeURIComponent(char);
      return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    });
  }
}

/** `/api/documents/:id` with `['x']` → `/api/documents/x`; `*` → what `rest` says. */
function pathOf(pattern: string, values: string[], rest = ''): string {
  let index = 0;
  return pattern
    .replace(/:[a-zA-Z]+(\{[^}]*\})?/g, () => encodeSegment(values[index++] ?? 'x'))
    .replace(/\*$/, rest);
}

function paramNames(pattern: string): string[] {
  return [...pattern.matchAll(/:([a-zA-Z]+)/g)].map((m) => m[1] ?? '');
}

async function send(
  method: string,
  path: string,
  caller: Caller,
  input?: Pick<HostileRequest, 'body' | 'withoutCsrf' | 'foreignOrigin'>,
): Promise<Response> {
  const headers: Record<string, string> = { 'accept-encoding': 'identity' };
  if (caller.cookie) headers.cookie = caller.cookie;
  if (caller.csrf && !input?.withoutCsrf && method !== 'GET') headers[CSRF_HEADER] = caller.csrf;
  if (caller.bearer) {
    headers.authorization = `Bearer ${caller.bearer.token}`;
    headers.origin = caller.bearer.origin;
  } else if (input?.foreignOrigin) {
    headers.origin = 'https://evil.example';
    headers['sec-fetch-site'] = 'cross-site';
  } else if (method !== 'GET') {
    headers.origin = ORIGIN;
  }
  let body: BodyInit | undefined;
  if (method !== 'GET' && input) {
    const hostile = input.body;
    if (hostile.kind === 'json') {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(hostile.value);
    } else if (hostile.kind === 'raw') {
      if (hostile.contentType) headers['content-type'] = hostile.contentType;
      body = hostile.text;
    } else {
      const form = new FormData();
      for (const [name, value] of Object.entries(hostile.fields)) form.append(name, value);
      if (hostile.file) form.append('fichiers', new File([hostile.file.bytes], hostile.file.name));
      body = form;
    }
  }
  sent++;
  const response = await portal.app.request(path, { method, headers, body });
  // An event stream (P2) never ends: its status and headers, and the fuzz hangs up.
  if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
    await response.body?.cancel();
    return new Response(null, { status: response.status, headers: response.headers });
  }
  return response;
}

/** Not a 5xx; an API refusal is our French problem+json, a web one French text. */
async function assertHandled(label: string, path: string, response: Response): Promise<void> {
  const text = await response.text();
  assert.ok(response.status < 500, `${label} → ${response.status}: ${text.slice(0, 300)}`);
  if (response.status < 400) return;
  if (path.startsWith('/api/')) {
    assert.equal(
      response.headers.get('content-type'),
      PROBLEM_CONTENT_TYPE,
      `${label}: ${text.slice(0, 200)}`,
    );
    const problem = JSON.parse(text) as { title: string; detail: string; status: number };
    assert.equal(problem.status, response.status, label);
    assert.ok(problem.detail.length >= 8, `${label}: detail « ${problem.detail} »`);
    assert.doesNotMatch(
      `${problem.title} ${problem.detail}`,
      /Not Found|Bad Request|Unauthorized|Forbidden|Internal Server|Payload Too Large|Method Not Allowed/,
      label,
    );
  } else {
    assert.doesNotMatch(text, /^(404 )?Not Found$|Internal Server Error/, `${label}: ${text.slice(0, 100)}`);
  }
}

before(async () => {
  const database = await freshDatabase();
  drop = database.drop;
  const config: KernelConfig = {
    ...loadConfig({ LOGIN_ATTEMPTS_PER_CLIENT: '100000' }, root),
    database: database.target,
    storageDir: mkdtempSync(join(tmpdir(), 'portail-fuzz-')),
  };
  portal = await createPortal(config, { deployDir: join(root, '.deploy') });
  await seedDemo(portal.kernel);
  await everyoneAcceptedTheCgu(portal.kernel);
  fixtures = await collectFixtures(portal.kernel);
});
after(async () => {
  await portal.kernel.close();
  await drop();
});

describe('fuzz suite (hardening)', () => {
  test('the route table and the matrix name the same routes: a new route must say who may call it', () => {
    const table = routeTable();
    assert.deepEqual(
      table.filter((route) => !(route in ROUTE_MATRIX)),
      [],
      'routes missing from api/test/fuzz/route-matrix.ts',
    );
    assert.deepEqual(
      Object.keys(ROUTE_MATRIX).filter((route) => !table.includes(route)),
      [],
      'routes of the matrix the host no longer has',
    );
  });

  test(`every route, ${SAMPLES_PER_ROUTE} generated bad requests each, as its expected caller: never a 5xx`, async () => {
    const manager = await managerCaller();
    let seed = SEED;
    for (const [route, entry] of Object.entries(ROUTE_MATRIX)) {
      const [method = 'GET', pattern = '/'] = route.split(' ');
      // A fresh session per route: a logout or password change fuzzed on one route ends only its own.
      const caller: Caller =
        entry.access === 'manager'
          ? manager
          : entry.access === 'member' || entry.access === 'widget'
            ? await memberCaller(fixtures.claire.id)
            : {};
      const names = paramNames(pattern);
      for (const request of hostileRequests(names.length, SAMPLES_PER_ROUTE, seed++)) {
        // (encodeSegment: a lone surrogate, which encodeURIComponent throws on, goes as its bytes.)
        const rest = pattern.endsWith('*')
          ? encodeSegment(request.params[0] ?? request.query[0]?.[1] ?? 'x')
          : '';
        const query = new URLSearchParams(request.query).toString();
        const path = `${pathOf(pattern, request.params, rest)}${query ? `?${query}` : ''}`;
        const response = await send(method, path, caller, request);
        await assertHandled(`${route} ${path.slice(0, 120)}`, path, response);
      }
    }
  });

  test('the authorisation matrix: nobody gets what is not theirs', async () => {
    const sophie = await memberCaller(fixtures.sophieId);
    const claireSession = await memberCaller(fixtures.claire.id);
    const manager = await managerCaller();
    const widget: Caller = {
      bearer: { token: fixtures.claire.widgetToken, origin: fixtures.claire.widgetOrigin },
    };
    const expired = await memberCaller(fixtures.claire.id);
    await portal.kernel.db
      .updateTable('core.sessions')
      .set({ last_seen_at: new Date(Date.now() - 3_600_000) })
      .where(
        'token_hash',
        '=',
        (await import('@portail/kernel')).sha256Hex(expired.cookie?.split('=')[1] ?? ''),
      )
      .execute();
    portal.kernel.sessions.cache.forget({ all: true });
    const leaks: string[] = [];
    const expect = async (label: string, ok: boolean, response: Response) => {
      await assertHandled(label, '/api/', response.clone());
      if (!ok) leaks.push(`${label} → ${response.status}`);
    };

    for (const [route, entry] of Object.entries(ROUTE_MATRIX) as [string, RouteEntry][]) {
      if (entry.access === 'web' || entry.access === 'public') continue;
      const [method = 'GET', pattern = '/'] = route.split(' ');
      const own = entry.own?.(fixtures);
      const values = paramNames(pattern).map(
        (name) => own?.params[name] ?? '00000000-0000-0000-0000-000000000000',
      );
      const path = pathOf(pattern, values);
      const body = { body: { kind: 'json' as const, value: {} }, withoutCsrf: false, foreignOrigin: false };
      const denied = (r: Response) => r.status === 401 || r.status === 403;

      const anonymous = await send(method, path, {}, body);
      await expect(`${route} anonymous`, denied(anonymous), anonymous);

      if (entry.access === 'manager') {
        const asMember = await send(method, path, claireSession, body);
        await expect(`${route} as a member`, asMember.status === 401, asMember);
        const asWidget = await send(method, path, widget, body);
        await expect(`${route} with a widget token`, denied(asWidget), asWidget);
        continue;
      }
      const asManager = await send(method, path, manager, body);
      await expect(`${route} with a manager's session`, asManager.status === 401, asManager);
      const asExpired = await send(method, path, expired, body);
      await expect(`${route} with an expired session`, asExpired.status === 401, asExpired);
      // A widget token: its own read routes only (where the member's contract and the document's
      // category may still refuse it); anything else is refused.
      const asWidget = await send(method, path, widget, body);
      const widgetRoute = entry.access === 'widget' && method === 'GET';
      await expect(`${route} with a widget token`, widgetRoute || denied(asWidget), asWidget);
      // Another member (Sophie): nothing of Claire's or Julien's, by their ids or in any list.
      const other = await send(method, path, sophie, body);
      const text = await other.clone().text();
      const markers = [...fixtures.markers.claire, ...fixtures.markers.julien];
      const shown = markers.filter((marker) => text.includes(marker));
      await expect(
        `${route} as another member`,
        (own ? other.status >= 400 : true) && shown.length === 0,
        other,
      );
      if (shown.length > 0) leaks.push(`${route}: another member sees ${shown.join(', ')}`);
    }
    assert.deepEqual(leaks, [], 'leaks');
  });

  after(() => {
    console.log(
      `fuzz suite: ${sent} requests sent to ${Object.keys(ROUTE_MATRIX).length} routes, 0 × 5xx, 0 leaks`,
    );
    assert.ok(sent >= 2000, `only ${sent} requests sent`);
  });
});
