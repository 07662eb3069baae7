// SPEC P6: shared-design's elements in English once its catalog is registered and the page's
// language set, as the shell does it (shell/src/locale/define.ts). This file is its own page: the
// localisation is configured once here, and the language goes back to French after each test.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PaPeriodFilter } from '../src/forms/index.js';
import { remainingCharactersText } from '../src/forms/pa-textarea-field.js';
import { documentLocale, formatFileSize, type PaButton, type PaTextField } from '../src/index.js';
import { en } from '../src/locales/en.js';
import '../src/forms/define.js';
import { allInShadow, text } from './helpers.js';
import { localizedTestPage } from './locale-helpers.js';

const { useLocale } = localizedTestPage(en);

async function periodFilter() {
  const el = await fixture<PaPeriodFilter>(html`<pa-period-filter></pa-period-filter>`);
  return {
    el,
    labels: allInShadow<PaTextField>(el, 'pa-text-field').map((field) => field.label),
    buttons: allInShadow<PaButton>(el, 'pa-button').map((button) => text(button)),
    form: el.shadowRoot!.querySelector('form')!,
  };
}

describe('shared-design in English (P6)', () => {
  afterEach(() => useLocale('fr'));

  it('writes the period filter in French by default, in English once the page is in English', async () => {
    const french = await periodFilter();
    expect(french.labels).to.deep.equal(['Du', 'Au']);
    expect(french.buttons).to.deep.equal(['Filtrer', 'Réinitialiser']);
    expect(french.form.getAttribute('aria-label')).to.equal('Filtrer la liste');

    await useLocale('en');
    const english = await periodFilter();
    expect(english.labels).to.deep.equal(['From', 'To']);
    expect(english.buttons).to.deep.equal(['Filter', 'Reset']);
    expect(english.form.getAttribute('aria-label')).to.equal('Filter the list');
  });

  it('says an invalid period in English', async () => {
    await useLocale('en');
    const { el } = await periodFilter();
    el.from = '2024-05-10';
    el.to = '2024-05-01';
    await el.updateComplete;
    allInShadow<PaButton>(el, 'pa-button')[0]!.click();
    const to = allInShadow<PaTextField>(el, 'pa-text-field')[1]!;
    await waitUntil(() => to.error !== '', 'no error shown');
    expect(to.error).to.equal('The end date must be on or after the start date.');
  });

  it('formats counts and sizes in the language of the moment, not the one at load', async () => {
    expect(remainingCharactersText(5000, 0).replace(/\s/g, ' ')).to.equal('5 000 caractères restants');
    expect(formatFileSize(1.5 * 1024 * 1024)).to.equal('1,5 Mo');
    await useLocale('en');
    expect(remainingCharactersText(5000, 0)).to.equal('5,000 characters left');
    expect(remainingCharactersText(10, 11)).to.equal('1 character too many');
    expect(formatFileSize(1.5 * 1024 * 1024)).to.equal('1.5 MB');
  });
});

describe('P6 the language a page declares (the portal’s, or an intranet’s for the widgets, W2)', () => {
  const declared = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = declared;
  });

  it('is English for `en` and its regional tags, French for anything else or nothing', () => {
    const cases: [string, string][] = [
      ['en', 'en'],
      ['en-GB', 'en'],
      ['EN-us', 'en'],
      ['fr', 'fr'],
      ['fr-CA', 'fr'],
      ['de', 'fr'],
      ['', 'fr'],
    ];
    for (const [lang, locale] of cases) {
      document.documentElement.lang = lang;
      expect(documentLocale(), lang).to.equal(locale);
    }
  });
});
