import { expect, waitUntil } from '@open-wc/testing';
import { UPLOAD_MESSAGES } from '@portail/kernel/contract';
import { HttpResponse, http } from 'msw';
import {
  clickButton,
  control,
  deepQuery,
  deepQueryAll,
  deepText,
  field,
  fill,
  findButtons,
  links,
  openSection,
  problem,
  useSectionApi,
  waitForFocusIn,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import {
  fileField,
  fileOf,
  pick,
  recordUploads,
  waitForFileError,
} from '../../shared-design/test/upload-helpers.js';
import { CONFORT_TABLE } from '../api/demo-guarantees.js';
import {
  ESTIMATE_MESSAGES,
  type EstimateContext,
  estimate,
  QUOTE_SENT,
  type QuoteSent,
} from '../contract/index.js';
import '../web/index.js';

const CONTEXT = '/api/sante/estimation';
const QUOTES = '/api/sante/devis';
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const context = (): EstimateContext => ({
  contractLabel: 'Complémentaire santé individuelle',
  table: { ...CONFORT_TABLE, version: 1 },
  year: 2026,
  beneficiaries: [
    { id: 'b-julien', name: 'Julien Bernard', usage: {} },
    { id: 'b-lea', name: 'Léa Bernard', usage: { 'optical-lenses': 12_000 } },
  ],
});

function page(given: EstimateContext = context()): Promise<HTMLElement> {
  worker.use(http.get(CONTEXT, () => HttpResponse.json(given)));
  return openSection('san-section', '/services/estimer-un-remboursement');
}

async function ready(el: HTMLElement): Promise<void> {
  await waitUntil(() => deepQuery(el, 'fieldset.quote-line'), 'no quote line');
}

/** The fieldsets of the lines, in order. */
const lines = (el: HTMLElement) => deepQueryAll<HTMLFieldSetElement>(el, 'fieldset.quote-line');

async function fillLine(el: HTMLElement, index: number, care: string, price: string, days?: string) {
  const line = lines(el)[index]!;
  await fill(line, 'care', care);
  await fill(line, 'price', price);
  if (days !== undefined) await fill(line, 'days', days);
}

/** The rows of the estimate's table: [care, price, SS, organisme, reste à charge]. */
function resultRows(el: HTMLElement): string[][] {
  return deepQueryAll<HTMLTableRowElement>(el, '.estimate-table tbody tr, .estimate-table tfoot tr').map(
    (row) => [...row.querySelectorAll('th, td')].map((cell) => plain(cell.textContent ?? '')),
  );
}

describe('P5 Estimer un remboursement (san-section)', () => {
  useSectionApi();

  it('a crown from the member’s own table: the three parts, the rule, in an announced region', async () => {
    const el = await page();
    await ready(el);
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Estimer un remboursement');
    expect(deepText(el)).to.include('Formule Confort');
    expect(field(el, 'beneficiaire').value).to.equal('b-julien');
    const options = [...(control(lines(el)[0]!, 'care') as HTMLSelectElement).options].map((o) => o.text);
    expect(options).to.include.members(['Optique — monture', 'Dentaire — couronne (prothèse)']);
    expect(deepQuery(el, '[name="days"]')).to.equal(undefined);
    await expect(el).to.be.accessible();

    await fillLine(el, 0, 'dental-crown', '550');
    clickButton(el, 'Estimer');
    await waitUntil(() => deepQuery(el, '.estimate-table'), 'no estimate');
    const region = deepQuery(el, '.result')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(
      region.contains(deepQuery(el, '.estimate-table')!) || !!region.querySelector('.estimate-table'),
    ).to.equal(true);
    expect(resultRows(el)).to.deep.equal([
      ['Dentaire — couronne (prothèse)', '550,00 €', '72,00 €', '288,00 €', '190,00 €'],
    ]);
    const text = plain(deepText(region));
    expect(text).to.include('300 % de la base de remboursement');
    expect(text).to.include('Plafond prothèses dentaires : 1 000,00 € par an');
    expect(text).to.include('100 % Santé');
    // « Envoyer mon devis » comes with an estimate.
    expect(findButtons(el, 'Envoyer mon devis')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('each wrong field says why in French, the focus on the first; nothing is estimated', async () => {
    const el = await page();
    await ready(el);
    clickButton(el, 'Estimer');
    await waitUntil(() => field(lines(el)[0]!, 'care').error, 'no error');
    expect(field(lines(el)[0]!, 'care').error).to.equal(ESTIMATE_MESSAGES.care);
    expect(field(lines(el)[0]!, 'price').error).to.equal(ESTIMATE_MESSAGES.price);
    await waitForFocusIn(field(lines(el)[0]!, 'care'), 'the care');
    await fillLine(el, 0, 'hospital-private-room', '12,5x');
    clickButton(el, 'Estimer');
    await waitUntil(() => field(lines(el)[0]!, 'price').error === ESTIMATE_MESSAGES.priceInvalid, 'price');
    expect(field(lines(el)[0]!, 'days').error).to.equal(ESTIMATE_MESSAGES.days);
    expect(deepQuery(el, '.estimate-table')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('a pair of glasses for Léa: two lines, what is left of her 2026 optical forfait', async () => {
    const el = await page();
    await ready(el);
    await fill(el, 'beneficiaire', 'b-lea');
    await fillLine(el, 0, 'optical-frame', '150');
    clickButton(el, 'Ajouter une ligne du devis');
    await waitUntil(() => lines(el).length === 2, 'no second line');
    expect(lines(el)[1]!.querySelector('legend')?.textContent).to.equal('Ligne 2');
    await fillLine(el, 1, 'optical-lenses', '300,00');
    clickButton(el, 'Estimer');
    await waitUntil(() => deepQuery(el, '.estimate-table'), 'no estimate');
    expect(resultRows(el)).to.deep.equal([
      ['Optique — monture', '150,00 €', '0,03 €', '100,00 €', '49,97 €'],
      ['Optique — verres (la paire)', '300,00 €', '0,06 €', '130,00 €', '169,94 €'],
      ['Total', '450,00 €', '0,09 €', '230,00 €', '219,91 €'],
    ]);
    const text = plain(deepText(deepQuery(el, '.result')!));
    expect(text).to.include('Forfaits et plafonds 2026');
    expect(text).to.include(
      'Forfait optique : 350,00 € par an ; déjà utilisé : 120,00 € ; pris par cette estimation : 230,00 € ; reste ensuite : 0,00 €.',
    );
    // The same module computes it everywhere.
    const same = estimate(
      CONFORT_TABLE,
      [
        { care: 'optical-frame', priceCents: 15_000 },
        { care: 'optical-lenses', priceCents: 30_000 },
      ],
      { 'optical-lenses': 12_000 },
      2026,
    );
    expect(same.totals.organisationCents).to.equal(23_000);
    // Changing a line: the estimate shown no longer holds.
    await fill(lines(el)[1]!, 'price', '320');
    expect(deepQuery(el, '.estimate-table')).to.equal(undefined);
    clickButton(el, 'Retirer la ligne 2');
    await waitUntil(() => lines(el).length === 1, 'line not removed');
  });

  it('« Envoyer mon devis »: the file is required (C4), then the quote goes with its lines; Suivi follows it', async () => {
    const sent: QuoteSent = {
      request: {
        id: 'r1',
        section: 'sante',
        kind: 'devis',
        label: 'Devis : Dentaire — couronne (prothèse)',
        status: 'pending',
        statusLabel: 'En cours de traitement',
        refusalReason: null,
        memberText: null,
        answer: null,
        answeredAt: null,
        createdAt: '2026-12-07T10:00:00Z',
        updatedAt: '2026-12-07T10:00:00Z',
        history: [],
        attachments: [],
        estimatedAt: '2026-12-14',
        late: false,
      },
      estimate: estimate(CONFORT_TABLE, [{ care: 'dental-crown', priceCents: 55_000 }], {}, 2026),
    };
    const posts = recordUploads(
      QUOTES,
      () => HttpResponse.json(sent, { status: 201 }),
      (body) => ({
        beneficiaire: body.get('beneficiaire'),
        lignes: body.get('lignes'),
      }),
    );
    const el = await page();
    await ready(el);
    await fillLine(el, 0, 'dental-crown', '550');
    clickButton(el, 'Estimer');
    await waitUntil(() => findButtons(el, 'Envoyer mon devis').length, 'no send');
    clickButton(el, 'Envoyer mon devis');
    await waitForFileError(el, UPLOAD_MESSAGES.required);
    expect(posts).to.deep.equal([]);
    expect(deepText(fileField(el).shadowRoot!.querySelector('#label')!)).to.include('Devis');
    await pick(el, fileOf('devis dentiste.pdf'));
    clickButton(el, 'Envoyer mon devis');
    await waitForText(el, QUOTE_SENT);
    expect(posts).to.deep.equal([
      {
        multipart: true,
        files: [['devis dentiste.pdf', 2048]],
        beneficiaire: 'b-julien',
        lignes: JSON.stringify([{ care: 'dental-crown', priceCents: 55_000 }]),
      },
    ]);
    const alert = deepQuery(el, 'pa-alert.sent')!;
    expect(plain(deepText(alert))).to.include('Traitement estimé le 14/12/2026');
    expect(links(alert, 'Suivre ma demande dans « Suivi »')[0]?.getAttribute('href')).to.equal(
      '/contact/suivi',
    );
    await waitForFocusIn(alert, 'the confirmation');
    await expect(el).to.be.accessible();
  });

  it('a refusal of the server shows its detail and keeps the file', async () => {
    recordUploads(QUOTES, () => problem(415, UPLOAD_MESSAGES.format));
    const el = await page();
    await ready(el);
    await fillLine(el, 0, 'gp-consultation', '30');
    clickButton(el, 'Estimer');
    await waitUntil(() => findButtons(el, 'Envoyer mon devis').length, 'no send');
    await pick(el, fileOf('devis.pdf'));
    clickButton(el, 'Envoyer mon devis');
    await waitUntil(() => deepQuery(el, 'pa-alert.send-error'), 'no refusal');
    expect(deepText(deepQuery(el, 'pa-alert.send-error')!)).to.include(UPLOAD_MESSAGES.format);
    expect(fileField(el).error).to.equal(UPLOAD_MESSAGES.format);
    expect(fileField(el).files.map((f) => f.name)).to.deep.equal(['devis.pdf']);
  });

  it('without a table for the contract, says so', async () => {
    worker.use(
      http.get(CONTEXT, () =>
        problem(404, "Le tableau de garanties de votre contrat n'est pas disponible en ligne."),
      ),
    );
    const el = await openSection('san-section', '/services/estimer-un-remboursement');
    await waitForText(el, "Le tableau de garanties de votre contrat n'est pas disponible en ligne.");
  });
});
