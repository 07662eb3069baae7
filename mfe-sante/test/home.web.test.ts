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
import '../web/home/define.js';
import { payment, paymentPage } from './fixtures.js';

const API = '/api/sante/reglements';

describe('« Accueil »: Dernier remboursement (san-home-latest-reimbursement)', () => {
  useSectionApi();

  it('shows the newest reimbursement: amount, date and mode, care, for whom, and its detail', async () => {
    worker.use(http.get(API, () => HttpResponse.json(paymentPage([payment('r2'), payment('r1')]))));
    const block = await fixture<HTMLElement>(
      html`<san-home-latest-reimbursement></san-home-latest-reimbursement>`,
    );
    await waitForText(block, '1 234,56 €');
    const text = deepText(block);
    expect(text).to.contain('Remboursement du 14/06/2017 par Virement');
    expect(text).to.contain(
      'Soins du 02/06/2017 au 09/06/2017 : Consultation généraliste, Optique : monture et verres',
    );
    expect(text).to.contain('Pour Léa Bernard');
    const detail = deepQuery<HTMLAnchorElement>(block, 'a')!;
    expect(detail.getAttribute('href')).to.equal('/services/reglements/r2');
    expect(detail.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Voir le détail du remboursement du 14/06/2017',
    );
    await expect(block).to.be.accessible();
  });

  it('care of one day: « Soins du <date> »', async () => {
    worker.use(
      http.get(API, () =>
        HttpResponse.json(
          paymentPage([payment('r3', { careFrom: '2017-06-28', careTo: '2017-06-28', care: [] })]),
        ),
      ),
    );
    const block = await fixture<HTMLElement>(
      html`<san-home-latest-reimbursement></san-home-latest-reimbursement>`,
    );
    await waitForText(block, 'Soins du 28/06/2017');
    expect(deepText(block)).not.to.contain('Soins du 28/06/2017 :');
  });

  it('says when there is none yet, and a refusal in its own place', async () => {
    worker.use(http.get(API, () => HttpResponse.json(paymentPage([]))));
    const empty = await fixture<HTMLElement>(
      html`<san-home-latest-reimbursement></san-home-latest-reimbursement>`,
    );
    await waitForText(empty, 'Aucun remboursement pour le moment');
    worker.use(http.get(API, () => problem(403, "Ce service n'est pas ouvert à votre contrat.")));
    const refused = await fixture<HTMLElement>(
      html`<san-home-latest-reimbursement></san-home-latest-reimbursement>`,
    );
    await waitForText(refused, "Ce service n'est pas ouvert à votre contrat.");
    expect(deepQuery(refused, 'pa-button'), 'nothing to try again').to.equal(undefined);
  });
});
