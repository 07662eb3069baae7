import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import {
  deepQuery,
  deepText,
  memberDocument,
  problem,
  startApi,
  waitForRow,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { AdhDocumentsCles, AdhKitAdhesion, defineWidgets, widgets } from '../web/index.js';
import { links } from './adhesion-helpers.js';

const BASE = 'https://portail.example';

describe('W2 widgets of Mon adhésion', () => {
  before(startApi);
  afterEach(() => worker.resetHandlers());

  it('exports the embeddable elements, defined once whatever the calls', () => {
    expect(widgets.map((widget) => widget.name)).to.deep.equal(['adh-documents-cles', 'adh-kit-adhesion']);
    defineWidgets();
    defineWidgets();
    expect(customElements.get('adh-documents-cles')).to.equal(AdhDocumentsCles);
    expect(customElements.get('adh-kit-adhesion')).to.equal(AdhKitAdhesion);
  });

  it("adh-documents-cles lists the member's key documents from api-base, with the session cookie", async () => {
    let credentials: string | undefined;
    worker.use(
      http.get(`${BASE}/api/adhesion/documents/documents-cles`, ({ request }) => {
        credentials = request.credentials;
        return HttpResponse.json({
          items: [memberDocument('cle', { title: 'Guide des garanties', unread: true })],
        });
      }),
    );
    const el = await fixture<HTMLElement>(html`<adh-documents-cles api-base=${BASE}></adh-documents-cles>`);
    const row = await waitForRow(el, 'cle');
    expect(credentials).to.equal('include');
    expect(deepText(row)).to.include('Guide des garanties');
    expect(row.querySelector('a.download')?.getAttribute('href')).to.equal(`${BASE}/api/documents/cle`);
    expect(deepText(el)).to.include('Documents clés');
    await expect(el).to.be.accessible();
  });

  it('adh-documents-cles offers « Se connecter » on the portal when the member is not logged in (401)', async () => {
    worker.use(
      http.get(`${BASE}/api/adhesion/documents/documents-cles`, () =>
        problem(401, 'Vous devez vous connecter.'),
      ),
    );
    const el = await fixture<HTMLElement>(html`<adh-documents-cles api-base=${BASE}></adh-documents-cles>`);
    await waitForText(el, 'Se connecter');
    expect(links(el, 'Se connecter')[0]?.getAttribute('href')).to.equal(`${BASE}/connexion`);
    expect(deepQuery(el, 'pa-alert')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('adh-documents-cles shows other failures with the API message', async () => {
    worker.use(
      http.get(`${BASE}/api/adhesion/documents/documents-cles`, () =>
        problem(503, 'Le service est momentanément indisponible. Réessayez dans quelques instants.'),
      ),
    );
    const el = await fixture<HTMLElement>(html`<adh-documents-cles api-base=${BASE}></adh-documents-cles>`);
    await waitForText(el, 'Le service est momentanément indisponible.');
    await waitUntil(() => deepQuery(el, 'pa-alert'), 'no alert');
  });

  it('takes the --pa-* tokens of the intranet page', async () => {
    worker.use(
      http.get(`${BASE}/api/adhesion/documents/documents-cles`, () =>
        problem(401, 'Vous devez vous connecter.'),
      ),
    );
    const wrapper = await fixture<HTMLElement>(
      html`<div style="--pa-color-primary: #008000"><adh-documents-cles api-base=${BASE}></adh-documents-cles></div>`,
    );
    const el = wrapper.querySelector('adh-documents-cles')!;
    await waitForText(el, 'Se connecter');
    expect(getComputedStyle(links(el, 'Se connecter')[0]!).color).to.equal('rgb(0, 128, 0)');
  });
});
