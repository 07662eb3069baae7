// SPEC P6: the section's pages in English once its catalog is registered and the page's language
// set, as the shell does it (shell/src/locale/define.ts). This file is its own page: the
// localisation is configured once here, and the language goes back to French after each test.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import {
  deepQuery,
  deepQueryAll,
  deepText,
  field,
  goTo,
  useSectionApi,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { en } from '../locales/en.js';
import '../web/define.js';
import { localizedTestPage } from '../../shared-design/test/locale-helpers.js';
import { pendingChange, personalData } from './donnees-fixtures.js';

const { useLocale } = localizedTestPage(en);

async function openPage(path: string): Promise<HTMLElement> {
  goTo(path);
  return fixture<HTMLElement>(html`<cpt-section></cpt-section>`);
}

describe('Mon compte in English (P6)', () => {
  useSectionApi();
  afterEach(() => useLocale('fr'));

  it('D1 shows the personal details, their forms and a pending change in English', async () => {
    worker.use(
      http.get('/api/compte/donnees', () =>
        HttpResponse.json(
          personalData({ bank: null, contributionMode: 'cheque', pending: [pendingChange()] }),
        ),
      ),
    );
    await useLocale('en');
    const el = await openPage('/compte/donnees-personnelles');
    await waitUntil(() => deepQuery(el, 'section#identite'), 'data never shown', { timeout: 3000 });
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Personal details');
    expect(deepQueryAll(el, 'section h2').map((h) => h.textContent)).to.deep.equal([
      'Identity',
      'Postal address',
      'E-mail address',
      'Phone numbers',
      'Payment alerts',
      'Bank details',
      'Contribution payment method',
    ]);
    const text = deepText(el);
    expect(text)
      .to.include('Date of birth')
      .and.include('No bank details on file')
      .and.include('Current method: Cheque')
      .and.include('Change awaiting approval')
      .and.include('Current address: 12 rue des Lilas, 18000 Bourges')
      .and.include('Requested on 12/03/2026, to follow in “Follow-up”.')
      .and.include('Change of your postal address: 3 place Gordaine, 18000 Bourges')
      .and.include('I want to be told by e-mail when my daily allowances are paid')
      .and.not.include('Identité');
    expect(field(el, 'email').getAttribute('label')).to.equal('E-mail address');
    expect(field(el, 'mobile').getAttribute('label')).to.equal('Mobile');
  });

  it('P3 « Télécharger mes données » explains the GDPR rights and offers the archive in English', async () => {
    worker.use(http.get('/api/compte/donnees/archive', () => HttpResponse.json({ archive: null })));
    await useLocale('en');
    const el = await openPage('/compte/telecharger-mes-donnees');
    await waitForText(el, 'No archive requested');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Download my data');
    expect(deepText(el))
      .to.include('The General Data Protection Regulation (GDPR, in French RGPD) gives you the right')
      .and.include('Prepare my archive');
  });
});
