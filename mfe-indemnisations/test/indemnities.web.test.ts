import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { todayIso } from '@portail/kernel/contract/format';
import { HttpResponse, http } from 'msw';
import {
  deepQuery,
  deepQueryAll,
  deepText,
  goTo,
  problem,
  useSectionApi,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import {
  describeHistoryRange,
  historyRange,
  type IndemnityPayment,
  type IndemnityPaymentDetail,
  type IndemnityPaymentPage,
} from '../contract/index.js';
import '../web/pages/define-historique-indemnisations.js';

const API = '/api/indemnisations/paiements';
const PATH = '/indemnisations/historique-indemnisations';

function payment(id: string, overrides: Partial<IndemnityPayment> = {}): IndemnityPayment {
  return {
    id,
    reference: `RG-${id.toUpperCase().padEnd(8, '0')}`,
    nature: 'Maladie ordinaire',
    eventDate: '2025-01-20',
    periodStart: '2025-02-01',
    periodEnd: '2025-02-28',
    paidOn: '2025-03-05',
    method: 'virement',
    employer: 'Mairie de Lyon',
    contract: 'Prévoyance Collectivités',
    membershipNumber: 'AG-204518',
    netCents: 123456,
    detailUrl: `${API}/${id}`,
    ...overrides,
  };
}

function detail(overrides: Partial<IndemnityPaymentDetail> = {}): IndemnityPaymentDetail {
  return {
    ...payment('p1'),
    grossCents: 140000,
    deductions: [
      { label: 'CSG', amountCents: 12936 },
      { label: 'CRDS', amountCents: 3608 },
    ],
    fullPayDays: 20,
    halfPayDays: 8,
    dailyAmountCents: 5000,
    ...overrides,
  };
}

function pageOf(
  items: IndemnityPayment[],
  overrides: Partial<IndemnityPaymentPage> = {},
): IndemnityPaymentPage {
  return {
    items,
    range: { from: '2014-01-01', to: null },
    page: 1,
    pageSize: 20,
    total: items.length,
    ...overrides,
  };
}

/** Answers the list with `answer(url)` and records the query of every call. */
function serve(answer: (url: URL) => IndemnityPaymentPage): Record<string, string>[] {
  const calls: Record<string, string>[] = [];
  worker.use(
    http.get(API, ({ request }) => {
      const url = new URL(request.url);
      calls.push(Object.fromEntries(url.searchParams));
      return HttpResponse.json(answer(url));
    }),
  );
  return calls;
}

async function page(search = ''): Promise<HTMLElement> {
  goTo(PATH);
  if (search)
    history.replaceState(null, '', `${location.pathname}${location.search || '?'}&${search.slice(1)}`);
  return fixture<HTMLElement>(html`<ind-indemnities-page></ind-indemnities-page>`);
}

/** Text without the aria-hidden parts, whitespace (no-break ones included) collapsed. */
function spoken(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function preset(el: Element, label: string): HTMLButtonElement {
  const host = deepQuery(el, 'pa-period-presets')!;
  const found = [...host.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
    (button) => spoken(button) === label,
  );
  if (!found) throw new Error(`no preset « ${label} »`);
  return found;
}

function entry(el: Element, id: string): HTMLElement | undefined {
  return deepQuery(el, `li[data-payment-id="${id}"]`);
}

async function waitForEntry(el: Element, id: string): Promise<HTMLElement> {
  await waitUntil(() => entry(el, id), `entry ${id} never appeared`, { timeout: 3000 });
  return entry(el, id)!;
}

function button(el: Element, label: string) {
  return deepQueryAll<HTMLElement & { disabled: boolean }>(el, 'pa-button').find(
    (candidate) => candidate.textContent?.trim() === label,
  );
}

const urlParams = () => {
  const params = new URLSearchParams(location.search);
  return { periode: params.get('periode'), tri: params.get('tri'), page: params.get('page') };
};

describe('C6 Historique des indemnisations (ind-indemnities-page)', () => {
  useSectionApi();
  // P4's block under the list (tax-certificates.web.test.ts): no attestation here.
  beforeEach(() =>
    worker.use(http.get('/api/indemnisations/attestations-fiscales', () => HttpResponse.json({ items: [] }))),
  );

  it('says the dates a period covers next to the choice, as the server counted them', async () => {
    serve((url) =>
      pageOf([payment('p1')], {
        range:
          url.searchParams.get('period') === '6m'
            ? { from: '2026-06-07', to: '2026-12-07' }
            : { from: '2014-01-01', to: null },
      }),
    );
    const el = await page();
    await waitForEntry(el, 'p1');
    const range = () => deepQuery(el, '.period-range')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(range()).to.equal('Période affichée : depuis le 1er janvier 2014');
    preset(el, '6 derniers mois').click();
    await waitUntil(
      () => range() === 'Période affichée : du 7 juin 2026 au 7 décembre 2026',
      `range: ${range()}`,
    );
    await expect(el).to.be.accessible();
  });

  it('while a period loads, shows the range the contract computes for today', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    worker.use(
      http.get(API, async () => {
        await held;
        return HttpResponse.json(pageOf([payment('p1')], { range: historyRange('12m', todayIso()) }));
      }),
    );
    const el = await page('?periode=12m');
    await waitUntil(() => deepQuery(el, '.period-range'), 'no range shown');
    expect(deepQuery(el, '.period-range')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      `Période affichée : ${describeHistoryRange(historyRange('12m', todayIso()))}`,
    );
    release();
    await waitForEntry(el, 'p1');
  });

  it('shows each payment with the texts of the SPEC, the note, the periods (« Toutes ») and the sorts', async () => {
    const calls = serve(() =>
      pageOf([
        payment('p1'),
        payment('p2', {
          nature: 'Accident du travail',
          periodStart: '2014-01-01',
          periodEnd: '2014-01-15',
          paidOn: '2014-02-03',
          method: 'cheque',
          netCents: 4520,
        }),
      ]),
    );
    const el = await page();
    const first = await waitForEntry(el, 'p1');
    expect(calls).to.deep.equal([{ period: 'tous', sort: 'indemnisation', page: '1' }]);
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Historique des indemnisations');
    expect(deepText(el)).to.include("Ce menu vous permet de consulter l'historique de vos indemnisations.");
    expect(deepText(el)).to.include(
      "Cliquez sur le montant pour avoir le détail d'indemnisation. Seules les indemnisations à compter du 01/01/2014 sont présentées.",
    );
    const lines = (li: Element) =>
      [...li.querySelectorAll('h2, p')].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
    expect(lines(first)).to.deep.equal([
      'Prestations pour la Maladie ordinaire du 01/02/2025 - 28/02/2025',
      'Le règlement a été émis en date du 05/03/2025 par Virement (sous réserve des délais de traitement bancaire).',
      'Employeur : Mairie de Lyon',
      "Contrat : Prévoyance Collectivités - Numéro d'adhésion agent : AG-204518",
      'Référence du règlement : RG-P1000000',
    ]);
    expect(lines(entry(el, 'p2')!)).to.deep.equal([
      'Prestations pour la Accident du travail du 01/01/2014 - 15/01/2014',
      'Le règlement a été émis en date du 03/02/2014 par Chèque (sous réserve des délais de traitement bancaire).',
      'Employeur : Mairie de Lyon',
      "Contrat : Prévoyance Collectivités - Numéro d'adhésion agent : AG-204518",
      'Référence du règlement : RG-P2000000',
    ]);
    const amount = first.querySelector('button.amount-button')!;
    expect(spoken(amount)).to.equal('Détail du règlement de 1 234,56 € du 05/03/2025');
    expect(amount.getAttribute('aria-expanded')).to.equal('false');
    expect(spoken(entry(el, 'p2')!.querySelector('button')!)).to.equal(
      'Détail du règlement de 45,20 € du 03/02/2014',
    );
    expect(deepText(el)).to.include('2 indemnisations');

    expect(preset(el, 'Toutes').getAttribute('aria-pressed')).to.equal('true');
    const radios = deepQueryAll<HTMLInputElement>(el, 'fieldset.sort input[type="radio"]');
    expect(deepQuery(el, 'fieldset.sort legend')?.textContent).to.equal('Trier par :');
    expect(radios.map((radio) => radio.parentElement?.textContent?.trim())).to.deep.equal([
      "Date d'indemnisation",
      "Date d'évènement",
      "Période d'arrêt",
    ]);
    expect(radios.map((radio) => radio.checked)).to.deep.equal([true, false, false]);
    // No pagination for a single page.
    expect(deepQuery(el, 'nav.pager')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('the sort and the period change the request and the URL (back to page 1)', async () => {
    let round = 0;
    const calls = serve(() => pageOf([payment(`p${++round}`)], { total: 45, page: 1 }));
    const el = await page('?page=2');
    await waitForEntry(el, 'p1');
    expect(calls[0]).to.deep.equal({ period: 'tous', sort: 'indemnisation', page: '2' });

    const radios = deepQueryAll<HTMLInputElement>(el, 'fieldset.sort input[type="radio"]');
    radios[1]!.click();
    await waitForEntry(el, 'p2');
    expect(calls[1]).to.deep.equal({ period: 'tous', sort: 'evenement', page: '1' });
    expect(urlParams()).to.deep.equal({ periode: null, tri: 'evenement', page: null });
    expect(radios.map((radio) => radio.checked)).to.deep.equal([false, true, false]);

    preset(el, '6 derniers mois').click();
    await waitForEntry(el, 'p3');
    expect(calls[2]).to.deep.equal({ period: '6m', sort: 'evenement', page: '1' });
    expect(urlParams()).to.deep.equal({ periode: '6m', tri: 'evenement', page: null });
    expect(preset(el, '6 derniers mois').getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => deepQuery(el, 'p[role="status"]')?.textContent === '45 indemnisations');

    radios[2]!.click();
    await waitForEntry(el, 'p4');
    expect(calls[3]).to.deep.equal({ period: '6m', sort: 'periode', page: '1' });

    // Back in history shows the previous sort again.
    history.back();
    await waitForEntry(el, 'p5');
    expect(calls[4]).to.deep.equal({ period: '6m', sort: 'evenement', page: '1' });
    expect(radios.map((radio) => radio.checked)).to.deep.equal([false, true, false]);
  });

  it('pages through the payments: « Page 1 sur 3 », « Page suivante », « Page précédente »', async () => {
    const calls = serve((url) => {
      const current = Number(url.searchParams.get('page'));
      return pageOf([payment(`p-page${current}`)], { page: current, total: 45 });
    });
    const el = await page('?periode=12m&tri=periode');
    await waitForEntry(el, 'p-page1');
    expect(calls[0]).to.deep.equal({ period: '12m', sort: 'periode', page: '1' });
    expect(deepQuery(el, 'nav.pager')?.getAttribute('aria-label')).to.equal('Pagination des indemnisations');
    expect(deepText(el)).to.include('Page 1 sur 3').and.include('45 indemnisations');
    expect(button(el, 'Page précédente')!.disabled).to.equal(true);
    expect(button(el, 'Page suivante')!.disabled).to.equal(false);
    await expect(el).to.be.accessible();

    button(el, 'Page suivante')!.click();
    await waitForEntry(el, 'p-page2');
    expect(calls[1]).to.deep.equal({ period: '12m', sort: 'periode', page: '2' });
    expect(urlParams()).to.deep.equal({ periode: '12m', tri: 'periode', page: '2' });
    expect(deepText(el)).to.include('Page 2 sur 3');
    // The results take the focus, so the member hears what changed.
    await waitUntil(() => deepQuery(el, '.results')?.matches(':focus'), 'the results never got the focus');

    button(el, 'Page suivante')!.click();
    await waitForEntry(el, 'p-page3');
    expect(button(el, 'Page suivante')!.disabled).to.equal(true);

    button(el, 'Page précédente')!.click();
    await waitForEntry(el, 'p-page2');
    expect(calls[3]).to.deep.equal({ period: '12m', sort: 'periode', page: '2' });
  });

  it('the amount opens the detail in place: gross, deductions, net, period, days and daily allowance', async () => {
    serve(() => pageOf([payment('p1'), payment('p2', { netCents: 4520 })]));
    let detailCalls = 0;
    worker.use(
      http.get(`${API}/p1`, () => {
        detailCalls++;
        return HttpResponse.json(detail());
      }),
    );
    const el = await page();
    const first = await waitForEntry(el, 'p1');
    const amount = first.querySelector<HTMLButtonElement>('button.amount-button')!;
    amount.click();
    await waitForText(first, 'Montant brut');
    expect(amount.getAttribute('aria-expanded')).to.equal('true');
    const region = first.querySelector('[role="region"]')!;
    expect(amount.getAttribute('aria-controls')).to.equal(region.id);
    expect(region.getAttribute('aria-label')?.replace(/\s+/g, ' ')).to.equal(
      'Détail du règlement de 1 234,56 € du 05/03/2025',
    );
    const rows = deepQueryAll(region, 'dl > div').map((div) => [
      div.querySelector('dt')?.textContent?.trim(),
      div.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim(),
    ]);
    expect(rows).to.deep.equal([
      ['Montant brut', '1 400,00 €'],
      ['CSG', '−129,36 €'],
      ['CRDS', '−36,08 €'],
      ['Montant net', '1 234,56 €'],
      ["Date de l'évènement", '20/01/2025'],
      ['Période', 'du 01/02/2025 au 28/02/2025'],
      ['Jours à plein traitement', '20 jours'],
      ['Jours à demi-traitement', '8 jours'],
      ['Indemnité journalière', '50,00 €'],
    ]);
    // Only that payment's detail.
    expect(entry(el, 'p2')!.querySelector('[role="region"]')).to.equal(null);
    await expect(el).to.be.accessible();

    // Again: closed (hidden), then open again without a new call.
    amount.click();
    await waitUntil(() => amount.getAttribute('aria-expanded') === 'false');
    expect((region as HTMLElement).hidden).to.equal(true);
    amount.click();
    await waitUntil(() => amount.getAttribute('aria-expanded') === 'true');
    expect((region as HTMLElement).hidden).to.equal(false);
    expect(detailCalls).to.equal(1);
  });

  it('a detail that cannot be loaded says why in its place', async () => {
    serve(() => pageOf([payment('p1')]));
    worker.use(
      http.get(`${API}/p1`, () =>
        problem(503, 'Le service est momentanément indisponible. Réessayez dans quelques instants.'),
      ),
    );
    const el = await page();
    const first = await waitForEntry(el, 'p1');
    first.querySelector<HTMLButtonElement>('button.amount-button')!.click();
    await waitForText(first, 'Le service est momentanément indisponible.');
    expect(deepQueryAll(first, 'pa-button').map((b) => b.textContent?.trim())).to.deep.equal(['Réessayer']);
  });

  it('says when the period has no payment, and offers all of them', async () => {
    const calls = serve((url) =>
      url.searchParams.get('period') === 'tous' ? pageOf([payment('p1')]) : pageOf([]),
    );
    const el = await page('?periode=3m');
    await waitForText(el, 'Aucune indemnisation au cours des 3 derniers mois');
    expect(deepQuery(el, 'ul.payments')).to.equal(undefined);
    await expect(el).to.be.accessible();
    button(el, 'Afficher toutes les indemnisations')!.click();
    await waitForEntry(el, 'p1');
    expect(calls[1]).to.deep.equal({ period: 'tous', sort: 'indemnisation', page: '1' });
  });
});
