import { expect, waitUntil } from '@open-wc/testing';
import { type DocumentsReadDetail, PORTAIL_EVENTS } from '@portail/kernel/contract';
import { navigate } from '@portail/runtime';
import { HttpResponse, http } from 'msw';
import {
  deepQuery,
  deepQueryAll,
  deepText,
  documentRow,
  memberDocument,
  mountAndUnmount,
  openSection,
  preventDownloads,
  problem,
  useSectionApi,
  waitForRow,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { bootstrap, mount, unmount } from '../web/index.js';

const CONTRAT = [
  memberDocument('notice', { title: 'Notice information', unread: true }),
  memberDocument('bulletin', { title: "Bulletin d'adhésion individuelle", fileName: 'bulletin.pdf' }),
];

function section(path: string): Promise<HTMLElement> {
  return openSection('adh-section', path);
}

describe('adh-section (SPEC B)', () => {
  let allowDownloads: () => void;
  useSectionApi();
  beforeEach(() => {
    allowDownloads = preventDownloads();
    worker.use(http.get('/api/adhesion/documents/contrat', () => HttpResponse.json({ items: CONTRAT })));
  });
  afterEach(() => allowDownloads());

  it('B1 Contrat: the manual intro and the documents under Employeur / Libellé document', async () => {
    const el = await section('/adhesion/contrat');
    await waitForRow(el, 'bulletin');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Contrat');
    expect(deepText(el))
      .to.include('Ce menu vous permet de consulter les documents contractuels liés à votre adhésion.')
      .and.include('Les documents non lus sont signalés par un liseré orange.')
      .and.include("Cliquer sur l'icône à droite de chaque ligne pour télécharger le document.");
    const headers = deepQueryAll(el, 'thead th').map((th) => th.textContent?.trim());
    expect(headers.slice(0, 2)).to.deep.equal(['Employeur', 'Libellé document']);
    const bulletin = documentRow(el, 'bulletin')!;
    expect(deepText(bulletin)).to.include('Mairie de Lyon').and.include("Bulletin d'adhésion individuelle");
    expect(bulletin.querySelector('a.download')?.getAttribute('href')).to.equal('/api/documents/bulletin');
    await expect(el).to.be.accessible();
  });

  it('A5: downloading an unread document clears its marker at once, marks it read on the server and tells the menu', async () => {
    let listLoads = 0;
    const read: string[] = [];
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    worker.use(
      http.get('/api/adhesion/documents/contrat', () => {
        listLoads += 1;
        return HttpResponse.json({ items: CONTRAT });
      }),
      http.post('/api/documents/:id/read', async ({ params }) => {
        read.push(String(params.id));
        await answered; // the server answers only once the test has checked the list
        return HttpResponse.json({ id: params.id, unread: false });
      }),
    );
    const events: DocumentsReadDetail[] = [];
    const listener = (event: Event) => events.push((event as CustomEvent<DocumentsReadDetail>).detail);
    window.addEventListener(PORTAIL_EVENTS.documentsRead, listener);
    try {
      const el = await section('/adhesion/contrat');
      const notice = await waitForRow(el, 'notice');
      expect(notice.classList.contains('unread')).to.equal(true);
      expect(deepText(notice)).to.include('Nouveau').and.include('(non consulté)');
      expect(documentRow(el, 'bulletin')!.classList.contains('unread')).to.equal(false);

      notice.querySelector<HTMLAnchorElement>('a.download')!.click();
      await waitUntil(() => read.length === 1, 'POST /api/documents/notice/read never came');
      const after = documentRow(el, 'notice')!;
      expect(after.classList.contains('unread')).to.equal(false);
      expect(deepText(after)).not.to.include('Nouveau');
      expect(events).to.deep.equal([]);

      answer();
      await waitUntil(() => events.length === 1, 'no documentsRead event');
      expect(read).to.deep.equal(['notice']);
      expect(events).to.deep.equal([{ documentIds: ['notice'] }]);
      expect(listLoads).to.equal(1);
      expect(documentRow(el, 'notice')!.classList.contains('unread')).to.equal(false);
    } finally {
      window.removeEventListener(PORTAIL_EVENTS.documentsRead, listener);
    }
  });

  it('/adhesion alone shows Contrat; navigating shows Formulaires, empty here', async () => {
    worker.use(http.get('/api/adhesion/documents/formulaires', () => HttpResponse.json({ items: [] })));
    const el = await section('/adhesion');
    await waitForRow(el, 'notice');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Contrat');
    navigate(`/adhesion/formulaires${location.search}`);
    await waitForText(el, 'Aucun document pour le moment');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Formulaires');
    expect(deepText(el)).to.include(
      'Ce menu vous permet de télécharger les formulaires vierges liés à votre adhésion.',
    );
    await expect(el).to.be.accessible();
  });

  it('B3 Documents clés loads its own list', async () => {
    worker.use(
      http.get('/api/adhesion/documents/documents-cles', () =>
        HttpResponse.json({ items: [memberDocument('cle', { title: 'Guide des garanties', unread: true })] }),
      ),
    );
    const el = await section('/adhesion/documents-cles');
    const row = await waitForRow(el, 'cle');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Documents clés');
    expect(row.classList.contains('unread')).to.equal(true);
    expect(documentRow(el, 'notice')).to.equal(undefined);
  });

  it("shows the API's French message and « Réessayer » when the list cannot be loaded", async () => {
    worker.use(
      http.get('/api/adhesion/documents/contrat', () =>
        problem(503, 'Le service est momentanément indisponible. Réessayez dans quelques instants.'),
      ),
    );
    const el = await section('/adhesion/contrat');
    await waitForText(el, 'Le service est momentanément indisponible. Réessayez dans quelques instants.');
    expect(deepQueryAll(el, 'pa-button').map((b) => b.textContent?.trim())).to.include('Réessayer');
    await expect(el).to.be.accessible();
  });

  it('an unknown page says "Page introuvable"', async () => {
    const unknown = await section('/adhesion/xyz');
    expect(deepQuery(unknown, 'h1')?.textContent).to.equal('Page introuvable');
    await expect(unknown).to.be.accessible();
  });

  it('single-spa lifecycles mount adh-section into the given element and remove it', async () => {
    worker.use(
      http.get('/api/adhesion/prises-en-charge', () => HttpResponse.json({ beneficiaries: [], items: [] })),
    );
    // Waits for the page's data too, so that no request is still in flight once the handlers reset.
    await mountAndUnmount('adh-section', '/adhesion/prise-en-charge', { bootstrap, mount, unmount }, (el) =>
      waitForText(el, 'Aucune prise en charge obtenue pour le moment'),
    );
  });
});
