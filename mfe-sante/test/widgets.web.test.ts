import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import {
  cellTexts,
  deepQuery,
  deepQueryAll,
  deepText,
  findButtons,
  links,
  problem,
  waitForRow,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { connectWidget, offersLogin, PORTAL, useWidgetApi } from '../../shared-design/test/widget-helpers.js';
import { SanRemboursements } from '../web/widgets/define.js';
import { payment, paymentPage, SANTE_ONLY } from './fixtures.js';

const LIST = `${PORTAL}/api/sante/reglements`;

describe('W2 widget san-remboursements', () => {
  const popup = useWidgetApi();

  it('is defined by the widgets bundle', () => {
    expect(customElements.get('san-remboursements')).to.equal(SanRemboursements);
  });

  it('offers « Se connecter » until the member connected, then the 5 latest payments (date, amount)', async () => {
    let authorization: string | null = null;
    const items = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'].map((id, index) =>
      payment(id, {
        paidOn: `2026-05-${String(20 - index).padStart(2, '0')}`,
        amountCents: 1000 * (index + 1),
      }),
    );
    worker.use(
      http.get(LIST, ({ request }) => {
        authorization = request.headers.get('authorization');
        return HttpResponse.json(paymentPage(items, { total: 7 }));
      }),
    );
    const el = await fixture<SanRemboursements>(
      html`<san-remboursements api-base=${PORTAL}></san-remboursements>`,
    );
    await waitUntil(() => offersLogin(el), 'no « Se connecter »');
    expect(deepText(el)).to.include('Connectez-vous au Portail Adhérent pour consulter vos remboursements.');
    await expect(el).to.be.accessible();

    await connectWidget(el, popup(), 'jeton-R');
    const first = await waitForRow(el, 'p1');
    expect(authorization).to.equal('Bearer jeton-R');
    expect(deepQuery(el, 'h2')?.textContent).to.equal('Mes derniers remboursements');
    expect(deepQueryAll(el, 'tbody tr')).to.have.length(5);
    expect(cellTexts(first)).to.deep.equal(['20/05/2026', '10,00 €']);
    const all = links(el, 'Voir tous mes règlements')[0]!;
    expect(all.getAttribute('href')).to.equal(`${PORTAL}/services/reglements`);
    expect(all.target).to.equal('_blank');
    await expect(el).to.be.accessible();
  });

  it('says why for a prévoyance-only member (403), and offers « Réessayer » for a passing failure', async () => {
    worker.use(http.get(LIST, () => problem(403, SANTE_ONLY)));
    const el = await fixture<SanRemboursements>(
      html`<san-remboursements api-base=${PORTAL}></san-remboursements>`,
    );
    await connectWidget(el, popup());
    await waitForText(el, SANTE_ONLY);
    expect(deepText(el)).not.to.include('Réessayer');

    worker.use(http.get(LIST, () => problem(503, 'Le service est momentanément indisponible.')));
    el.apiBase = `${PORTAL}/`;
    await waitForText(el, 'Réessayer');
    worker.use(http.get(LIST, () => HttpResponse.json(paymentPage([]))));
    findButtons(el, 'Réessayer')[0]!.click();
    await waitForText(el, 'Aucun remboursement pour le moment');
  });

  it('takes the --pa-* tokens of the intranet page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="--pa-color-primary: #008000"><san-remboursements api-base=${PORTAL}></san-remboursements></div>`,
    );
    const el = wrapper.querySelector('san-remboursements')!;
    await waitUntil(() => offersLogin(el), 'no « Se connecter »');
    expect(getComputedStyle(deepQuery(el, 'h2')!).color).to.equal('rgb(0, 128, 0)');
  });
});
