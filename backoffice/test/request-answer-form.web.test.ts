// H3 with a section's own answer form (its manifest's `backOffice.answerForms`): P5's quote, answered
// in the request's page with the estimate made again by the santé section's module.
import { expect, html, waitUntil } from '@open-wc/testing';
import type { QueueDetail } from '@portail/kernel/contract';
import { sectionSummary } from '@portail/kernel/contract/section';
import { HttpResponse, http } from 'msw';
import { CONFORT_TABLE } from '../../mfe-sante/api/demo-guarantees.js';
import { estimate, type QuoteReview } from '../../mfe-sante/contract/index.js';
import { santeSection } from '../../mfe-sante/section.js';
import {
  clickButton,
  deepQuery,
  deepQueryAll,
  deepText,
  field,
  fill,
  waitForFocusIn,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { answerFormFor, type BoRequestPage } from '../src/pages/request.js';
import { CSRF, openPage, queueDetail, recordPosts, useGestionApi } from './fixtures.js';

const DETAIL_API = '/api/gestion/demandes/r1';
const SECTIONS = [sectionSummary(santeSection)];
const importPart = (specifier: string) =>
  specifier === '@portail/mfe-sante/gestion'
    ? import('../../mfe-sante/web/gestion/define.js')
    : Promise.reject(new Error(specifier));

const QUOTE = queueDetail('r1', {
  section: 'sante',
  kind: 'devis',
  label: 'Devis : Dentaire — couronne (prothèse)',
  summary: ['Bénéficiaire : Léa Bernard', 'Dentaire — couronne (prothèse)'],
  answerable: true,
});

const lines = [{ care: 'dental-crown' as const, priceCents: 55_000 }];
const REVIEW: QuoteReview = {
  requestId: 'r1',
  beneficiaryId: 'b-lea',
  beneficiaryName: 'Léa Bernard',
  lines,
  comment: 'Couronne sur la 36',
  sentEstimate: estimate(CONFORT_TABLE, lines, {}, 2026),
  context: {
    contractLabel: 'Complémentaire santé individuelle',
    table: { ...CONFORT_TABLE, version: 1 },
    year: 2026,
    // Since the quote was sent, a crown of 800 € was reimbursed: 200 € are left of the ceiling.
    usage: { 'dental-crown': 80_000 },
  },
};

const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function openQuote(): Promise<BoRequestPage> {
  worker.use(
    http.get(DETAIL_API, () => HttpResponse.json(QUOTE)),
    http.get('/api/gestion/sante/devis/r1', () => HttpResponse.json(REVIEW)),
  );
  const page = await openPage<BoRequestPage>(
    '/gestion/demandes/r1',
    html`<bo-request-page request-id="r1" .sections=${SECTIONS} .importPart=${importPart}></bo-request-page>`,
  );
  await waitUntil(() => {
    const form = deepQuery(page, 'san-quote-answer');
    return form && deepQuery(form, '.estimate-table');
  }, 'no estimate in the answer form');
  return page;
}

describe('bo-request-page with a section’s answer form (P5 quote, H3)', () => {
  useGestionApi();

  it('finds the form of a kind in the sections’ manifests', () => {
    expect(answerFormFor(SECTIONS, { section: 'sante', kind: 'devis' })).to.deep.equal({
      kind: 'devis',
      element: 'san-quote-answer',
      module: '@portail/mfe-sante/gestion',
    });
    expect(answerFormFor(SECTIONS, { section: 'contact', kind: 'question' })).to.equal(undefined);
  });

  it('shows the quote, the estimate made again with what is used now, and drafts the answer; no accept/refuse', async () => {
    const page = await openQuote();
    const text = plain(deepText(page));
    expect(text).to.contain('Devis pour Léa Bernard');
    expect(text).to.contain('Couronne sur la 36');
    // As the member saw it when sending (nothing used then): 288 € from the organisme.
    expect(text).to.contain('organisme 288,00 €');
    const row = deepQueryAll(page, '.estimate-table tbody tr')[0]!;
    expect([...row.querySelectorAll('th, td')].map((cell) => plain(cell.textContent ?? ''))).to.deep.equal([
      'Dentaire — couronne (prothèse)',
      '550,00 €',
      '72,00 €',
      '200,00 €',
      '278,00 €',
    ]);
    expect(plain(field(page, 'text').value)).to.contain('organisme 200,00 €, reste à charge 278,00 €');
    expect(deepQueryAll(page, 'pa-button').map((b) => b.textContent?.trim())).to.not.include('Accepter');
    await expect(page).to.be.accessible();
  });

  it('corrected lines give a new estimate and a new draft; the answer goes through the H3 route', async () => {
    const page = await openQuote();
    const form = deepQuery(page, 'san-quote-answer')!;
    await fill(form, 'price', '400');
    clickButton(form, "Recalculer l'estimation");
    await waitUntil(() => plain(field(page, 'text').value).includes('prix 400,00 €'), 'no new draft');
    const answered: QueueDetail = {
      ...QUOTE,
      status: 'accepted',
      statusLabel: 'Pris en compte',
      answer: 'x',
    };
    const posts = recordPosts(`${DETAIL_API}/reponse`, () => HttpResponse.json(answered));
    clickButton(form, 'Envoyer la réponse');
    await waitForText(page, "La réponse a été envoyée à l'adhérent.");
    expect(posts).to.have.length(1);
    expect(posts[0]?.csrf).to.equal(CSRF);
    expect(plain((posts[0]!.body as { text: string }).text)).to.contain('prix 400,00 €');
    await waitForFocusIn(deepQuery(page, '.notice')!, 'the notice');
    expect(deepQuery(page, 'san-quote-answer')).to.equal(undefined);
  });

  it('an empty answer is refused on its field', async () => {
    const page = await openQuote();
    const form = deepQuery(page, 'san-quote-answer')!;
    await fill(form, 'text', '');
    const posts = recordPosts(`${DETAIL_API}/reponse`, () => HttpResponse.json(QUOTE));
    clickButton(form, 'Envoyer la réponse');
    await waitUntil(() => field(form, 'text').error === 'Saisissez votre réponse.', 'no error');
    expect(posts).to.deep.equal([]);
  });
});
