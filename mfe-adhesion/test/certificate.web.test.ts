import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import {
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
import type { Affiliation } from '../contract/index.js';
import '../web/define.js';
import { links } from './adhesion-helpers.js';

const AFFILIATIONS: Affiliation[] = [
  {
    membershipId: 'm-prev',
    contractLabel: 'Prévoyance complémentaire',
    contractKind: 'prevoyance',
    employer: 'Mairie de Bourges',
    membershipNumber: 'A100001-01',
    startDate: '2019-03-01',
    endDate: null,
    certificateUrl: '/api/adhesion/affiliations/m-prev/certificat',
  },
  {
    membershipId: 'm-sante',
    contractLabel: 'Santé individuelle',
    contractKind: 'sante',
    employer: null,
    membershipNumber: 'S200002-01',
    startDate: '2024-01-15',
    endDate: null,
    certificateUrl: '/api/adhesion/affiliations/m-sante/certificat',
  },
];

function page(): Promise<HTMLElement> {
  return openSection('adh-section', '/adhesion/certificat-affiliation');
}

describe("B5 Certificat d'affiliation", () => {
  useSectionApi();

  it('lists each membership with its certificate link, dates in French', async () => {
    worker.use(http.get('/api/adhesion/affiliations', () => HttpResponse.json({ items: AFFILIATIONS })));
    const el = await page();
    const row = await waitForRow(el, 'm-prev');
    expect(deepQuery(el, 'h1')?.textContent).to.equal("Certificat d'affiliation");
    expect(deepText(el)).to.include(
      "Téléchargez votre certificat d'affiliation : il est établi immédiatement, sans validation préalable.",
    );
    const headers = deepQueryAll(el, 'thead th').map((th) => th.textContent?.trim());
    expect(headers.slice(0, 4)).to.deep.equal(['Contrat', 'Employeur', "N° d'adhésion", 'Depuis le']);
    expect(deepText(row))
      .to.include('Prévoyance complémentaire')
      .and.include('Mairie de Bourges')
      .and.include('A100001-01')
      .and.include('01/03/2019');
    const [link] = links(row, 'Télécharger le certificat');
    expect(link?.getAttribute('href')).to.equal('/api/adhesion/affiliations/m-prev/certificat');
    expect(link?.hasAttribute('download')).to.equal(true);
    expect(deepText(el)).to.include('15/01/2024');
    expect(links(el, 'Télécharger le certificat')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('says so when there is no membership', async () => {
    worker.use(http.get('/api/adhesion/affiliations', () => HttpResponse.json({ items: [] })));
    const el = await page();
    await waitForText(el, 'Aucune affiliation pour le moment');
    expect(deepQuery(el, 'pa-empty-state')).to.exist;
    await expect(el).to.be.accessible();
  });

  it("shows the API's message and « Réessayer » when the list cannot be loaded", async () => {
    worker.use(
      http.get('/api/adhesion/affiliations', () =>
        problem(503, 'Le service est momentanément indisponible. Réessayez dans quelques instants.'),
      ),
    );
    const el = await page();
    await waitForText(el, 'Le service est momentanément indisponible.');
    expect(deepQueryAll(el, 'pa-button').map((b) => b.textContent?.trim())).to.include('Réessayer');
  });
});
