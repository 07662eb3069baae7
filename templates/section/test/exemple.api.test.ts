import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';
import { exempleSlice } from '../api/index.js';
import type { ExempleHome } from '../contract/index.js';

let t: TestKernel;
before(async () => {
  t = await createTestKernel({ sections: [exempleSlice] });
  await seedBasics(t);
});
after(() => t.close());

async function member(identifier: string) {
  const client = new TestClient(t.app);
  await client.login(identifier, TEST_PASSWORD);
  return client;
}

test('a member makes a request and sees it counted; another member sees none of it', async () => {
  const claire = await member('A100001');
  const created = await claire.request('/api/exemple/demandes', {
    method: 'POST',
    json: { message: 'Bonjour' },
  });
  assert.equal(created.status, 201);
  const home = (await (await claire.request('/api/exemple/accueil')).json()) as ExempleHome;
  assert.equal(home.requestsCount, 1);
  const other = await member('A100002');
  const theirs = (await (await other.request('/api/exemple/accueil')).json()) as ExempleHome;
  assert.equal(theirs.requestsCount, 0);
});

test('an empty message is refused with a French error on the field', async () => {
  const claire = await member('A100001');
  const refused = await claire.request('/api/exemple/demandes', { method: 'POST', json: { message: ' ' } });
  assert.equal(refused.status, 400);
  const problem = (await refused.json()) as { errors: { field: string; detail: string }[] };
  assert.deepEqual(problem.errors, [{ field: 'message', detail: 'Saisissez votre message.' }]);
});
