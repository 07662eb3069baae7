// SPEC P6: the section's pages in English once its catalog is registered and the page's language
// set, as the shell does it (shell/src/locale/define.ts). This file is its own page: the
// localisation is configured once here, and the language goes back to French after each test.
import { expect } from '@open-wc/testing';
import {
  deepQuery,
  deepQueryAll,
  openSection,
  useSectionApi,
} from '../../shared-design/test/section-helpers.js';
import { en } from '../locales/en.js';
import '../web/define.js';
import { localizedTestPage } from '../../shared-design/test/locale-helpers.js';

const { useLocale } = localizedTestPage(en);

describe('Contact in English (P6)', () => {
  useSectionApi();
  afterEach(() => useLocale('fr'));

  it('E3 lists the natures of document in English, each with its page', async () => {
    await useLocale('en');
    const el = await openSection('ctc-section', '/contact/transmettre');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Send us documents');
    const natures = deepQueryAll(el, 'section li a').map((a) => a.textContent);
    expect(natures).to.have.length(22).and.include('School attendance certificate');
    const deep = await openSection('ctc-section', '/contact/transmettre/certificat-de-scolarite');
    expect(deepQuery(deep, 'h1')?.textContent).to.equal('Send us a school attendance certificate');
  });

  it('E1 offers the subjects of a message in English, the values unchanged', async () => {
    await useLocale('en');
    const el = await openSection('ctc-section', '/contact/message');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Send a message');
    const select = deepQuery(el, 'pa-select-field[name="subject"]') as
      | (HTMLElement & { options: { value: string; label: string }[]; label: string })
      | null;
    expect(select?.getAttribute('label')).to.equal('Subject');
    expect(select?.options).to.deep.include({ value: 'cotisation', label: 'My contributions' });
  });
});
