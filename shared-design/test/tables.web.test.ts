import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import '../src/section/define.js';
import type {
  DocumentRow,
  PaDataTable,
  PaDocumentTable,
  TableColumn,
  TableRow,
} from '../src/section/index.js';
import { documentDownloadLabel } from '../src/section/index.js';
import { allInShadow, inShadow, nextClickPrevented, text } from './helpers.js';

const columns: TableColumn[] = [
  { key: 'date', label: 'Date' },
  { key: 'type', label: 'Type', rowHeader: true },
  { key: 'amount', label: 'Montant', align: 'end' },
];

const rows: TableRow[] = [
  {
    id: 'e1',
    cells: { date: '14/06/2017', type: 'Justificatifs', amount: '12,50 €' },
    unread: true,
    download: {
      href: '/api/files/e1',
      label: 'Télécharger Bordereau (PDF, 20 Ko)',
      fileName: 'bordereau.pdf',
    },
  },
  { id: 'e2', cells: { date: '02/05/2017', type: "Demande d'indemnisation", amount: '0,00 €' } },
];

describe('pa-data-table', () => {
  it('renders a native table with column headers and row headers, accessible', async () => {
    const el = await fixture<PaDataTable>(
      html`<pa-data-table caption="Historique des envois" .columns=${columns} .rows=${rows}></pa-data-table>`,
    );
    expect(text(inShadow(el, 'caption'))).to.equal('Historique des envois');
    const headers = allInShadow(el, 'thead th');
    expect(headers.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col']);
    expect(headers.map(text)).to.deep.equal(['Date', 'Type', 'Montant', 'Télécharger']);
    expect(allInShadow(el, 'tbody th[scope="row"]').map(text)).to.deep.equal([
      'Justificatifs Nouveau (non consulté)',
      "Demande d'indemnisation",
    ]);
    expect(getComputedStyle(allInShadow(el, 'tbody td')[1]!).textAlign).to.equal('end');
    await expect(el).to.be.accessible();
  });

  it('can hide the caption and a column label while keeping them for screen readers', async () => {
    const hidden = [...columns.slice(0, 2), { ...columns[2]!, hiddenLabel: true }];
    const el = await fixture<PaDataTable>(
      html`<pa-data-table caption="Envois" caption-hidden .columns=${hidden} .rows=${rows}></pa-data-table>`,
    );
    expect(inShadow(el, 'caption').classList.contains('visually-hidden')).to.equal(true);
    expect(text(allInShadow(el, 'thead th')[2])).to.equal('Montant');
    expect(allInShadow(el, 'thead th')[2]!.querySelector('.visually-hidden')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('marks unread rows with the orange border and a "Nouveau" tag', async () => {
    const el = await fixture<PaDataTable>(
      html`<pa-data-table .columns=${columns} .rows=${rows}></pa-data-table>`,
    );
    const [unread, read] = allInShadow(el, 'tbody tr') as [HTMLElement, HTMLElement];
    expect(getComputedStyle(unread.firstElementChild!).borderInlineStartColor).to.equal('rgb(227, 93, 0)');
    expect(text(unread.querySelector('th .tag'))).to.equal('Nouveau');
    expect(text(unread.querySelector('th .visually-hidden'))).to.equal('(non consulté)');
    expect(getComputedStyle(read.firstElementChild!).borderInlineStartColor).to.equal('rgba(0, 0, 0, 0)');
    expect(read.querySelector('.tag')).to.equal(null);
  });

  it('downloads through a named link and reports it without stopping the download', async () => {
    const el = await fixture<PaDataTable>(
      html`<pa-data-table .columns=${columns} .rows=${rows}></pa-data-table>`,
    );
    const links = allInShadow<HTMLAnchorElement>(el, 'a');
    expect(links).to.have.length(1);
    const link = links[0]!;
    expect(link.getAttribute('href')).to.equal('/api/files/e1');
    expect(link.getAttribute('download')).to.equal('bordereau.pdf');
    expect(text(link)).to.equal('Télécharger Bordereau (PDF, 20 Ko)');
    expect(link.querySelector('svg')?.getAttribute('aria-hidden')).to.equal('true');
    const downloaded = oneEvent(el, 'pa-download');
    const prevented = nextClickPrevented();
    link.click();
    const event = await downloaded;
    expect(event.detail).to.deep.equal({ rowId: 'e1', href: '/api/files/e1' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(await prevented).to.equal(false);
  });

  it('has no download column when no row has a download', async () => {
    const el = await fixture<PaDataTable>(
      html`<pa-data-table .columns=${columns} .rows=${rows.slice(1)}></pa-data-table>`,
    );
    expect(allInShadow(el, 'thead th').map(text)).to.deep.equal(['Date', 'Type', 'Montant']);
  });

  it('renders template cells, e.g. actions', async () => {
    const withAction: TableRow[] = [
      { id: 'd1', cells: { date: '01/02/2024', type: html`<button>Continuer</button>` } },
    ];
    const el = await fixture<PaDataTable>(
      html`<pa-data-table .columns=${columns} .rows=${withAction}></pa-data-table>`,
    );
    expect(text(inShadow(el, 'tbody button'))).to.equal('Continuer');
  });

  it('shows the empty state instead of a table when there is no row', async () => {
    const el = await fixture<PaDataTable>(
      html`<pa-data-table caption="Envois" .columns=${columns}></pa-data-table>`,
    );
    expect(el.shadowRoot?.querySelector('table')).to.equal(null);
    const empty = inShadow(el, 'pa-empty-state');
    expect(text(empty.shadowRoot?.querySelector('p'))).to.equal('Aucun document pour le moment');
    el.emptyText = 'Aucun envoi';
    await el.updateComplete;
    await (empty as PaDataTable).updateComplete;
    expect(text(empty.shadowRoot?.querySelector('p'))).to.equal('Aucun envoi');
    await expect(el).to.be.accessible();
  });
});

/** A pa-data-table in a column `width` pixels wide, with the layout it chose for that width. */
async function tableIn(width: number, tableRows: TableRow[] = rows, tableColumns: TableColumn[] = columns) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <pa-data-table caption="Historique des envois" .columns=${tableColumns} .rows=${tableRows}></pa-data-table>
    </div>`,
  );
  const el = wrapper.querySelector('pa-data-table')!;
  await el.updateComplete;
  return { wrapper, el };
}

/** Two frames: a change of width is taken into account at the next one. */
const frames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** The label a card shows before a cell (CSS text, not read: the cell has its column header). */
const shownLabel = (cell: Element) =>
  getComputedStyle(cell, '::before')
    .content.replace(/\s*\/\s*""$/, '')
    .replace(/^"|"$/g, '');

const box = (element: Element) => element.getBoundingClientRect();

/** Eight columns, as the acts of a health payment (G1): too many for a phone. */
const wideColumns: TableColumn[] = [
  { key: 'date', label: 'Date des soins' },
  { key: 'beneficiary', label: 'Bénéficiaire' },
  { key: 'type', label: 'Acte', rowHeader: true },
  { key: 'real', label: 'Frais réels', align: 'end' },
  { key: 'base', label: 'Base de remboursement', align: 'end' },
  { key: 'ss', label: 'Remboursement Sécurité sociale', align: 'end' },
  { key: 'org', label: "Part de l'organisme", align: 'end' },
  { key: 'left', label: 'Reste à charge', align: 'end' },
];

const wideRows: TableRow[] = rows.map((row, index) => ({
  ...row,
  cells: {
    ...row.cells,
    beneficiary: index === 0 ? 'Claire Martin' : 'Léo Martin',
    real: '30,00 €',
    base: '25,00 €',
    ss: '17,50 €',
    org: '7,50 €',
    left: '5,00 €',
  },
}));

describe('pa-data-table on small widths', () => {
  it('stays a table where it fits', async () => {
    const { el } = await tableIn(900);
    expect(el.getAttribute('layout')).to.equal('table');
    expect(getComputedStyle(inShadow(el, 'table')).display).to.equal('table');
    expect(getComputedStyle(inShadow(el, 'thead')).position).not.to.equal('absolute');
    const [date] = allInShadow(el, 'tbody td');
    expect(shownLabel(date!)).to.equal('none');
    expect(getComputedStyle(date!).display).to.equal('table-cell');
  });

  it('turns each row into a card when the table does not fit, nothing wider than its column', async () => {
    const { wrapper, el } = await tableIn(280, wideRows, wideColumns.slice(0, 5));
    expect(el.getAttribute('layout')).to.equal('cards');
    expect(el.layout).to.equal('cards');
    expect(inShadow(el, 'table').offsetWidth).to.be.at.most(280);
    expect(wrapper.scrollWidth).to.equal(280);
    // The column headers are kept for screen readers only.
    expect(box(inShadow(el, 'thead')).height).to.be.at.most(1);
    const [first] = allInShadow(el, 'tbody tr') as [HTMLElement];
    // The row header is the card's title, on top (whatever its column), with its "Nouveau" tag.
    const title = first.querySelector('th[scope="row"]')!;
    const cells = [...first.querySelectorAll('td:not(.download-cell)')];
    expect(text(title)).to.equal('Justificatifs Nouveau (non consulté)');
    expect(getComputedStyle(title).fontWeight).to.equal('700');
    for (const cell of cells) expect(box(cell).top).to.be.above(box(title).top);
    const tag = title.querySelector('.tag')!;
    expect(box(tag).width).to.be.above(0);
    expect(box(tag).right).to.be.at.most(box(el).right);
    // Each other cell after its column's label, side by side.
    expect(cells.map(shownLabel)).to.deep.equal([
      'Date des soins',
      'Bénéficiaire',
      'Frais réels',
      'Base de remboursement',
    ]);
    expect(text(cells[0])).to.equal('14/06/2017', 'the label is not in the text');
    // The orange border of an unread row goes round its card.
    expect(getComputedStyle(first).borderInlineStartColor).to.equal('rgb(227, 93, 0)');
    // The download link at the top right of its card, 44 px at least, inside the column.
    const link = inShadow<HTMLAnchorElement>(el, 'tbody a.download');
    const linkBox = box(link);
    expect(linkBox.width).to.be.at.least(44);
    expect(linkBox.height).to.be.at.least(44);
    expect(linkBox.right).to.be.at.most(box(el).right);
    expect(linkBox.left).to.be.above(box(el).left + 280 / 2);
    expect(linkBox.top).to.be.below(box(title).bottom);
    expect(text(link)).to.equal('Télécharger Bordereau (PDF, 20 Ko)');
    await expect(el).to.be.accessible();
  });

  it('keeps the table roles written out in cards (browsers that judge tables by their display)', async () => {
    const { el } = await tableIn(280, wideRows, wideColumns.slice(0, 5));
    expect(el.getAttribute('layout')).to.equal('cards');
    const roles = (selector: string) => allInShadow(el, selector).map((node) => node.getAttribute('role'));
    expect(roles('table')).to.deep.equal(['table']);
    expect(roles('thead, tbody')).to.deep.equal(['rowgroup', 'rowgroup']);
    expect(new Set(roles('tr'))).to.deep.equal(new Set(['row']));
    expect(new Set(roles('thead th'))).to.deep.equal(new Set(['columnheader']));
    expect(new Set(roles('tbody th'))).to.deep.equal(new Set(['rowheader']));
    expect(new Set(roles('tbody td'))).to.deep.equal(new Set(['cell']));
    // The caption still names it, the column headers are still there, only out of sight.
    expect(text(inShadow(el, 'caption'))).to.equal('Historique des envois');
    expect(allInShadow(el, 'thead th').map(text)).to.deep.equal([
      'Date des soins',
      'Bénéficiaire',
      'Acte',
      'Frais réels',
      'Base de remboursement',
      'Télécharger',
    ]);
  });

  it('shows no label for a column whose label is hidden, and no line for an empty cell', async () => {
    const withAction: TableRow[] = [
      {
        id: 'd1',
        cells: { date: '', type: 'Brouillon', amount: html`<button>Continuer</button>` },
      },
    ];
    const hidden = [...columns.slice(0, 2), { ...columns[2]!, hiddenLabel: true }];
    const { el } = await tableIn(200, withAction, hidden);
    expect(el.getAttribute('layout')).to.equal('cards');
    const [date, action] = allInShadow(el, 'tbody td') as [HTMLElement, HTMLElement];
    expect(getComputedStyle(date).display).to.equal('none');
    expect(shownLabel(action)).to.equal('none');
    expect(box(inShadow(el, 'tbody button')).width).to.be.above(0);
    await expect(el).to.be.accessible();
  });

  it("follows its own column's width, not the screen's", async () => {
    const { wrapper, el } = await tableIn(900, rows, wideColumns.slice(0, 5));
    expect(el.getAttribute('layout')).to.equal('table');
    wrapper.style.width = '280px';
    await frames();
    expect(el.getAttribute('layout')).to.equal('cards');
    wrapper.style.width = '900px';
    await frames();
    expect(el.getAttribute('layout')).to.equal('table');
  });

  it('never widens what holds it (a grid or flex column)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="display: grid; grid-template-columns: 1fr; width: 300px">
        <pa-data-table .columns=${wideColumns} .rows=${rows}></pa-data-table>
      </div>`,
    );
    const el = wrapper.querySelector('pa-data-table')!;
    await el.updateComplete;
    expect(el.getAttribute('layout')).to.equal('cards');
    expect(el.getBoundingClientRect().width).to.equal(300);
    expect(wrapper.scrollWidth).to.equal(300);
  });

  it('chooses again when its rows change', async () => {
    const { el } = await tableIn(400, rows.slice(1), columns.slice(0, 2));
    expect(el.getAttribute('layout')).to.equal('table');
    el.columns = wideColumns;
    await el.updateComplete;
    expect(el.getAttribute('layout')).to.equal('cards');
  });
});

const documents: DocumentRow[] = [
  {
    id: 'doc-1',
    employer: 'ACME Industries',
    title: 'Notice information',
    fileName: 'notice.pdf',
    sizeBytes: 120 * 1024,
    publishedAt: '2024-03-01T09:00:00Z',
    unread: true,
    downloadUrl: '/api/adhesion/documents/doc-1/fichier',
  },
  {
    id: 'doc-2',
    employer: null,
    title: "Bulletin d'adhésion individuelle",
    fileName: 'bulletin.pdf',
    sizeBytes: 1.5 * 1024 * 1024,
    publishedAt: '2024-01-10T09:00:00Z',
    unread: false,
    downloadUrl: '/api/adhesion/documents/doc-2/fichier',
  },
];

async function table(template: ReturnType<typeof html>) {
  const el = await fixture<PaDocumentTable>(template);
  const inner = inShadow<PaDataTable>(el, 'pa-data-table');
  await inner.updateComplete;
  return { el, inner };
}

describe('pa-document-table', () => {
  it('lists documents under "Employeur" and "Libellé document", accessible', async () => {
    const { el, inner } = await table(
      html`<pa-document-table caption="Documents contractuels" .documents=${documents}></pa-document-table>`,
    );
    expect(allInShadow(inner, 'thead th').map(text)).to.deep.equal([
      'Employeur',
      'Libellé document',
      'Télécharger',
    ]);
    expect(allInShadow(inner, 'tbody tr').map((tr) => text(tr.firstElementChild))).to.deep.equal([
      'ACME Industries',
      '',
    ]);
    expect(text(inShadow(inner, 'caption'))).to.equal('Documents contractuels');
    await expect(el).to.be.accessible();
  });

  it('names each download link with title, format and French size', async () => {
    const { inner } = await table(html`<pa-document-table .documents=${documents}></pa-document-table>`);
    expect(allInShadow(inner, 'a').map(text)).to.deep.equal([
      'Télécharger Notice information (PDF, 120 Ko)',
      "Télécharger Bulletin d'adhésion individuelle (PDF, 1,5 Mo)",
    ]);
    expect(documentDownloadLabel({ ...documents[0]!, fileName: 'carte.png', sizeBytes: 2048 })).to.equal(
      'Télécharger Notice information (PNG, 2 Ko)',
    );
  });

  it('can leave out the employer column', async () => {
    const { inner } = await table(
      html`<pa-document-table show-employer="false" .documents=${documents}></pa-document-table>`,
    );
    expect(allInShadow(inner, 'thead th').map(text)).to.deep.equal(['Libellé document', 'Télécharger']);
  });

  it('clears the orange marker of the document the member opens, and reports it', async () => {
    const { el, inner } = await table(html`<pa-document-table .documents=${documents}></pa-document-table>`);
    const firstRow = () => allInShadow(inner, 'tbody tr')[0]!;
    expect(getComputedStyle(firstRow().firstElementChild!).borderInlineStartColor).to.equal(
      'rgb(227, 93, 0)',
    );
    expect(text(firstRow().querySelector('.tag'))).to.equal('Nouveau');

    const opened = oneEvent(el, 'pa-document-open');
    const prevented = nextClickPrevented();
    inShadow<HTMLAnchorElement>(inner, 'a').focus();
    await sendKeys({ press: 'Enter' });
    const event = await opened;
    expect(event.detail.document.id).to.equal('doc-1');
    expect(event.composed).to.equal(true);
    expect(await prevented).to.equal(false);

    await el.updateComplete;
    await inner.updateComplete;
    expect(firstRow().querySelector('.tag')).to.equal(null);
    expect(getComputedStyle(firstRow().firstElementChild!).borderInlineStartColor).to.equal(
      'rgba(0, 0, 0, 0)',
    );
    expect(el.documents[0]?.unread).to.equal(false);
  });

  it('says there is no document yet when the list is empty', async () => {
    const { el, inner } = await table(html`<pa-document-table></pa-document-table>`);
    const empty = inShadow(inner, 'pa-empty-state');
    expect(text(empty.shadowRoot?.querySelector('p'))).to.equal('Aucun document pour le moment');
    await expect(el).to.be.accessible();
  });
});
