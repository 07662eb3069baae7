// Hostile input never reaches PostgreSQL: NUL and unpaired surrogates refused in every string, dates
// that do not exist, integers past PostgreSQL's, bodies too large or not JSON, bad URLs — each a
// French 400/413/415 problem+json, never a 500.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PROBLEM_CONTENT_TYPE, type Problem } from '@portail/kernel/contract';
import type { LoginChallenge } from '@portail/kernel/contract/second-factor';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';

let t: TestKernel;
let alice: TestClient;

before(async () => {
  t = await createTestKernel();
  await seedBasics(t);
  alice = new TestClient(t.app);
  await alice.login('A100001', TEST_PASSWORD);
});
after(() => t.close());

async function problemOf(response: Response, status: number): Promise<Problem> {
  assert.equal(response.status, status, await response.clone().text());
  assert.equal(response.headers.get('content-type'), PROBLEM_CONTENT_TYPE);
  const problem = (await response.json()) as Problem;
  assert.ok(problem.detail.length > 10, 'a French sentence');
  return problem;
}

function postJson(path: string, body: string, headers: Record<string, string> = {}) {
  return t.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

describe('input guard', () => {
  test('a NUL in any string of a JSON body: 400 naming the field, before any query', async () => {
    const problem = await problemOf(
      await postJson('/api/auth/login', JSON.stringify({ login: 'A10\u00000001', password: 'x' })),
      400,
    );
    assert.equal(problem.code, 'invalid-characters');
    assert.deepEqual(problem.errors, [
      { field: 'login', detail: 'Ce champ contient un caractère non autorisé.' },
    ]);
    const reset = await problemOf(
      await postJson('/api/auth/password-reset/request', '{"login":"\\u0000"}'),
      400,
    );
    assert.equal(reset.errors?.[0]?.field, 'login');
  });

  test('an unpaired surrogate (not well-formed UTF-16) is refused, not stored as U+FFFD; pairs are fine', async () => {
    const lone = await problemOf(
      await alice.request('/api/auth/password', {
        method: 'POST',
        body: '{"current":"Portail2026","password":"Abcdefg1\\ud800","confirmation":"Abcdefg1\\ud800"}',
        headers: { 'content-type': 'application/json' },
      }),
      400,
    );
    assert.equal(lone.errors?.[0]?.field, 'password');
    const nested = await problemOf(
      await postJson('/api/auth/login', '{"login":"a","password":"b","x":{"list":["ok","\\udc00"]}}'),
      400,
    );
    assert.equal(nested.errors?.[0]?.field, 'x.list.1');
    const key = await problemOf(await postJson('/api/auth/login', '{"lo\\u0000gin":"a"}'), 400);
    assert.equal(key.code, 'invalid-characters');
    // An emoji is a well-formed pair: it goes through to the usual checks — no such login, so from a
    // new browser the code step of a decoy login (SPEC P8), a clean answer like any other.
    const emoji = await postJson('/api/auth/login', JSON.stringify({ login: 'A😀', password: 'Mauvais1' }));
    assert.equal(emoji.status, 202, await emoji.clone().text());
    assert.match(emoji.headers.get('content-type') ?? '', /^application\/json/);
    const step = (await emoji.json()) as LoginChallenge;
    assert.equal(typeof step.challenge, 'string');
    assert.equal(step.expiresInSeconds, 600);
  });

  test('a body that is not JSON is 415 without being read; malformed JSON 400', async () => {
    const text = await problemOf(
      await t.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'login=A100001',
      }),
      415,
    );
    assert.equal(text.code, 'unsupported-media-type');
    const missing = await t.app.request('/api/auth/login', { method: 'POST', body: '{}' });
    assert.equal(missing.status, 415);
    await problemOf(await postJson('/api/auth/login', '{"login":'), 400);
  });

  test('a JSON body over 64 KB is 413 before authentication, announced or streamed', async () => {
    const big = JSON.stringify({ login: 'x'.repeat(70 * 1024), password: 'y' });
    const announced = await problemOf(await postJson('/api/auth/login', big), 413);
    assert.equal(announced.code, 'body-too-large');
    // Streamed without a length: counted as it comes, refused past the limit.
    const chunks = [new TextEncoder().encode(big)];
    const stream = new ReadableStream({
      pull(controller) {
        const chunk = chunks.shift();
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await t.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await problemOf(streamed, 413);
    // A member route too, before its session is even looked at.
    await problemOf(await postJson('/api/contact/messages', big), 413);
  });

  test('a NUL or an undecodable sequence in the path or the query string: 400', async () => {
    const query = await problemOf(await alice.request('/api/menu?x=%00'), 400);
    assert.equal(query.code, 'invalid-characters');
    await problemOf(await alice.request('/api/documents/abc%00def'), 400);
    await problemOf(await alice.request('/api/documents/%E0%A4%A'), 400);
    await problemOf(await alice.request('/api/documents/%ED%A0%80'), 400);
  });

  test('dates that do not exist are refused by the one strict schema (round trip), with their field', async () => {
    const reminder = await problemOf(
      await postJson(
        '/api/auth/identifier-reminder',
        JSON.stringify({ email: 'alice@example.fr', birthDate: '2014-02-30' }),
      ),
      400,
    );
    assert.deepEqual(reminder.errors, [{ field: 'birthDate', detail: "Cette date n'existe pas." }]);
    const june31 = await problemOf(
      await postJson(
        '/api/auth/identifier-reminder',
        JSON.stringify({ email: 'alice@example.fr', birthDate: '2026-06-31' }),
      ),
      400,
    );
    assert.equal(june31.errors?.[0]?.field, 'birthDate');
    const year = await problemOf(
      await postJson(
        '/api/auth/identifier-reminder',
        JSON.stringify({ email: 'alice@example.fr', birthDate: '0001-01-01' }),
      ),
      400,
    );
    assert.equal(year.errors?.[0]?.field, 'birthDate');
  });

  test('integers past PostgreSQL’s are refused by bounded schemas', async () => {
    const version = await problemOf(
      await alice.request('/api/cgu/accept', { method: 'POST', json: { version: 2147483648 } }),
      400,
    );
    assert.equal(version.errors?.[0]?.field, 'version');
    const fraction = await problemOf(
      await alice.request('/api/cgu/accept', { method: 'POST', json: { version: 1.5 } }),
      400,
    );
    assert.equal(fraction.errors?.[0]?.field, 'version');
  });

  test('a malformed id in a route reaches no query as it is: never a 500', async () => {
    const dashes = await alice.request(`/api/documents/${'-'.repeat(36)}`);
    assert.ok([400, 404].includes(dashes.status), `status ${dashes.status}`);
    assert.equal(dashes.headers.get('content-type'), PROBLEM_CONTENT_TYPE);
  });
});
