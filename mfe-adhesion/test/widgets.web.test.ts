import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { WIDGET_ORIGIN_REFUSED } from '@portail/kernel/contract';
import { WIDGET_POPUP_CLOSED } from '@portail/runtime';
import { HttpResponse, http } from 'msw';
import {
  deepQuery,
  deepText,
  findButtons,
  memberDocument,
  preventDownloads,
  problem,
  waitForRow,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { connectWidget, offersLogin, PORTAL, useWidgetApi } from '../../shared-design/test/widget-helpers.js';
import { AdhDocumentsCles, AdhKitAdhesion, defineWidgets, widgets } from '../web/widgets.js';

const LIST = `${PORTAL}/api/adhesion/documents/documents-cles`;

function listAnswer() {
  return HttpResponse.json({
    items: [memberDocument('cle', { title: 'Guide des garanties', unread: true })],
  });
}

describe('W2 widgets of Mon adhésion', () => {
  const popup = useWidgetApi();

  it('exports the embeddable elements, defined once whatever the calls', () => {
    expect(widgets.map((widget) => widget.name)).to.deep.equal(['adh-documents-cles', 'adh-kit-adhesion']);
    defineWidgets();
    defineWidgets();
    expect(customElements.get('adh-documents-cles')).to.equal(AdhDocumentsCles);
    expect(customElements.get('adh-kit-adhesion')).to.equal(AdhKitAdhesion);
  });

  it('from another origin, offers « Se connecter » without calling the API, never an error', async () => {
    let calls = 0;
    worker.use(
      http.get(LIST, () => {
        calls += 1;
        return listAnswer();
      }),
    );
    const el = await fixture<HTMLElement>(html`<adh-documents-cles api-base=${PORTAL}></adh-documents-cles>`);
    await waitUntil(() => offersLogin(el), 'no « Se connecter »');
    expect(deepText(el)).to.include('Connectez-vous au Portail Adhérent pour consulter vos documents clés.');
    expect(deepQuery(el, 'pa-alert')).to.equal(undefined);
    expect(calls).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('connects through the portal popup, then lists the documents with the bearer token', async () => {
    const seen: { authorization: string | null; credentials: string }[] = [];
    worker.use(
      http.get(LIST, ({ request }) => {
        seen.push({ authorization: request.headers.get('authorization'), credentials: request.credentials });
        return listAnswer();
      }),
    );
    const el = await fixture<HTMLElement>(html`<adh-documents-cles api-base=${PORTAL}></adh-documents-cles>`);
    await connectWidget(el, popup(), 'jeton-A');
    expect(popup().opened).to.deep.equal([
      `${PORTAL}/widgets/connexion?origin=${encodeURIComponent(location.origin)}`,
    ]);
    const row = await waitForRow(el, 'cle');
    expect(seen).to.deep.equal([{ authorization: 'Bearer jeton-A', credentials: 'omit' }]);
    expect(deepText(row)).to.include('Guide des garanties');
    expect(deepQuery(el, 'h2')?.textContent).to.equal('Mes documents clés');
    await expect(el).to.be.accessible();
  });

  it('downloads a document with the token (a link could not send it), not through the link', async () => {
    let download: string | null = null;
    worker.use(
      http.get(LIST, () => listAnswer()),
      http.get(`${PORTAL}/api/documents/cle`, ({ request }) => {
        download = request.headers.get('authorization');
        return new HttpResponse(new Blob(['%PDF-1.7']), { headers: { 'Content-Type': 'application/pdf' } });
      }),
    );
    const el = await fixture<HTMLElement>(html`<adh-documents-cles api-base=${PORTAL}></adh-documents-cles>`);
    await connectWidget(el, popup());
    const row = await waitForRow(el, 'cle');
    const link = deepQuery<HTMLAnchorElement>(row, 'a.download')!;
    let navigated = true;
    const watch = (event: Event) => {
      navigated = !event.defaultPrevented;
    };
    const saved: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return createObjectURL.call(URL, blob);
    };
    window.addEventListener('click', watch, { once: true });
    const stop = preventDownloads();
    try {
      link.click();
      // The file is saved from an object URL, by a link clicked at once.
      await waitUntil(() => saved.length > 0, 'the file was not saved');
    } finally {
      URL.createObjectURL = createObjectURL;
      stop();
    }
    expect(download).to.equal('Bearer jeton-1');
    expect(await saved[0]!.text()).to.equal('%PDF-1.7');
    expect(navigated).to.equal(false);
    expect(deepText(row)).not.to.include('Nouveau');
  });

  it('says why when the employer did not register this site, and offers no login then', async () => {
    const el = await fixture<HTMLElement>(html`<adh-documents-cles api-base=${PORTAL}></adh-documents-cles>`);
    await waitUntil(() => offersLogin(el), 'no « Se connecter »');
    findButtons(el, 'Se connecter')[0]!.click();
    await waitUntil(() => popup().opened.length > 0, 'no popup');
    popup().answer({ type: 'portail:refus', detail: WIDGET_ORIGIN_REFUSED }, 'https://ailleurs.example');
    popup().answer({ type: 'portail:refus', detail: WIDGET_ORIGIN_REFUSED });
    await waitForText(el, WIDGET_ORIGIN_REFUSED);
    expect(findButtons(el, 'Se connecter')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('ignores answers from another origin; a popup closed without answer brings « Se connecter » back', async () => {
    const el = await fixture<HTMLElement>(html`<adh-documents-cles api-base=${PORTAL}></adh-documents-cles>`);
    await waitUntil(() => offersLogin(el), 'no « Se connecter »');
    findButtons(el, 'Se connecter')[0]!.click();
    await waitForText(el, 'Connexion en cours');
    popup().answer(
      { type: 'portail:jeton', token: 'vole', expiresAt: '2999-01-01T00:00:00Z' },
      'https://ailleurs.example',
    );
    popup().close();
    await waitForText(el, WIDGET_POPUP_CLOSED);
    expect(offersLogin(el)).to.equal(true);
  });

  it('a token the API refuses (401) brings « Se connecter » back', async () => {
    worker.use(http.get(LIST, () => listAnswer()));
    const el = await fixture<AdhDocumentsCles>(
      html`<adh-documents-cles api-base=${PORTAL}></adh-documents-cles>`,
    );
    await connectWidget(el, popup());
    await waitForRow(el, 'cle');
    worker.use(
      http.get(LIST, () => problem(401, 'Reconnectez-vous au Portail Adhérent pour afficher ce contenu.')),
    );
    el.apiBase = `${PORTAL}/`;
    await waitUntil(() => offersLogin(el), 'no « Se connecter » after a 401');
    expect(deepQuery(el, 'pa-alert')).to.equal(undefined);
  });

  it('on the portal itself, lists with the session cookie and keeps the download links', async () => {
    let authorization: string | null = 'unset';
    worker.use(
      http.get('/api/adhesion/documents/documents-cles', ({ request }) => {
        authorization = request.headers.get('authorization');
        return listAnswer();
      }),
    );
    const el = await fixture<HTMLElement>(html`<adh-documents-cles></adh-documents-cles>`);
    const row = await waitForRow(el, 'cle');
    expect(authorization).to.equal(null);
    expect(row.querySelector('a.download')?.getAttribute('href')).to.equal('/api/documents/cle');
  });

  it('shows other failures with the API message and « Réessayer »', async () => {
    worker.use(http.get(LIST, () => problem(503, 'Le service est momentanément indisponible.')));
    const el = await fixture<HTMLElement>(html`<adh-documents-cles api-base=${PORTAL}></adh-documents-cles>`);
    await connectWidget(el, popup());
    await waitForText(el, 'Le service est momentanément indisponible.');
    expect(findButtons(el, 'Réessayer')).to.have.length(1);
  });

  it('takes the --pa-* tokens of the intranet page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="--pa-color-primary: #008000"><adh-documents-cles api-base=${PORTAL}></adh-documents-cles></div>`,
    );
    const el = wrapper.querySelector('adh-documents-cles')!;
    await waitUntil(() => offersLogin(el), 'no « Se connecter »');
    expect(getComputedStyle(deepQuery(el, 'h2')!).color).to.equal('rgb(0, 128, 0)');
  });
});
