import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import {
  cellTexts,
  deepQuery,
  deepQueryAll,
  deepText,
  openSection,
  problem,
  useSectionApi,
  waitForRow,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import '../web/index.js';
import { balanceText, COLLECTIVE_NOTE } from '../web/pages/contributions.js';
import { contributionHistory, SANTE_ONLY } from './fixtures.js';

const CONTRIBUTIONS = '/api/sante/cotisations';
const plain = (value: string) => value.replace(/\s+/g, ' ');

function section(): Promise<HTMLElement> {
  return openSection('san-section', '/services/cotisations');
}

describe('G3 Cotisations (san-section)', () => {
  useSectionApi();

  it('shows the contract, the contributions per period and what remains to pay', async () => {
    worker.use(http.get(CONTRIBUTIONS, () => HttpResponse.json(contributionHistory())));
    const el = await section();
    const unpaid = await waitForRow(el, 'c2');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Cotisations');
    expect(deepText(el)).to.include('Contrat : Santé Individuelle Confort');
    const headers = deepQueryAll(el, 'thead th').map((th) => th.textContent?.trim());
    expect(headers).to.deep.equal([
      'Période',
      'Montant dû',
      'Montant payé',
      'Date de paiement',
      'Mode de paiement',
    ]);
    expect(cellTexts(unpaid)).to.deep.equal(['Juin 2026', '45,20 €', '0,00 €', 'Non payée', 'Prélèvement']);
    expect(cellTexts(deepQuery<HTMLTableRowElement>(el, 'tr[data-row-id="c1"]')!)).to.deep.equal([
      'Mai 2026',
      '45,20 €',
      '45,20 €',
      '05/05/2026',
      'Chèque',
    ]);
    expect(plain(deepQuery(el, '.balance')?.textContent ?? '')).to.equal('Reste à payer : 45,20 €');
    expect(deepQuery(el, 'pa-alert')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('words the balance: « Solde : 0,00 € », « Reste à payer », « Trop-perçu »', async () => {
    expect(plain(balanceText(0))).to.equal('Solde : 0,00 €');
    expect(plain(balanceText(4520))).to.equal('Reste à payer : 45,20 €');
    expect(plain(balanceText(-1200))).to.equal('Trop-perçu : 12,00 €');

    worker.use(http.get(CONTRIBUTIONS, () => HttpResponse.json(contributionHistory({ balanceCents: 0 }))));
    const el = await section();
    await waitForText(el, 'Solde : 0,00 €');
  });

  it('a collective contract: the employer takes the contributions from the salary, no table', async () => {
    worker.use(
      http.get(CONTRIBUTIONS, () =>
        HttpResponse.json(
          contributionHistory({
            contractLabel: 'Santé Collective Mairie de Lyon',
            collective: true,
            items: [],
            balanceCents: 0,
          }),
        ),
      ),
    );
    const el = await section();
    await waitForText(el, COLLECTIVE_NOTE);
    expect(deepQuery(el, 'pa-alert')?.getAttribute('variant')).to.equal('info');
    expect(deepText(el)).to.include('Santé Collective Mairie de Lyon').and.not.include('Solde');
    expect(deepQuery(el, 'table')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('an individual contract without contributions yet: the empty state and the balance', async () => {
    worker.use(
      http.get(CONTRIBUTIONS, () => HttpResponse.json(contributionHistory({ items: [], balanceCents: 0 }))),
    );
    const el = await section();
    await waitForText(el, 'Aucune cotisation pour le moment');
    expect(deepText(el)).to.include('Solde : 0,00 €');
  });

  it('a prévoyance-only member (403) reads why', async () => {
    worker.use(http.get(CONTRIBUTIONS, () => problem(403, SANTE_ONLY)));
    const el = await section();
    await waitForText(el, SANTE_ONLY);
    expect(deepQuery(el, 'pa-button')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});
