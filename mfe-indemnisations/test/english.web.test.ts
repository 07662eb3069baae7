// SPEC P6: the section's pages in English once its catalog is registered and the page's language
// set, as the shell does it (shell/src/locale/define.ts). This file is its own page: the
// localisation is configured once here, and the language goes back to French after each test.
import { expect, fixture, html } from '@open-wc/testing';
import { define } from '@portail/shared-design';
import { HttpResponse, http } from 'msw';
import { localizedTestPage } from '../../shared-design/test/locale-helpers.js';
import {
  cellTexts,
  deepQuery,
  useSectionApi,
  waitForRow,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { CLAIM_MESSAGES, validateClaim } from '../contract/claim-form.js';
import type { TaxCertificateList } from '../contract/index.js';
import { SICK_LEAVE_FORM } from '../contract/sick-leave-form.js';
import { en } from '../locales/en.js';
import { IndTaxCertificates } from '../web/pages/tax-certificates.js';

define('ind-tax-certificates', IndTaxCertificates);

const { useLocale } = localizedTestPage(en);

const API = '/api/indemnisations/attestations-fiscales';
const folded = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('Mes indemnisations in English (P6)', () => {
  useSectionApi();
  afterEach(() => useLocale('fr'));

  it('P4 writes the attestations fiscales block in English, amounts the English way', async () => {
    worker.use(
      http.get(API, () =>
        HttpResponse.json({
          items: [
            {
              year: 2025,
              paymentCount: 9,
              taxableNetCents: 1_124_250,
              downloadUrl: `${API}/2025`,
              fileName: 'attestation-fiscale-2025.pdf',
            },
          ],
        } satisfies TaxCertificateList),
      ),
    );
    await useLocale('en');
    const el = await fixture<HTMLElement>(html`<ind-tax-certificates></ind-tax-certificates>`);
    const row = await waitForRow(el, '2025');
    expect(deepQuery(el, 'h2')?.textContent).to.equal('Tax certificates');
    expect(cellTexts(row).map(folded)).to.deep.equal([
      '2025',
      '9 payments',
      '€11,242.50',
      'Download the 2025 tax certificate (PDF)',
    ]);
  });

  it('C2 says what is wrong in a claim in the language of the moment', async () => {
    const french = validateClaim(SICK_LEAVE_FORM, {}, '2026-01-01');
    expect(french['nature']).to.equal('Ce champ est obligatoire.');
    await useLocale('en');
    const english = validateClaim(SICK_LEAVE_FORM, {}, '2026-01-01');
    expect(english['nature']).to.equal('This field is required.');
    expect(CLAIM_MESSAGES.tooLong(60)).to.equal('60 characters at most.');
  });
});
