import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  DATA_EXPORT_ALREADY_PENDING,
  DATA_EXPORT_API,
  type DataExportAnswer,
  type DataExportStatus,
} from '@portail/kernel/contract/data-export';
import { HttpResponse, http } from 'msw';
import {
  clickButton,
  deepQuery,
  deepText,
  findButtons,
  links,
  problem,
  useSectionApi,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import '../web/pages/define-telechargement.js';
import { RGPD_INTRO } from '../web/pages/telechargement.js';

const PENDING: DataExportStatus = {
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  state: 'pending',
  requestedAt: '2026-12-07T09:00:00.000Z',
  readyAt: null,
  expiresAt: null,
  sizeBytes: null,
  downloadUrl: null,
};

const READY: DataExportStatus = {
  ...PENDING,
  state: 'ready',
  readyAt: '2026-12-07T09:02:00.000Z',
  expiresAt: '2026-12-14T09:02:00.000Z',
  sizeBytes: 2_621_440,
  downloadUrl: `${DATA_EXPORT_API}/fichier`,
};

async function loadPage() {
  const el = await fixture(html`<cpt-telechargement-page></cpt-telechargement-page>`);
  await waitUntil(() => !deepQuery(el, '.loading'), 'still loading', { timeout: 3000 });
  return el;
}

const answer = (archive: DataExportStatus | null) =>
  HttpResponse.json({ archive } satisfies DataExportAnswer);

describe('cpt-telechargement-page — P3 « Télécharger mes données »', () => {
  useSectionApi();

  it('P3: explains the RGPD rights and offers « Préparer mon archive » when none was asked for', async () => {
    worker.use(http.get(DATA_EXPORT_API, () => answer(null)));
    const el = await loadPage();
    const text = deepText(el);
    expect(text).to.include(RGPD_INTRO);
    expect(text).to.include('article 15');
    expect(text).to.include('article 20');
    expect(findButtons(el, 'Préparer mon archive')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('P3: « Préparer mon archive » → « En préparation », read again until « Prête — disponible jusqu’au … » with its link', async () => {
    let current: DataExportStatus | null = null;
    let reads = 0;
    worker.use(
      http.get(DATA_EXPORT_API, () => {
        reads++;
        if (current?.state === 'pending' && reads > 2) current = READY;
        return answer(current);
      }),
      http.post(DATA_EXPORT_API, () => {
        current = PENDING;
        return HttpResponse.json({ archive: PENDING } satisfies DataExportAnswer, { status: 202 });
      }),
    );
    const el = await loadPage();
    clickButton(el, 'Préparer mon archive');
    await waitForText(el, 'En préparation');
    expect(deepText(el)).to.include('Vous recevrez un e-mail dès qu’elle sera prête');
    expect(findButtons(el, 'Préparer')).to.have.length(0, 'one archive at a time');
    await expect(el).to.be.accessible();
    await waitUntil(() => deepText(el).includes("Prête — disponible jusqu'au 14/12/2026"), 'not ready', {
      timeout: 8000,
    });
    const [link] = links(el, 'Télécharger mon archive');
    expect(link?.getAttribute('href')).to.equal(`${DATA_EXPORT_API}/fichier`);
    expect(link?.hasAttribute('download')).to.equal(true);
    expect(link?.textContent).to.include('2,5 Mo');
    await expect(el).to.be.accessible();
  });

  it('P3: a second request while one is prepared says so and shows it « En préparation »', async () => {
    let current: DataExportStatus | null = null;
    worker.use(
      http.get(DATA_EXPORT_API, () => answer(current)),
      http.post(DATA_EXPORT_API, () => {
        current = PENDING;
        return problem(409, DATA_EXPORT_ALREADY_PENDING, { code: 'data-export-pending' });
      }),
    );
    const el = await loadPage();
    clickButton(el, 'Préparer mon archive');
    await waitForText(el, DATA_EXPORT_ALREADY_PENDING);
    await waitForText(el, 'En préparation');
  });

  it('P3: after 7 days the archive shows « Expirée » and a new one can be prepared', async () => {
    worker.use(
      http.get(DATA_EXPORT_API, () =>
        answer({ ...READY, state: 'expired', sizeBytes: null, downloadUrl: null }),
      ),
    );
    const el = await loadPage();
    const text = deepText(el);
    expect(text).to.include('Expirée');
    expect(text).to.include('une archive reste disponible 7 jours');
    expect(links(el, 'Télécharger mon archive')).to.have.length(0);
    expect(findButtons(el, 'Préparer mon archive')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
