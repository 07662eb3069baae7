// SPEC P6: the section's pages in English once its catalog is registered and the page's language
// set, as the shell does it (shell/src/locale/define.ts). This file is its own page: the
// localisation is configured once here, and the language goes back to French after each test.
import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import {
  deepQuery,
  deepText,
  openSection,
  useSectionApi,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import type { CardOverview } from '../contract/index.js';
import { en } from '../locales/en.js';
import '../web/define.js';
import { localizedTestPage } from '../../shared-design/test/locale-helpers.js';

const { useLocale } = localizedTestPage(en);

const OVERVIEW: CardOverview = {
  cards: [
    {
      id: 'c1',
      cardNumber: '2026-000123',
      organisationNumber: '75 123 456',
      membershipNumber: 'S200002-01',
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      issuedAt: '2025-12-15T09:00:00Z',
      beneficiaries: [
        { firstName: 'Léa', lastName: 'Bernard', birthDate: '2015-09-10', relationship: 'enfant' },
      ],
      downloadUrl: '/api/adhesion/carte/c1/pdf',
      replacedOn: '2026-03-01',
      replacedBy: '2026-000456',
    },
  ],
  pendingRequest: null,
};

describe('Mon adhésion in English (P6)', () => {
  useSectionApi();
  afterEach(() => useLocale('fr'));

  it('B6 shows the card page, its title, relationships and dates in English', async () => {
    worker.use(http.get('/api/adhesion/carte', () => HttpResponse.json(OVERVIEW)));
    await useLocale('en');
    const el = await openSection('adh-section', '/adhesion/carte-tiers-payant');
    await waitForText(el, 'Card no. 2026-000123');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Direct billing card (tiers payant)');
    expect(deepText(el))
      .to.include('Valid from 01/01/2026 to 31/12/2026')
      .and.include('Léa Bernard (Child), born on 10/09/2015')
      .and.include('Replaced on 01/03/2026 by card no. 2026-000456: this card is no longer valid.')
      .and.include('Request a card')
      .and.not.include('Carte n°');
  });

  it('B4 Espace Adhésion asks for the employer’s identifier in English', async () => {
    await useLocale('en');
    const el = await openSection('adh-section', '/espace-adhesion');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Joining area (Espace Adhésion)');
    await waitForText(el, 'the identifier your employer gave you opens the documents');
    const field = deepQuery(el, 'pa-text-field[name="identifier"]');
    expect(field?.getAttribute('label')).to.equal('Identifier given by your employer');
  });
});
