import { expect, fixture, html } from '@open-wc/testing';
import { define } from '@portail/shared-design';
import { HttpResponse, http } from 'msw';
import {
  cellTexts,
  deepQuery,
  deepText,
  goTo,
  links,
  problem,
  useSectionApi,
  waitForRow,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import type { IndemnityPaymentPage, TaxCertificateList, TaxCertificateYear } from '../contract/index.js';
import { IndIndemnitiesPage } from '../web/pages/indemnities.js';
import { IndTaxCertificates } from '../web/pages/tax-certificates.js';

// The page's elements, as the section registers them when it first shows the page.
define('ind-tax-certificates', IndTaxCertificates);
define('ind-indemnities-page', IndIndemnitiesPage);

const API = '/api/indemnisations/attestations-fiscales';

function year(value: number, paymentCount: number, taxableNetCents: number): TaxCertificateYear {
  return {
    year: value,
    paymentCount,
    taxableNetCents,
    downloadUrl: `${API}/${value}`,
    fileName: `attestation-fiscale-${value}.pdf`,
  };
}

function serve(list: TaxCertificateList) {
  worker.use(http.get(API, () => HttpResponse.json(list)));
}

const folded = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('P4 Attestations fiscales (ind-tax-certificates)', () => {
  useSectionApi();

  it('P4 lists each past year with its payments, its net taxable total and its PDF to download', async () => {
    serve({ items: [year(2025, 9, 1_124_250), year(2023, 1, 62_078)] });
    const el = await fixture<HTMLElement>(html`<ind-tax-certificates></ind-tax-certificates>`);
    const row = await waitForRow(el, '2025');
    expect(deepQuery(el, 'h2')?.textContent).to.equal('Attestations fiscales');
    expect(cellTexts(row).map(folded)).to.deep.equal([
      '2025',
      '9 règlements',
      '11 242,50 €',
      "Télécharger l'attestation fiscale 2025 (PDF)",
    ]);
    expect(cellTexts((await waitForRow(el, '2023')) as HTMLTableRowElement).map(folded)).to.deep.equal([
      '2023',
      '1 règlement',
      '620,78 €',
      "Télécharger l'attestation fiscale 2023 (PDF)",
    ]);
    const [download] = links(el, "Télécharger l'attestation fiscale 2025 (PDF)");
    expect(download?.getAttribute('href')).to.equal(`${API}/2025`);
    expect(download?.getAttribute('download')).to.equal('attestation-fiscale-2025.pdf');
    expect(links(el, "Télécharger l'attestation fiscale 2023 (PDF)")).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('P4 says so when no past year has a payment', async () => {
    serve({ items: [] });
    const el = await fixture<HTMLElement>(html`<ind-tax-certificates></ind-tax-certificates>`);
    await waitForText(
      el,
      'Aucune attestation fiscale : aucune indemnité ne vous a été versée les années passées',
    );
    expect(deepQuery(el, 'table')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('P4 a refusal is said in French, without « Réessayer » that would not help', async () => {
    worker.use(http.get(API, () => problem(403, "Cette page n'est pas ouverte à votre contrat.")));
    const el = await fixture<HTMLElement>(html`<ind-tax-certificates></ind-tax-certificates>`);
    await waitForText(el, "Cette page n'est pas ouverte à votre contrat.");
    expect(deepText(el)).not.to.include('Réessayer');
  });

  it('P4 the block is on Historique des indemnisations, under the payments', async () => {
    goTo('/indemnisations/historique-indemnisations');
    worker.use(
      http.get('/api/indemnisations/paiements', () =>
        HttpResponse.json({
          items: [],
          range: { from: '2014-01-01', to: null },
          page: 1,
          pageSize: 20,
          total: 0,
        } satisfies IndemnityPaymentPage),
      ),
    );
    serve({ items: [year(2025, 2, 100_000)] });
    const page = await fixture<HTMLElement>(html`<ind-indemnities-page></ind-indemnities-page>`);
    const block = await new Promise<Element>((resolve) => {
      const look = () => {
        const found = deepQuery(page, 'ind-tax-certificates');
        if (found) resolve(found);
        else setTimeout(look, 20);
      };
      look();
    });
    await waitForRow(block, '2025');
    expect(links(page, "Télécharger l'attestation fiscale 2025 (PDF)")).to.have.length(1);
  });
});
