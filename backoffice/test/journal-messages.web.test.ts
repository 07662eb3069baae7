import { expect, html, waitUntil } from '@open-wc/testing';
import {
  clickButton,
  deepQuery,
  deepText,
  field,
  fill,
  waitForText,
} from '../../shared-design/test/section-helpers.js';
import type { BoJournalPage } from '../src/pages/journal.js';
import type { BoMessagesPage } from '../src/pages/messages.js';
import {
  auditRecord,
  cellTexts,
  openPage,
  outboxMessage,
  recordGets,
  useGestionApi,
  waitForRow,
} from './fixtures.js';

const DECISION = auditRecord('a1');
const LOGIN = auditRecord('a2', {
  actorKind: 'system',
  actor: 'Système',
  action: 'gestion.login-failed',
  targetKind: null,
  targetId: null,
  before: null,
  after: null,
});

const SENT = outboxMessage('o1');
const FAILED = outboxMessage('o2', {
  channel: 'sms',
  recipient: '06 12 34 56 78',
  subject: 'Paiement de votre indemnité',
  status: 'failed',
  attempts: 3,
  lastError: 'Fournisseur SMS injoignable',
  sentAt: null,
  nextAttemptAt: '2026-03-14T11:15:00Z',
});

const page = (items: unknown[], pageSize = 50) => ({ items, page: 1, pageSize, total: items.length });

describe('bo-journal-page (H7)', () => {
  useGestionApi();

  it('shows who did what, when, on what, with the state before and after', async () => {
    const queries = recordGets('/api/gestion/journal', () => page([DECISION, LOGIN]));
    const journal = await openPage<BoJournalPage>(
      '/gestion/journal',
      html`<bo-journal-page></bo-journal-page>`,
    );
    const row = await waitForRow(journal, 'a1');
    expect(queries[0]?.toString()).to.equal('');
    expect(cellTexts(row).slice(0, 4)).to.deep.equal([
      '14/03/2026 11:15',
      'Claire Martin (gestionnaire)',
      'demande.decision',
      'request r1',
    ]);
    expect(deepText(row.cells[4]!)).to.contain('{"status":"pending"}');
    // A long value is folded, whole and indented inside.
    const folded = deepQuery<HTMLDetailsElement>(row.cells[5]!, 'details')!;
    expect(folded.querySelector('summary')?.textContent).to.match(/^\{"status":"accepted".*…$/);
    expect(folded.querySelector('pre')?.textContent).to.contain(
      '  "note": "Coordonnées bancaires mises à jour',
    );
    expect(cellTexts(await waitForRow(journal, 'a2')).slice(1, 4)).to.deep.equal([
      'Système',
      'gestion.login-failed',
      '—',
    ]);
    await expect(journal).to.be.accessible();
  });

  it('filters by actor, action and period', async () => {
    const queries = recordGets('/api/gestion/journal', () => page([DECISION]));
    const journal = await openPage<BoJournalPage>(
      '/gestion/journal',
      html`<bo-journal-page></bo-journal-page>`,
    );
    await waitForRow(journal, 'a1');
    await fill(journal, 'acteur', 'Claire');
    await fill(journal, 'action', 'demande.decision');
    await fill(journal, 'du', '2026-03-01');
    await fill(journal, 'au', '2026-02-01');
    clickButton(journal, 'Filtrer');
    await waitUntil(() => field(journal, 'au').error !== '', 'the period was not checked');
    expect(queries.length).to.equal(1);
    await fill(journal, 'au', '2026-03-31');
    clickButton(journal, 'Filtrer');
    await waitUntil(() => queries.length === 2, 'the filter did not reload');
    expect(Object.fromEntries(queries[1]!)).to.deep.equal({
      actor: 'Claire',
      action: 'demande.decision',
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(location.search).to.equal('?acteur=Claire&action=demande.decision&du=2026-03-01&au=2026-03-31');
    clickButton(journal, 'Réinitialiser');
    await waitUntil(() => queries.length === 3, 'the reset did not reload');
    expect(queries[2]?.toString()).to.equal('');
    await waitUntil(() => field(journal, 'acteur').value === '', 'the form kept the old filter');
  });
});

describe('bo-messages-page (N1)', () => {
  useGestionApi();

  it('shows each e-mail and SMS of the outbox with its state', async () => {
    recordGets('/api/gestion/messages', () => page([SENT, FAILED]));
    const messages = await openPage<BoMessagesPage>(
      '/gestion/messages',
      html`<bo-messages-page></bo-messages-page>`,
    );
    expect(cellTexts(await waitForRow(messages, 'o1'))).to.deep.equal([
      '14/03/2026 11:15',
      'E-mail',
      'marie@example.fr',
      'Votre demande a été prise en compte',
      'Envoyé',
      '1',
      '—',
      'Envoyé le 14/03/2026 11:15',
    ]);
    expect(cellTexts(await waitForRow(messages, 'o2')).slice(1)).to.deep.equal([
      'SMS',
      '06 12 34 56 78',
      'Paiement de votre indemnité',
      'En échec',
      '3',
      'Fournisseur SMS injoignable',
      'Prochaine tentative le 14/03/2026 12:15',
    ]);
    await expect(messages).to.be.accessible();
  });

  it('filters by status and channel', async () => {
    const queries = recordGets('/api/gestion/messages', (url) =>
      page(url.searchParams.get('status') === 'failed' ? [FAILED] : [SENT, FAILED]),
    );
    const messages = await openPage<BoMessagesPage>(
      '/gestion/messages',
      html`<bo-messages-page></bo-messages-page>`,
    );
    await waitForRow(messages, 'o1');
    await fill(messages, 'statut', 'failed');
    await fill(messages, 'canal', 'sms');
    clickButton(messages, 'Filtrer');
    await waitUntil(() => queries.length === 2, 'the filter did not reload');
    expect(Object.fromEntries(queries[1]!)).to.deep.equal({ status: 'failed', channel: 'sms' });
    expect(location.search).to.equal('?statut=failed&canal=sms');
    await waitForText(messages, '1 message');
    expect(deepQuery(messages, 'tr[data-row-id="o1"]')).to.equal(undefined);
  });
});
