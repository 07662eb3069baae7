import { expect, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import {
  cellTexts,
  deepQuery,
  deepQueryAll,
  deepText,
  openSection,
  problem,
  useSectionApi,
  waitForRow,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import '../web/index.js';
import type { SanStatementsPage } from '../web/pages/statements.js';
import { inlinePdfUrl, PrintError, printLoadedFrame } from '../web/print.js';
import { SANTE_ONLY, statement } from './fixtures.js';

const STATEMENTS = '/api/sante/decomptes';

function section(path = '/services/decomptes'): Promise<HTMLElement> {
  return openSection('san-section', path);
}

function printButtons(root: Element): HTMLElement[] {
  return deepQueryAll(root, 'pa-button').filter((b) => b.textContent?.trim().startsWith('Imprimer'));
}

const spoken = (node: Node | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('G2 Décomptes (san-section)', () => {
  useSectionApi();

  const items = [
    statement('s2', { periodStart: '2026-04-01', periodEnd: '2026-04-30', issuedOn: '2026-05-03' }),
    statement('s1', {
      kind: 'ponctuel',
      periodStart: '2026-03-10',
      periodEnd: '2026-03-10',
      issuedOn: '2026-03-12',
      totalCents: 4520,
    }),
  ];

  it('lists the statements as the API sorts them (newest first): type, period, date, total, download and print', async () => {
    worker.use(http.get(STATEMENTS, () => HttpResponse.json({ items })));
    const el = await section();
    await waitForRow(el, 's1');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Décomptes');
    const headers = deepQueryAll(el, 'thead th').map((th) => th.textContent?.trim());
    expect(headers).to.deep.equal(['Type', 'Période', "Date d'émission", 'Montant total', 'Actions']);
    const rows = deepQueryAll<HTMLTableRowElement>(el, 'tbody tr');
    expect(rows.map((row) => row.dataset['rowId'])).to.deep.equal(['s2', 's1']);
    expect(cellTexts(rows[0]!).slice(0, 4)).to.deep.equal([
      'Décompte mensuel',
      'du 01/04/2026 au 30/04/2026',
      '03/05/2026',
      '1 234,56 €',
    ]);
    expect(cellTexts(rows[1]!).slice(0, 4)).to.deep.equal([
      'Décompte ponctuel',
      'du 10/03/2026 au 10/03/2026',
      '12/03/2026',
      '45,20 €',
    ]);
    const download = rows[0]!.querySelector('a')!;
    expect(download.getAttribute('href')).to.equal('/api/sante/decomptes/s2/pdf');
    expect(download.hasAttribute('download')).to.equal(true);
    expect(spoken(download)).to.equal('Télécharger le décompte mensuel du 01/04/2026 au 30/04/2026 (PDF)');
    expect(printButtons(el).map(spoken)).to.deep.equal([
      'Imprimer le décompte mensuel du 01/04/2026 au 30/04/2026',
      'Imprimer le décompte ponctuel du 10/03/2026 au 10/03/2026',
    ]);
    await expect(el).to.be.accessible();
  });

  it('« Imprimer » prints that statement’s PDF, busy meanwhile', async () => {
    worker.use(http.get(STATEMENTS, () => HttpResponse.json({ items })));
    const el = await section();
    await waitForRow(el, 's1');
    const page = deepQuery<SanStatementsPage>(el, 'san-statements-page')!;
    const printed: string[] = [];
    let finish: () => void = () => undefined;
    page.printer = (url) => {
      printed.push(url);
      return new Promise<void>((resolve) => {
        finish = resolve;
      });
    };
    const button = printButtons(el)[1]! as HTMLElement & { busy: boolean };
    button.click();
    expect(printed).to.deep.equal(['/api/sante/decomptes/s1/pdf']);
    await waitUntil(() => button.busy, 'the button never showed it was busy');
    // A second click while the PDF loads does not print twice.
    printButtons(el)[0]!.click();
    expect(printed).to.have.length(1);
    finish();
    await waitUntil(() => !button.busy, 'the button stayed busy');
    expect(deepQuery(el, 'pa-alert')).to.equal(undefined);
  });

  it('says so when the print cannot start, with the way out (download)', async () => {
    worker.use(http.get(STATEMENTS, () => HttpResponse.json({ items })));
    const el = await section();
    await waitForRow(el, 's1');
    const page = deepQuery<SanStatementsPage>(el, 'san-statements-page')!;
    page.printer = () => Promise.reject(new PrintError('timeout'));
    printButtons(el)[0]!.click();
    await waitForText(el, "L'impression du décompte n'a pas pu être lancée.");
    const alert = deepQuery(el, 'pa-alert.print-error')!;
    expect(alert.getAttribute('variant')).to.equal('error');
    await waitUntil(() => alert.matches(':focus'), 'the alert never got the focus');
    await expect(el).to.be.accessible();
  });

  it('no statement yet: the empty state', async () => {
    worker.use(http.get(STATEMENTS, () => HttpResponse.json({ items: [] })));
    const el = await section();
    await waitForText(el, 'Aucun décompte pour le moment');
    await expect(el).to.be.accessible();
  });

  it('a prévoyance-only member (403) reads why', async () => {
    worker.use(http.get(STATEMENTS, () => problem(403, SANTE_ONLY)));
    const el = await section();
    await waitForText(el, SANTE_ONLY);
    expect(deepText(el)).not.to.include('Réessayer');
    await expect(el).to.be.accessible();
  });
});

describe('printing a statement PDF', () => {
  const fakeFrame = (contentType: string | null) => {
    const calls: string[] = [];
    const frame = {
      contentDocument: contentType === null ? null : ({ contentType } as Document),
      contentWindow: {
        focus: () => calls.push('focus'),
        print: () => calls.push('print'),
      } as unknown as Window,
    };
    return { frame, calls };
  };

  it('asks the API for the inline PDF', () => {
    expect(inlinePdfUrl('/api/sante/decomptes/s1/pdf')).to.equal('/api/sante/decomptes/s1/pdf?inline=1');
    expect(inlinePdfUrl('/api/x/pdf?v=2')).to.equal('/api/x/pdf?v=2&inline=1');
  });

  it('prints the PDF loaded in the frame', () => {
    const { frame, calls } = fakeFrame('application/pdf');
    const opened: string[] = [];
    expect(printLoadedFrame(frame, '/pdf?inline=1', (url) => opened.push(url))).to.equal('printed');
    expect(calls).to.deep.equal(['focus', 'print']);
    expect(opened).to.deep.equal([]);
  });

  it('opens the PDF in a new tab when the API refused the framing (the frame is out of reach)', () => {
    const { frame, calls } = fakeFrame(null);
    const opened: string[] = [];
    expect(printLoadedFrame(frame, '/pdf?inline=1', (url) => opened.push(url))).to.equal('opened');
    expect(opened).to.deep.equal(['/pdf?inline=1']);
    expect(calls).to.deep.equal([]);
  });

  it('does not print what is not the PDF (an error of the API)', () => {
    const { frame, calls } = fakeFrame('application/problem+json');
    expect(() => printLoadedFrame(frame, '/pdf?inline=1', () => undefined)).to.throw(PrintError);
    expect(calls).to.deep.equal([]);
  });
});
