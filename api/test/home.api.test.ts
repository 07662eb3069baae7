// « Accueil »: `GET /api/menu` answers the home page's blocks and shortcuts (the sections' manifests'
// `home`) that the member may open, by the rules of the menu (contract kind, employer authorisation,
// SPEC A6) — a prévoyance member, a santé member and one whose employer forbids online claims each
// get theirs, and a manifest naming a page it does not have is refused at start.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Menu } from '@portail/kernel/contract';
import { defineSection } from '@portail/kernel/contract/section';
import {
  createTestKernel,
  seedBasics,
  TEST_PASSWORD,
  TestClient,
  type TestKernel,
} from '@portail/kernel/testing';
import { MenuRegistry } from '../kernel/src/menu.js';
import { SECTIONS } from '../src/sections.js';

let t: TestKernel;
before(async () => {
  t = await createTestKernel({ sections: SECTIONS });
  await seedBasics(t);
});
after(() => t.close());

async function homeOf(identifier: string) {
  const client = new TestClient(t.app);
  await client.login(identifier, TEST_PASSWORD);
  const response = await client.request('/api/menu');
  assert.equal(response.status, 200);
  const { home } = (await response.json()) as Menu;
  assert.ok(home, 'the menu answers the home page');
  return {
    blocks: home.blocks.map((block) => `${block.section}:${block.element} ${block.path}`),
    shortcuts: home.shortcuts.map((shortcut) => `${shortcut.label} ${shortcut.path}`),
  };
}

describe('« Accueil » in the menu', () => {
  test('a prévoyance member whose employer takes online claims', async () => {
    assert.deepEqual(await homeOf('A100001'), {
      blocks: [
        'indemnisations:ind-home-latest-payment /indemnisations/historique-indemnisations',
        'contact:ctc-home-news /contact/suivi',
        'contact:ctc-home-requests /contact/suivi',
      ],
      shortcuts: [
        'Déclarer un sinistre /indemnisations/demande',
        'Envoyer un justificatif /indemnisations/justificatifs',
        'Envoyer un message /contact/message',
      ],
    });
  });

  test('A6 an employer without online claims: no « Déclarer un sinistre », the rest stays', async () => {
    const { shortcuts } = await homeOf('A100002');
    assert.deepEqual(shortcuts, [
      'Envoyer un justificatif /indemnisations/justificatifs',
      'Envoyer un message /contact/message',
    ]);
  });

  test('a santé member: the last reimbursement and « Mes règlements », nothing of prévoyance', async () => {
    assert.deepEqual(await homeOf('S200001'), {
      blocks: [
        'sante:san-home-latest-reimbursement /services/reglements',
        'contact:ctc-home-news /contact/suivi',
        'contact:ctc-home-requests /contact/suivi',
      ],
      shortcuts: ['Mes règlements /services/reglements', 'Envoyer un message /contact/message'],
    });
  });

  test('a block or shortcut naming a page its section does not have is refused at start', () => {
    const section = defineSection({
      name: 'essai',
      package: '@portail/mfe-essai',
      label: 'Essai',
      paths: ['/essai'],
      pages: [{ id: 'essai.page', label: 'Page', path: '/essai/page' }],
      web: { app: 'web/index.ts' },
    });
    const broken = {
      ...section,
      home: { shortcuts: [{ label: 'Ailleurs', page: 'contact.message' }] },
    };
    assert.throws(() => new MenuRegistry().register(broken), /no page « contact\.message » in the section/);
  });
});
