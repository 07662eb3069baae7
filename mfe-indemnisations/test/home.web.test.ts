import { expect, fixture, html } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import {
  deepQuery,
  deepText,
  problem,
  useSectionApi,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import type { IndemnityPaymentPage } from '../contract/index.js';
import '../web/home/define.js';

const API = '/api/indemnisations/paiements';

function page(items: IndemnityPaymentPage['items']): IndemnityPaymentPage {
  return {
    items,
    range: { from: null, to: null },
    page: 1,
    pageSize: 20,
    total: items.length,
  };
}

describe('« Accueil »: Dernier paiement (ind-home-latest-payment)', () => {
  useSectionApi();

  it('shows the newest payment: amount, what it paid, when and how', async () => {
    worker.use(
      http.get(API, () =>
        HttpResponse.json(
          page([
            {
              id: 'p2',
              reference: 'RG-P2000000',
              nature: 'Maladie ordinaire',
              eventDate: '2025-01-20',
              periodStart: '2025-03-01',
              periodEnd: '2025-03-31',
              paidOn: '2025-04-04',
              method: 'virement',
              employer: 'Mairie de Bourges',
              contract: 'Prévoyance',
              membershipNumber: '0100001',
              netCents: 123456,
              detailUrl: `${API}/p2`,
            },
          ]),
        ),
      ),
    );
    const block = await fixture<HTMLElement>(html`<ind-home-latest-payment></ind-home-latest-payment>`);
    await waitForText(block, '1 234,56 €');
    const text = deepText(block);
    expect(text).to.contain('Prestations pour la Maladie ordinaire du 01/03/2025 - 31/03/2025');
    expect(text).to.contain('Émis le 04/04/2025 par Virement');
    await expect(block).to.be.accessible();
  });

  it('says when there is none yet, and shows a failure in its own place with « Réessayer »', async () => {
    let up = false;
    worker.use(
      http.get(API, () =>
        up ? HttpResponse.json(page([])) : problem(503, 'Service momentanément indisponible'),
      ),
    );
    const block = await fixture<HTMLElement>(html`<ind-home-latest-payment></ind-home-latest-payment>`);
    await waitForText(block, 'Service momentanément indisponible');
    up = true;
    (deepQuery(block, 'pa-button')!.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    await waitForText(block, 'Aucun paiement pour le moment');
  });
});
