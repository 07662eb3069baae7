import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { todayIso } from '@portail/kernel/contract/format';
import { HttpResponse, http } from 'msw';
import {
  deepQuery,
  deepQueryAll,
  deepText,
  goTo,
  preventDownloads,
  problem,
  useSectionApi,
  waitForRow,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import {
  describeHistoryRange,
  type HistoryPeriod,
  type HistoryRange,
  historyRange,
  type Sending,
  type SendingList,
} from '../contract/index.js';
import '../web/pages/define-historique-envois.js';

const API = '/api/indemnisations/envois';
const PATH = '/indemnisations/historique-envois';

function sending(id: string, overrides: Partial<Sending> = {}): Sending {
  return {
    id,
    reference: `JU-${id.toUpperCase().padEnd(8, '0')}`,
    sentAt: '2018-08-07T10:15:00Z',
    kind: 'justificatifs',
    kindLabel: 'Justificatifs',
    documents: [
      {
        id: `${id}-b`,
        label: "Bordereau d'envoi",
        fileName: 'bordereau.pdf',
        sizeBytes: 48_000,
        downloadUrl: `/api/indemnisations/envois/${id}/documents/${id}-b`,
      },
      {
        id: `${id}-f1`,
        label: 'arret.pdf',
        fileName: 'arret.pdf',
        sizeBytes: 120_000,
        downloadUrl: `/api/indemnisations/envois/${id}/documents/${id}-f1`,
      },
    ],
    ...overrides,
  };
}

const CLAIM = sending('s2', {
  reference: 'DI-1A2B3C4D',
  sentAt: '2018-08-07T08:00:00Z',
  kind: 'demande',
  kindLabel: "Demande d'indemnisation",
  documents: [
    {
      id: 's2-pdf',
      label: "Demande d'indemnisation (PDF)",
      fileName: 'demande.pdf',
      sizeBytes: 90_000,
      downloadUrl: '/api/indemnisations/envois/s2/documents/s2-pdf',
    },
  ],
});

/** The range the server answers for `period`: the contract's, from today (as the API does). */
function rangeOf(period: string | null): HistoryRange {
  return historyRange((period ?? 'tous') as HistoryPeriod, todayIso());
}

/** Answers the list with `answer(period)` and records the period of every call. */
function serve(
  answer: (period: string | null) => Sending[],
  range: (period: string | null) => HistoryRange = rangeOf,
): (string | null)[] {
  const periods: (string | null)[] = [];
  worker.use(
    http.get(API, ({ request }) => {
      const period = new URL(request.url).searchParams.get('period');
      periods.push(period);
      return HttpResponse.json<SendingList>({ items: answer(period), range: range(period) });
    }),
  );
  return periods;
}

/** The page at its path, with `search` (e.g. `?periode=3m`) after the test runner's own query. */
async function page(search = ''): Promise<HTMLElement> {
  goTo(PATH);
  if (search)
    history.replaceState(null, '', `${location.pathname}${location.search || '?'}&${search.slice(1)}`);
  return fixture<HTMLElement>(html`<ind-sendings-page></ind-sendings-page>`);
}

function presets(el: Element) {
  const host = deepQuery(el, 'pa-period-presets')!;
  return [...host.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
}

/** A button's text without its aria-hidden icons (✓, ↻). */
function spoken(button: Element): string {
  const copy = button.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function preset(el: Element, label: string): HTMLButtonElement {
  const found = presets(el).find((button) => spoken(button) === label);
  if (!found) throw new Error(`no button « ${label} »`);
  return found;
}

const urlPeriod = () => new URLSearchParams(location.search).get('periode');

describe('C5 Historique des envois (ind-sendings-page)', () => {
  useSectionApi();

  it('lists the sendings (Date, Type, Documents), each document a named download link; « Tous » by default', async () => {
    const periods = serve(() => [sending('s1'), CLAIM]);
    const el = await page();
    const row = await waitForRow(el, 's1');
    expect(periods).to.deep.equal(['tous']);
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Historique des envois');
    expect(deepText(el)).to.include(
      "Ce menu vous permet de consulter les demandes d'indemnisation et les justificatifs transmis via les services en ligne.",
    );
    expect(deepQueryAll(el, 'thead th').map((th) => th.textContent?.trim())).to.deep.equal([
      'Date',
      'Type',
      'Référence',
      'Documents',
    ]);
    expect(row.cells[0]?.textContent?.trim()).to.equal('07/08/2018');
    expect(row.cells[1]?.textContent?.trim()).to.equal('Justificatifs');
    const links = [...row.querySelectorAll('a')];
    expect(links.map((a) => a.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      "Télécharger Bordereau d'envoi du 07/08/2018",
      'Télécharger arret.pdf du 07/08/2018',
    ]);
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('download')])).to.deep.equal([
      ['/api/indemnisations/envois/s1/documents/s1-b', 'bordereau.pdf'],
      ['/api/indemnisations/envois/s1/documents/s1-f1', 'arret.pdf'],
    ]);
    const claimRow = await waitForRow(el, 's2');
    expect(claimRow.cells[1]?.textContent?.trim()).to.equal("Demande d'indemnisation");
    expect(claimRow.querySelector('a')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      "Télécharger Demande d'indemnisation (PDF) du 07/08/2018",
    );
    expect(deepText(el)).to.include('2 envois');

    const group = deepQuery(el, 'pa-period-presets')!.shadowRoot!.querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Période');
    expect(presets(el).map(spoken)).to.deep.equal([
      'Mois en cours',
      '3 derniers mois',
      '6 derniers mois',
      '12 derniers mois',
      'Tous',
      'Actualiser',
    ]);
    expect(preset(el, 'Tous').getAttribute('aria-pressed')).to.equal('true');

    // A download neither navigates nor fails.
    const undo = preventDownloads();
    try {
      links[0]!.click();
    } finally {
      undo();
    }
    await expect(el).to.be.accessible();
  });

  it('a period calls the API with it and goes to the URL; « Actualiser » reloads; a reload keeps the period', async () => {
    let round = 0;
    const periods = serve(() => [sending(`s${++round}`)]);
    const el = await page();
    await waitForRow(el, 's1');

    preset(el, '3 derniers mois').click();
    await waitForRow(el, 's2');
    expect(periods).to.deep.equal(['tous', '3m']);
    expect(location.pathname).to.equal(PATH);
    expect(urlPeriod()).to.equal('3m');
    expect(preset(el, '3 derniers mois').getAttribute('aria-pressed')).to.equal('true');
    expect(preset(el, 'Tous').getAttribute('aria-pressed')).to.equal('false');
    await waitForText(el, '1 envoi (3 derniers mois)');
    // The status says what the new list holds.
    expect(deepQuery(el, 'p[role="status"]')?.textContent).to.equal('1 envoi (3 derniers mois)');

    preset(el, 'Actualiser').click();
    await waitForRow(el, 's3');
    expect(periods).to.deep.equal(['tous', '3m', '3m']);
    expect(urlPeriod()).to.equal('3m');

    // Another page at the same URL (a reload) shows the same period.
    const again = await fixture<HTMLElement>(html`<ind-sendings-page></ind-sendings-page>`);
    await waitForRow(again, 's4');
    expect(periods.at(-1)).to.equal('3m');
    expect(preset(again, '3 derniers mois').getAttribute('aria-pressed')).to.equal('true');

    // Back to « Tous »: the default leaves the URL.
    preset(el, 'Tous').click();
    await waitUntil(() => periods.length === 6, 'no reload for « Tous »');
    expect(periods.slice(-2)).to.deep.equal(['tous', 'tous']);
    expect(urlPeriod()).to.equal(null);
  });

  it('opens with the period of the URL, says when it has no sending and offers all of them', async () => {
    const periods = serve((period) => (period === 'tous' ? [sending('s1')] : []));
    const el = await page('?periode=mois');
    await waitForText(el, 'Aucun envoi ce mois-ci');
    expect(periods).to.deep.equal(['mois']);
    expect(deepQuery(el, 'table')).to.equal(undefined);
    expect(preset(el, 'Mois en cours').getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();

    const all = deepQueryAll(el, 'pa-empty-state pa-button').find(
      (button) => button.textContent?.trim() === 'Afficher tous les envois',
    )!;
    all.click();
    await waitForRow(el, 's1');
    expect(periods).to.deep.equal(['mois', 'tous']);
    expect(urlPeriod()).to.equal(null);
  });

  it('says « Aucun envoi pour le moment » when there is none at all', async () => {
    serve(() => []);
    const el = await page();
    await waitForText(el, 'Aucun envoi pour le moment');
    expect(deepQueryAll(el, 'pa-empty-state pa-button')).to.deep.equal([]);
  });

  it('says the dates a period covers next to the choice, as the server counted them; each sending shows its reference', async () => {
    serve(
      () => [sending('s1'), CLAIM],
      (period) => (period === '6m' ? { from: '2026-06-07', to: '2026-12-07' } : rangeOf(period)),
    );
    const el = await page('?periode=3m');
    await waitForRow(el, 's1');
    const range = () => deepQuery(el, '.period-range')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(range()).to.equal(`Période affichée : ${describeHistoryRange(historyRange('3m', todayIso()))}`);
    expect(range()).to.match(/^Période affichée : du \d{1,2}(er)? \S+ \d{4} au \d{1,2}(er)? \S+ \d{4}$/);

    preset(el, '6 derniers mois').click();
    await waitUntil(
      () => range() === 'Période affichée : du 7 juin 2026 au 7 décembre 2026',
      `range: ${range()}`,
    );

    preset(el, 'Tous').click();
    await waitUntil(() => range() === 'Période affichée : tous les envois', `range: ${range()}`);

    const row = await waitForRow(el, 's1');
    expect(row.cells[2]?.textContent?.trim()).to.equal('JU-S1000000');
    expect((await waitForRow(el, 's2')).cells[2]?.textContent?.trim()).to.equal('DI-1A2B3C4D');
    await expect(el).to.be.accessible();
  });

  it('a failed load says why and « Réessayer » loads again', async () => {
    let calls = 0;
    worker.use(
      http.get(API, () =>
        ++calls === 1
          ? problem(503, 'Le service est momentanément indisponible. Réessayez dans quelques instants.')
          : HttpResponse.json<SendingList>({ items: [sending('s1')], range: rangeOf('tous') }),
      ),
    );
    const el = await page();
    await waitForText(el, 'Le service est momentanément indisponible.');
    await expect(el).to.be.accessible();
    deepQueryAll(el, 'pa-alert pa-button')[0]!.click();
    await waitForRow(el, 's1');
  });
});
