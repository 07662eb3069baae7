import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import {
  deepQuery,
  deepQueryAll,
  deepText,
  problem,
  startApi,
  waitForRow,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { defineWidgets, IndRemboursements, widgets } from '../web/index.js';
import { cellTexts, payment, paymentPage, SANTE_ONLY } from './sante-fixtures.js';

const BASE = 'https://portail.example';
const LIST = `${BASE}/api/indemnisations/sante/reglements`;

function link(root: Element, label: string): HTMLAnchorElement | undefined {
  return deepQueryAll<HTMLAnchorElement>(root, 'a').find((a) => a.textContent?.trim() === label);
}

describe('W2 widget ind-remboursements', () => {
  before(startApi);
  afterEach(() => worker.resetHandlers());

  it('is exported with the widgets, defined once whatever the calls', () => {
    expect(widgets.map((widget) => widget.name)).to.deep.equal(['ind-remboursements']);
    defineWidgets();
    defineWidgets();
    expect(customElements.get('ind-remboursements')).to.equal(IndRemboursements);
  });

  it('shows the 5 latest payments (date, amount) from api-base, with the session cookie', async () => {
    let credentials: string | undefined;
    const items = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'].map((id, index) =>
      payment(id, {
        paidOn: `2026-05-${String(20 - index).padStart(2, '0')}`,
        amountCents: 1000 * (index + 1),
      }),
    );
    worker.use(
      http.get(LIST, ({ request }) => {
        credentials = request.credentials;
        return HttpResponse.json(paymentPage(items, { total: 7 }));
      }),
    );
    const el = await fixture<IndRemboursements>(
      html`<ind-remboursements api-base=${BASE}></ind-remboursements>`,
    );
    const first = await waitForRow(el, 'p1');
    expect(credentials).to.equal('include');
    expect(deepQuery(el, 'h2')?.textContent).to.equal('Mes derniers remboursements');
    expect(deepQueryAll(el, 'tbody tr')).to.have.length(5);
    expect(cellTexts(first)).to.deep.equal(['20/05/2026', '10,00 €']);
    expect(deepQuery(el, 'tr[data-row-id="p6"]')).to.equal(undefined);
    expect(link(el, 'Voir tous mes règlements')?.getAttribute('href')).to.equal(
      `${BASE}/services/reglements`,
    );
    await expect(el).to.be.accessible();
  });

  it('offers « Se connecter » on the portal when the member is not logged in (401)', async () => {
    worker.use(http.get(LIST, () => problem(401, 'Vous devez vous connecter.')));
    const el = await fixture<IndRemboursements>(
      html`<ind-remboursements api-base=${BASE}></ind-remboursements>`,
    );
    await waitForText(el, 'Se connecter');
    expect(link(el, 'Se connecter')?.getAttribute('href')).to.equal(`${BASE}/connexion`);
    expect(deepQuery(el, 'pa-alert')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('says why for a prévoyance-only member (403), and offers « Réessayer » for a passing failure', async () => {
    worker.use(http.get(LIST, () => problem(403, SANTE_ONLY)));
    const el = await fixture<IndRemboursements>(
      html`<ind-remboursements api-base=${BASE}></ind-remboursements>`,
    );
    await waitForText(el, SANTE_ONLY);
    expect(deepText(el)).not.to.include('Réessayer');

    worker.use(http.get(LIST, () => problem(503, 'Le service est momentanément indisponible.')));
    el.apiBase = `${BASE}/`;
    await waitForText(el, 'Réessayer');
    worker.use(http.get(LIST, () => HttpResponse.json(paymentPage([]))));
    deepQueryAll(el, 'pa-button')[0]!.click();
    await waitForText(el, 'Aucun remboursement pour le moment');
  });

  it('takes the --pa-* tokens of the intranet page', async () => {
    worker.use(http.get(LIST, () => problem(401, 'Vous devez vous connecter.')));
    const wrapper = await fixture<HTMLElement>(
      html`<div style="--pa-color-primary: #008000"><ind-remboursements api-base=${BASE}></ind-remboursements></div>`,
    );
    const el = wrapper.querySelector('ind-remboursements')!;
    await waitForText(el, 'Se connecter');
    await waitUntil(() => link(el, 'Se connecter'));
    expect(getComputedStyle(link(el, 'Se connecter')!).color).to.equal('rgb(0, 128, 0)');
  });
});
