import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type MemberRequest, type Problem, UPLOAD_MESSAGES } from '@portail/kernel/contract';
import {
  createTestKernel,
  sampleFile,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
  uploadForm,
} from '@portail/kernel/testing';
import { contactSlice } from '../api/index.js';
import type { FollowUp } from '../contract/index.js';

let t: TestKernel;

async function login(identifier: string) {
  const client = new TestClient(t.app);
  await client.login(identifier, TEST_PASSWORD);
  return client;
}

function transmit(client: TestClient, fields: Record<string, string>, files: File[]) {
  return client.request('/api/contact/transmissions', { method: 'POST', body: uploadForm(fields, files) });
}

async function suivi(client: TestClient) {
  return ((await (await client.request('/api/contact/suivi')).json()) as FollowUp).items;
}

before(async () => {
  t = await createTestKernel({ sections: [contactSlice] });
  await seedBasics(t);
});
after(() => t.close());

describe('E3 Nous transmettre', () => {
  test('a school certificate becomes a request "en cours de traitement" with its file, in Suivi', async () => {
    const sam = await login('S200001');
    const certificate = sampleFile('pdf', 4000, 'certificat Léa 2026.pdf');
    const response = await transmit(sam, { nature: 'certificat-de-scolarite', commentaire: 'Pour Léa' }, [
      certificate,
      sampleFile('jpg', 2000, 'verso.jpg'),
    ]);
    assert.equal(response.status, 201);
    const request = (await response.json()) as MemberRequest;
    assert.equal(request.label, 'Transmission : Certificat de scolarité');
    assert.equal(request.kind, 'transmission');
    assert.equal(request.statusLabel, 'En cours de traitement');
    assert.equal(request.memberText, 'Pour Léa');
    assert.deepEqual(
      request.attachments.map((a) => [a.fileName, a.sizeBytes]),
      [
        ['certificat Léa 2026.pdf', 4000],
        ['verso.jpg', 2000],
      ],
    );
    assert.equal((await suivi(sam))[0]?.id, request.id);

    const download = await sam.request(request.attachments[0]?.downloadUrl ?? '');
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'application/pdf');
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), Buffer.from(await certificate.arrayBuffer()));

    const alice = await login('A100001');
    const stolen = await alice.request(request.attachments[0]?.downloadUrl ?? '');
    assert.equal(stolen.status, 404, "another member cannot download the member's file");
    assert.ok(!(await suivi(alice)).some((r) => r.id === request.id), "nor see the member's request");
  });

  test('a wrong file, no file or an unknown nature are refused and nothing is kept', async () => {
    const sam = await login('S200001');
    const before = (await suivi(sam)).length;
    const filesBefore = await t.kernel.db.selectFrom('core.files').select('id').execute();

    const gif = await transmit(sam, { nature: 'acte-de-mariage' }, [sampleFile('gif', 800, 'mariage.pdf')]);
    assert.equal(gif.status, 415);
    assert.equal(((await gif.json()) as Problem).detail, UPLOAD_MESSAGES.format);

    const none = await transmit(sam, { nature: 'acte-de-mariage' }, []);
    assert.equal(none.status, 400);
    assert.equal(((await none.json()) as Problem).errors?.[0]?.detail, UPLOAD_MESSAGES.required);

    const unknown = await transmit(sam, { nature: 'carte-grise' }, [sampleFile('pdf', 100)]);
    assert.equal(unknown.status, 400);
    assert.equal(((await unknown.json()) as Problem).errors?.[0]?.field, 'nature');

    const tooLong = await transmit(sam, { nature: 'devis-optique', commentaire: 'x'.repeat(501) }, [
      sampleFile('pdf', 100),
    ]);
    assert.equal(tooLong.status, 400);
    assert.equal(((await tooLong.json()) as Problem).errors?.[0]?.field, 'commentaire');

    assert.equal((await suivi(sam)).length, before);
    assert.equal(
      (await t.kernel.db.selectFrom('core.files').select('id').execute()).length,
      filesBefore.length,
    );
  });

  test('without a session or the CSRF token nothing is received', async () => {
    const anonymous = new TestClient(t.app);
    const response = await transmit(anonymous, { nature: 'acte-de-naissance' }, [sampleFile('pdf', 100)]);
    assert.equal(response.status, 401);
    const sam = await login('S200001');
    sam.csrfToken = '';
    const noToken = await transmit(sam, { nature: 'acte-de-naissance' }, [sampleFile('pdf', 100)]);
    assert.equal(noToken.status, 403);
  });

  test('flooding is limited: the eleventh sending within the hour gets 429', async () => {
    const bruno = await login('A100002');
    for (let i = 0; i < 10; i += 1) {
      const ok = await transmit(bruno, { nature: 'facture-dentaire' }, [sampleFile('png', 100)]);
      assert.equal(ok.status, 201);
    }
    const flooded = await transmit(bruno, { nature: 'facture-dentaire' }, [sampleFile('png', 100)]);
    assert.equal(flooded.status, 429);
  });
});
