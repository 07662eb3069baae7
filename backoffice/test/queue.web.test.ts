import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { QueuePage } from '@portail/kernel/contract';
import {
  clickButton,
  control,
  deepQuery,
  deepText,
  field,
  fill,
  waitForFocusIn,
  waitForText,
} from '../../shared-design/test/section-helpers.js';
import type { BoQueuePage } from '../src/pages/queue.js';
import {
  cellTexts,
  openPage,
  queueItem,
  queuePage,
  recordGets,
  useGestionApi,
  waitForRow,
} from './fixtures.js';

const OLD = queueItem('r1');
const QUESTION = queueItem('r2', {
  section: 'contact',
  kind: 'question',
  label: 'Question : Garanties',
  ageDays: 1,
  createdAt: '2026-03-13T08:00:00Z',
  attachmentCount: 0,
  member: { id: 'm2', identifier: 'MARTIN07', name: 'Paul Martin' },
});

function openQueue(path = '/gestion/demandes') {
  return openPage<BoQueuePage>(path, html`<bo-queue-page></bo-queue-page>`);
}

describe('bo-queue-page (H1)', () => {
  useGestionApi();

  it('lists the requests in progress, oldest first as the server sends them, with who, what and how old', async () => {
    const queries = recordGets('/api/gestion/demandes', () => queuePage([OLD, QUESTION]));
    const page = await openQueue();
    const first = await waitForRow(page, 'r1');
    expect(queries[0]?.toString()).to.equal('status=pending');
    expect(cellTexts(first)).to.deep.equal([
      '02/03/202612 jours',
      '16/03/2026',
      'DUPONT42Marie Dupont',
      'Modification de vos coordonnées bancairesMon compte',
      '1',
      'En cours de traitement',
    ]);
    const rows = [...deepQuery(page, 'tbody')!.querySelectorAll('tr')];
    expect(rows.map((row) => row.dataset['rowId'])).to.deep.equal(['r1', 'r2']);
    expect(cellTexts(rows[1]!)[0]).to.equal('13/03/20261 jour');
    expect(deepQuery(first, 'a')?.getAttribute('href')).to.equal('/gestion/demandes/r1');
    expect(deepText(page)).to.contain('2 demandes');
    await expect(page).to.be.accessible();
  });

  it('P1 shows a late request first as the server sends it, with its delay in business days', async () => {
    const late = queueItem('r3', { estimatedAt: '2026-03-09', lateBusinessDays: 3 });
    recordGets('/api/gestion/demandes', () => queuePage([late, OLD]));
    const page = await openQueue();
    const first = await waitForRow(page, 'r3');
    const rows = [...deepQuery(page, 'tbody')!.querySelectorAll('tr')];
    expect(rows.map((row) => row.dataset['rowId'])).to.deep.equal(['r3', 'r1']);
    expect(cellTexts(first)[1]).to.equal('09/03/2026En retard de 3 jours ouvrés');
    expect(deepQuery(first, 'pa-badge.late')?.getAttribute('variant')).to.equal('warning');
    expect(deepQuery(rows[1]!, 'pa-badge.late')).to.equal(undefined);
    await expect(page).to.be.accessible();
  });

  it('stays a table in the content column of a 1280 px screen (976 px), a late request and a long label included', async () => {
    const late = queueItem('r3', { estimatedAt: '2026-03-09', lateBusinessDays: 12 });
    recordGets('/api/gestion/demandes', () => queuePage([late, OLD, QUESTION]));
    const column = await fixture<HTMLDivElement>(
      html`<div style="width: 976px"><bo-queue-page></bo-queue-page></div>`,
    );
    const page = column.querySelector('bo-queue-page')!;
    await waitForRow(page, 'r3');
    const table = deepQuery(page, 'pa-data-table')!;
    await waitUntil(() => table.getAttribute('layout') !== null, 'the table never chose its layout');
    expect(table.getAttribute('layout')).to.equal('table');
  });

  it('filters by section, type, status and age: the URL and the API query follow', async () => {
    const queries = recordGets('/api/gestion/demandes', (url) =>
      queuePage(url.searchParams.get('kind') === 'question' ? [QUESTION] : [OLD, QUESTION]),
    );
    const page = await openQueue();
    await waitForRow(page, 'r1');
    await fill(page, 'section', 'contact');
    await page.updateComplete;
    await field(page, 'type').updateComplete;
    // Only the chosen section's kinds are offered.
    const kinds = [...control(page, 'type').querySelectorAll('option')].map((option) => option.value);
    expect(kinds).to.deep.equal(['', 'message', 'question']);
    await fill(page, 'type', 'question');
    await fill(page, 'statut', '');
    await fill(page, 'age', '7');
    clickButton(page, 'Filtrer');
    await waitUntil(() => queries.length === 2, 'the filter did not reload');
    expect(Object.fromEntries(queries[1]!)).to.deep.equal({
      section: 'contact',
      kind: 'question',
      status: 'all',
      age: '7',
    });
    expect(location.pathname + location.search).to.equal(
      '/gestion/demandes?section=contact&type=question&statut=all&age=7',
    );
    // The old rows go while the new page loads (« Chargement… »), then the new count comes.
    await waitUntil(() => deepText(page).includes('1 demande'), 'the filtered count did not come');
    expect(deepQuery(page, 'tr[data-row-id="r1"]')).to.equal(undefined);
    await waitForFocusIn(deepQuery(page, '.results'), 'the results');
  });

  it('searches by member (identifier or name): the URL and the API query follow, the field keeps it', async () => {
    const queries = recordGets('/api/gestion/demandes', (url) =>
      queuePage(url.searchParams.get('member') ? [QUESTION] : [OLD, QUESTION]),
    );
    const page = await openQueue();
    await waitForRow(page, 'r1');
    expect(field(page, 'adherent').getAttribute('label')).to.equal('Adhérent (identifiant ou nom)');
    await fill(page, 'adherent', '  Paul Mart  ');
    clickButton(page, 'Filtrer');
    await waitUntil(() => queries.length === 2, 'the search did not reload');
    expect(Object.fromEntries(queries[1]!)).to.deep.equal({ member: 'Paul Mart', status: 'pending' });
    expect(location.pathname + location.search).to.equal('/gestion/demandes?adherent=Paul+Mart');
    await waitUntil(() => deepText(page).includes('1 demande'), 'the count did not come');
    expect(deepQuery(page, 'tr[data-row-id="r1"]')).to.equal(undefined);
    expect(field(page, 'adherent').value).to.equal('Paul Mart');

    // From the URL (a link, back and forward), with the other filters and the page.
    const page2 = await openQueue('/gestion/demandes?adherent=Lef%C3%A8vre&statut=all&page=2');
    await waitForRow(page2, 'r2');
    expect(Object.fromEntries(queries[2]!)).to.deep.equal({ member: 'Lefèvre', status: 'all', page: '2' });
    expect(field(page2, 'adherent').value).to.equal('Lefèvre');
  });

  it('reads its filters from the URL and says when a filter is not a number of days', async () => {
    const queries = recordGets('/api/gestion/demandes', () => queuePage([QUESTION]));
    const page = await openQueue('/gestion/demandes?section=contact&statut=refused&page=2');
    await waitForRow(page, 'r2');
    expect(Object.fromEntries(queries[0]!)).to.deep.equal({
      section: 'contact',
      status: 'refused',
      page: '2',
    });
    expect(field(page, 'statut').value).to.equal('refused');
    await fill(page, 'age', 'dix');
    clickButton(page, 'Filtrer');
    await waitUntil(() => field(page, 'age').error !== '', 'no error on the age');
    expect(field(page, 'age').error).to.equal('Saisissez un nombre de jours, par exemple 15.');
    await waitForFocusIn(field(page, 'age'), 'the age field');
    expect(queries.length).to.equal(1);
  });

  it('pages through the queue', async () => {
    const queries = recordGets('/api/gestion/demandes', (url) =>
      queuePage([url.searchParams.get('page') === '2' ? QUESTION : OLD], {
        total: 30,
        page: Number(url.searchParams.get('page') ?? 1),
      }),
    );
    const page = await openQueue();
    await waitForRow(page, 'r1');
    expect(deepText(page)).to.contain('Page 1 sur 2');
    clickButton(page, 'Page suivante');
    await waitForRow(page, 'r2');
    expect(queries[1]?.get('page')).to.equal('2');
    expect(location.search).to.equal('?page=2');
    await waitForText(page, 'Page 2 sur 2');
  });

  it('says so when no request matches', async () => {
    recordGets('/api/gestion/demandes', () => queuePage([]) satisfies QueuePage);
    const page = await openQueue();
    await waitForText(page, 'Aucune demande');
    await expect(page).to.be.accessible();
  });
});
