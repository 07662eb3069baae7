import { expect, fixture, html, waitUntil } from '@open-wc/testing';
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
import { payment, paymentDetail, paymentPage, SANTE_ONLY } from './fixtures.js';

const LIST = '/api/sante/reglements';

/** san-section at `path`, which may hold a query (the test runner's own query is left out meanwhile). */
function section(path: string): Promise<HTMLElement> {
  if (!path.includes('?')) return openSection('san-section', path);
  history.replaceState(null, '', path);
  return fixture<HTMLElement>(html`<san-section></san-section>`);
}

/** The link of `root` whose text starts with `label`. */
function link(root: Element, label: string): HTMLAnchorElement | undefined {
  return deepQueryAll<HTMLAnchorElement>(root, 'a').find((a) => a.textContent?.trim().startsWith(label));
}

function button(root: Element, label: string) {
  return deepQueryAll<HTMLElement & { disabled: boolean }>(root, 'pa-button').find(
    (candidate) => candidate.textContent?.trim() === label,
  );
}

/** Sets a field of the filter (pa-text-field / pa-select-field) as the member would. */
async function fill(root: Element, selector: string, value: string): Promise<void> {
  const field = deepQuery<HTMLElement & { updateComplete: Promise<boolean> }>(root, selector);
  const control = field?.shadowRoot?.querySelector<HTMLInputElement | HTMLSelectElement>('input, select');
  if (!field || !control) throw new Error(`no field ${selector}`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await field.updateComplete;
}

/** Answers the list with `answer(url)` and records the query of every call. */
function serveList(answer: (url: URL) => ReturnType<typeof paymentPage>): URL[] {
  const calls: URL[] = [];
  worker.use(
    http.get(LIST, ({ request }) => {
      const url = new URL(request.url);
      calls.push(url);
      return HttpResponse.json(answer(url));
    }),
  );
  return calls;
}

const query = (url: URL) => Object.fromEntries(url.searchParams);

describe('G1 Mes règlements (san-section)', () => {
  useSectionApi();

  it('lists the payments newest first, with French dates and amounts and a named detail link', async () => {
    serveList(() =>
      paymentPage([
        payment('p2', {
          paidOn: '2017-07-03',
          amountCents: 4520,
          method: 'cheque',
          beneficiaries: ['Tom Bernard'],
          careFrom: '2017-06-28',
          careTo: '2017-06-28',
          care: ['Pharmacie'],
        }),
        payment('p1', { beneficiaries: ['Léa Bernard', 'Claire Bernard'] }),
      ]),
    );
    const el = await section('/services/reglements');
    const row = await waitForRow(el, 'p1');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Mes règlements');
    const headers = deepQueryAll(el, 'thead th').map((th) => th.textContent?.trim());
    expect(headers).to.deep.equal([
      'Date du règlement',
      'Date des soins',
      'Soins',
      'Bénéficiaire(s)',
      'Mode',
      'Montant',
      'Détail',
    ]);
    expect(cellTexts(row).slice(0, 6)).to.deep.equal([
      '14/06/2017',
      'du 02/06/2017 au 09/06/2017',
      'Consultation généraliste, Optique : monture et verres',
      'Léa Bernard, Claire Bernard',
      'Virement',
      '1 234,56 €',
    ]);
    expect(cellTexts(deepQuery<HTMLTableRowElement>(el, 'tr[data-row-id="p2"]')!).slice(0, 6)).to.deep.equal([
      '03/07/2017',
      '28/06/2017',
      'Pharmacie',
      'Tom Bernard',
      'Chèque',
      '45,20 €',
    ]);
    // Amounts are aligned right where the rows are a table (a wide page; cards on a phone align left).
    const table = deepQuery(el, 'pa-data-table')!;
    table.style.width = '1600px';
    await waitUntil(() => table.getAttribute('layout') === 'table', 'still cards at 1600 px');
    expect(getComputedStyle(row.cells[5]!).textAlign).to.equal('end');
    table.style.width = '';
    expect(deepText(el)).to.include('2 règlements');
    const detail = row.querySelector('a')!;
    expect(detail.getAttribute('href')).to.equal('/services/reglements/p1');
    expect(detail.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Voir le détail du règlement du 14/06/2017 de 1 234,56 €',
    );
    // No pagination for a single page.
    expect(deepQuery(el, 'nav.pager')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('filters by period and beneficiary: the query goes to the API and to the URL; « Réinitialiser » clears it', async () => {
    const calls = serveList((url) =>
      url.searchParams.has('beneficiary') ? paymentPage([payment('p3')]) : paymentPage([payment('p1')]),
    );
    const el = await section('/services/reglements');
    await waitForRow(el, 'p1');
    expect(query(calls[0]!)).to.deep.equal({});
    const select = deepQuery<HTMLElement & { options: { label: string }[]; placeholder: string }>(
      el,
      'pa-select-field[name="beneficiaire"]',
    )!;
    expect(select.placeholder).to.equal('Tous les bénéficiaires');
    expect(select.options.map((option) => option.label)).to.deep.equal([
      'Claire Bernard',
      'Léa Bernard',
      'Tom Bernard',
    ]);

    await fill(el, 'pa-text-field[name="from"]', '2017-01-01');
    await fill(el, 'pa-text-field[name="to"]', '2017-06-30');
    await fill(el, 'pa-select-field[name="beneficiaire"]', 'b-lea');
    button(el, 'Filtrer')!.click();
    await waitForRow(el, 'p3');
    expect(query(calls[1]!)).to.deep.equal({ from: '2017-01-01', to: '2017-06-30', beneficiary: 'b-lea' });
    expect(location.pathname + location.search).to.equal(
      '/services/reglements?du=2017-01-01&au=2017-06-30&beneficiaire=b-lea',
    );
    // The results take the focus, so the member hears what changed.
    await waitUntil(() => deepQuery(el, '.results')?.matches(':focus'), 'the results never got the focus');

    button(el, 'Réinitialiser')!.click();
    await waitForRow(el, 'p1');
    expect(query(calls[2]!)).to.deep.equal({});
    expect(location.pathname + location.search).to.equal('/services/reglements');
    await expect(el).to.be.accessible();
  });

  it('opens with the filter of the URL (deep link) and says when the period has no payment', async () => {
    const calls = serveList(() => paymentPage([], { total: 0 }));
    const el = await section('/services/reglements?du=2016-01-01&au=2016-12-31&beneficiaire=b-tom');
    await waitForText(el, 'Aucun règlement sur cette période');
    expect(query(calls[0]!)).to.deep.equal({ from: '2016-01-01', to: '2016-12-31', beneficiary: 'b-tom' });
    expect(deepQuery<HTMLElement & { value: string }>(el, 'pa-text-field[name="from"]')?.value).to.equal(
      '2016-01-01',
    );
    expect(deepQuery<HTMLElement & { value: string }>(el, 'pa-select-field')?.value).to.equal('b-tom');
    expect(deepQuery(el, 'table')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('pages through the payments: « Page 1 sur 3 », « Page suivante », « Page précédente »', async () => {
    const calls = serveList((url) => {
      const page = Number(url.searchParams.get('page') ?? 1);
      return paymentPage([payment(`p-page${page}`)], { page, total: 45 });
    });
    const el = await section('/services/reglements');
    await waitForRow(el, 'p-page1');
    expect(deepQuery(el, 'nav.pager')?.getAttribute('aria-label')).to.equal('Pagination des règlements');
    expect(deepText(el)).to.include('Page 1 sur 3').and.include('45 règlements');
    expect(button(el, 'Page précédente')!.disabled).to.equal(true);
    expect(button(el, 'Page suivante')!.disabled).to.equal(false);
    await expect(el).to.be.accessible();

    button(el, 'Page suivante')!.click();
    await waitForRow(el, 'p-page2');
    expect(query(calls[1]!)).to.deep.equal({ page: '2' });
    expect(location.search).to.equal('?page=2');
    expect(deepText(el)).to.include('Page 2 sur 3');

    button(el, 'Page suivante')!.click();
    await waitForRow(el, 'p-page3');
    expect(button(el, 'Page suivante')!.disabled).to.equal(true);

    button(el, 'Page précédente')!.click();
    await waitForRow(el, 'p-page2');
    expect(query(calls[3]!)).to.deep.equal({ page: '2' });

    // Back in history shows the page of the URL again.
    history.back();
    await waitForRow(el, 'p-page3');
  });

  it('« Voir le détail » opens the payment at its own URL, and « Retour à mes règlements » goes back to the same page', async () => {
    serveList((url) =>
      paymentPage([payment('p1')], { page: Number(url.searchParams.get('page') ?? 1), total: 30 }),
    );
    worker.use(http.get(`${LIST}/p1`, () => HttpResponse.json(paymentDetail())));
    const el = await section('/services/reglements?page=2');
    const row = await waitForRow(el, 'p1');
    row.querySelector('a')!.click();
    await waitForText(el, 'Remboursement du 14/06/2017');
    expect(location.pathname).to.equal('/services/reglements/p1');
    const back = link(el, 'Retour à mes règlements')!;
    expect(back.getAttribute('href')).to.equal('/services/reglements?page=2');
    back.click();
    await waitForRow(el, 'p1');
    expect(location.pathname + location.search).to.equal('/services/reglements?page=2');
    expect(deepText(el)).to.include('Page 2 sur 2');
  });

  it('the detail: title with the date, how it was paid (masked IBAN), the acts and their totals', async () => {
    worker.use(http.get(`${LIST}/p7`, () => HttpResponse.json(paymentDetail({ id: 'p7' }))));
    const el = await section('/services/reglements/p7');
    await waitForText(el, 'Remboursement du 14/06/2017');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Remboursement du 14/06/2017');
    // The title takes the focus once the payment is known (SPEC A4).
    await waitUntil(() => deepQuery(el, 'h1')?.matches(':focus'), 'the title never got the focus');
    expect(deepText(el))
      .to.include('Payé par virement sur le compte FR76 **** **** **** **** ***4 521')
      .and.include('Montant du règlement : 307,50 €')
      .and.include(
        'Soins du 02/06/2017 au 09/06/2017 : Consultation généraliste, Optique : monture et verres.',
      );
    const headers = deepQueryAll(el, 'thead th').map((th) => th.textContent?.trim());
    expect(headers).to.deep.equal([
      'Date des soins',
      'Bénéficiaire',
      'Acte',
      'Frais réels',
      'Base de remboursement',
      'Remboursement Sécurité sociale',
      "Part de l'organisme",
      'Reste à charge',
    ]);
    expect(cellTexts(deepQuery<HTMLTableRowElement>(el, 'tr[data-row-id="act-1"]')!)).to.deep.equal([
      '09/06/2017',
      'Tom Bernard',
      'Optique : monture et verres',
      '450,00 €',
      '28,44 €',
      '17,06 €',
      '300,00 €',
      '132,94 €',
    ]);
    expect(cellTexts(deepQuery<HTMLTableRowElement>(el, 'tr[data-row-id="total"]')!)).to.deep.equal([
      '',
      '',
      'Total',
      '480,00 €',
      '53,44 €',
      '33,56 €',
      '307,50 €',
      '138,94 €',
    ]);
    expect(link(el, 'Retour à mes règlements')?.getAttribute('href')).to.equal('/services/reglements');
    await expect(el).to.be.accessible();
  });

  it('the detail of a payment by cheque says so', async () => {
    worker.use(
      http.get(`${LIST}/p9`, () =>
        HttpResponse.json(paymentDetail({ id: 'p9', method: 'cheque', ibanMasked: null })),
      ),
    );
    const el = await section('/services/reglements/p9');
    await waitForText(el, 'Payé par chèque.');
    expect(deepText(el)).not.to.include('FR76');
  });

  it('a payment that is not the member’s (404): a French message and the way back, no table', async () => {
    worker.use(http.get(`${LIST}/autre`, () => problem(404, 'Not Found')));
    const el = await section('/services/reglements/autre');
    await waitForText(el, 'Ce règlement est introuvable');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Détail du règlement');
    expect(deepQuery(el, 'table')).to.equal(undefined);
    expect(button(el, 'Réessayer')).to.equal(undefined);
    expect(link(el, 'Retour à mes règlements')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('a prévoyance-only member (403) reads why, without filter or « Réessayer »', async () => {
    worker.use(http.get(LIST, () => problem(403, SANTE_ONLY)));
    const el = await section('/services/reglements');
    await waitForText(el, SANTE_ONLY);
    expect(deepQuery(el, 'pa-alert')?.getAttribute('variant')).to.equal('info');
    expect(deepQuery(el, 'pa-period-filter')).to.equal(undefined);
    expect(button(el, 'Réessayer')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('a failure that may pass offers « Réessayer »', async () => {
    let calls = 0;
    worker.use(
      http.get(LIST, () =>
        ++calls === 1
          ? problem(503, 'Le service est momentanément indisponible. Réessayez dans quelques instants.')
          : HttpResponse.json(paymentPage([payment('p1')])),
      ),
    );
    const el = await section('/services/reglements');
    await waitForText(el, 'Le service est momentanément indisponible.');
    button(el, 'Réessayer')!.click();
    await waitForRow(el, 'p1');
  });
});
