import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PayeeFile, RecordedPayment } from '@portail/kernel/contract';
import { sectionSummary } from '@portail/kernel/contract/section';
import { centsFromEuros, type GestionCall, PAYMENT_MESSAGES } from '@portail/shared-design/gestion';
import { HttpResponse, http } from 'msw';
import type { NewIndemnityPayment } from '../../mfe-indemnisations/contract/index.js';
import { indemnisationsSection } from '../../mfe-indemnisations/section.js';
import type { NewHealthReimbursement } from '../../mfe-sante/contract/index.js';
import { santeSection } from '../../mfe-sante/section.js';
import {
  clickButton,
  deepQuery,
  deepQueryAll,
  deepText,
  describedBy,
  field,
  fill,
  problem,
  waitForFocusIn,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { paymentChoices } from '../src/pages/paiements.js';
import { PAYEE_NOT_FOUND } from '../src/pages/payee-lookup.js';
import { useGestionApi } from './fixtures.js';

const API = '/api/gestion';

/** The payment forms the two sections' manifests declare, as the host's page would list them. */
const CHOICES = paymentChoices([indemnisationsSection, santeSection].map(sectionSummary));

/** The sections' back-office bundles, as the import map would give them. */
const PARTS: Record<string, () => Promise<unknown>> = {
  '@portail/mfe-indemnisations/gestion': () => import('../../mfe-indemnisations/web/gestion/define.js'),
  '@portail/mfe-sante/gestion': () => import('../../mfe-sante/web/gestion/define.js'),
};
const importPart = (specifier: string) => PARTS[specifier]!();

const PAYEE: PayeeFile = {
  memberId: 'm-1',
  identifier: 'AD100234',
  name: 'Claire Bernard',
  memberships: [
    {
      id: 'ms-prev',
      contract: 'Prévoyance collective',
      kind: 'prevoyance',
      employer: 'Mairie de Bourges',
      number: 'P-0042',
    },
    { id: 'ms-sante', contract: 'Santé individuelle', kind: 'sante', employer: null, number: 'S-0099' },
  ],
  beneficiaries: [
    { id: 'b-1', name: 'Claire Bernard', relationship: 'Assurée' },
    { id: 'b-2', name: 'Léa Bernard', relationship: 'Enfant' },
  ],
  alerts: { email: true, sms: true },
};

function servePayee(payee: PayeeFile = PAYEE): string[] {
  const asked: string[] = [];
  worker.use(
    http.get(`${API}/adherents/:identifier`, ({ params }) => {
      asked.push(String(params['identifier']));
      return params['identifier'] === payee.identifier
        ? HttpResponse.json(payee)
        : problem(404, 'Adhérent introuvable.');
    }),
  );
  return asked;
}

function recordPosts<B>(path: string, answer: () => Response): B[] {
  const posts: B[] = [];
  worker.use(
    http.post(`${API}/${path}`, async ({ request }) => {
      posts.push((await request.json()) as B);
      return answer();
    }),
  );
  return posts;
}

function recorded(payment: Partial<RecordedPayment> = {}): Response {
  return HttpResponse.json(
    { id: 'p-1', netCents: 123456, alerted: { email: true, sms: true }, ...payment },
    { status: 201 },
  );
}

async function page(call?: GestionCall): Promise<HTMLElement> {
  const el = call
    ? await fixture<HTMLElement>(
        html`<bo-paiements-page .choices=${CHOICES} .importPart=${importPart} .call=${call}></bo-paiements-page>`,
      )
    : await fixture<HTMLElement>(
        html`<bo-paiements-page .choices=${CHOICES} .importPart=${importPart}></bo-paiements-page>`,
      );
  await waitUntil(() => deepQuery(el, 'pa-text-field[name="identifier"]'), 'the lookup never showed');
  return el;
}

/** The first `selector` in the shadow root of the `host` element below `el`. */
function inside(el: Element, host: string, selector: string): HTMLElement | undefined {
  return deepQuery(el, host)?.shadowRoot?.querySelector<HTMLElement>(selector) ?? undefined;
}

/** Clicks the radio button whose label says `label`. */
async function choose(el: Element, label: string): Promise<void> {
  const option = deepQueryAll<HTMLLabelElement>(el, 'label.option').find((l) =>
    (l.textContent ?? '').includes(label),
  );
  if (!option) throw new Error(`no option « ${label} »`);
  option.querySelector('input')!.click();
  await waitUntil(() => true);
}

async function lookUp(el: Element, identifier = PAYEE.identifier): Promise<void> {
  await fill(el, 'identifier', identifier);
  clickButton(el, 'Rechercher');
}

async function foundPayee(el: Element): Promise<void> {
  await lookUp(el);
  await waitForText(el, 'Adhérent : Claire Bernard');
}

async function fillIndemnity(el: Element): Promise<void> {
  await fill(el, 'nature', 'Maladie ordinaire');
  await fill(el, 'eventDate', '2026-02-27');
  await fill(el, 'periodStart', '2026-03-01');
  await fill(el, 'periodEnd', '2026-03-31');
  await fill(el, 'paidOn', '2026-04-05');
  await fill(el, 'grossCents', '1 500,00');
  await fill(el, 'deductions.0.amountCents', '100');
  await fill(el, 'deductions.1.amountCents', '165,44');
  await fill(el, 'fullPayDays', '30');
  await fill(el, 'dailyAmountCents', '50');
}

async function fillAct(el: Element, index: number, act: Record<string, string>): Promise<void> {
  for (const [part, value] of Object.entries(act)) await fill(el, `acts.${index}.${part}`, value);
}

describe('H5 Paiements (bo-paiements-page)', () => {
  useGestionApi();
  // Compiled once here, not within a test's wait for its form.
  before(() => Promise.all(Object.values(PARTS).map((load) => load())));

  it('reads euros typed the French way as cents', () => {
    expect(centsFromEuros('1 234,56')).to.equal(123456);
    expect(centsFromEuros('1234.5')).to.equal(123450);
    expect(centsFromEuros('12 €')).to.equal(1200);
    expect(centsFromEuros('0,07')).to.equal(7);
    expect(centsFromEuros('-3')).to.equal(-300);
    expect(centsFromEuros('12,345')).to.equal(null);
    expect(centsFromEuros('douze')).to.equal(null);
  });

  it('an unknown identifier is said under the field, which keeps the focus', async () => {
    servePayee();
    const el = await page();
    await lookUp(el, 'INCONNU');
    await waitUntil(() => field(el, 'identifier').error === PAYEE_NOT_FOUND, 'no error');
    expect(describedBy(el, 'identifier')).to.deep.equal([PAYEE_NOT_FOUND]);
    await waitForFocusIn(field(el, 'identifier'), 'the identifier');
    expect(deepText(el)).not.to.include('Type de paiement');
  });

  it('an empty identifier is refused without calling the API', async () => {
    const asked = servePayee();
    const el = await page();
    clickButton(el, 'Rechercher');
    await waitUntil(() => field(el, 'identifier').error === PAYMENT_MESSAGES.required, 'no error');
    expect(asked).to.deep.equal([]);
  });

  it('shows the member found (name, memberships, alert preferences) and the kinds of payment', async () => {
    servePayee();
    const el = await page();
    await foundPayee(el);
    const text = deepText(el);
    expect(text)
      .to.include('Identifiant : AD100234')
      .and.include('Prévoyance — Prévoyance collective — Mairie de Bourges — n° P-0042')
      .and.include('Santé — Santé individuelle — n° S-0099')
      .and.include("L'adhérent sera alerté du paiement par e-mail et par SMS.")
      .and.include('Indemnité prévoyance')
      .and.include('Remboursement santé');
    await waitForFocusIn(inside(el, 'bo-payee-lookup', 'h2'), 'the member found');
    await expect(el).to.be.accessible();
  });

  it('records an indemnity: the net follows the amounts, the POST holds cents, the confirmation says the alerts', async () => {
    servePayee();
    const posts = recordPosts<NewIndemnityPayment>('indemnisations/indemnites', () => recorded());
    const el = await page();
    await foundPayee(el);
    await choose(el, 'Indemnité prévoyance');
    await waitUntil(() => inside(el, 'ind-indemnity-payment-form', 'form'), 'no form');
    // The only prévoyance membership is chosen already; CSG and CRDS are offered.
    expect(field(el, 'membershipId').value).to.equal('ms-prev');
    expect(field(el, 'deductions.0.label').value).to.equal('CSG');
    expect(field(el, 'deductions.1.label').value).to.equal('CRDS');
    await fillIndemnity(el);
    await waitForText(el, 'Net à payer : 1 234,56 €');
    await expect(el).to.be.accessible();

    clickButton(el, 'Enregistrer le paiement');
    await waitForText(el, 'Paiement enregistré : 1 234,56 €. Alerte envoyée par e-mail et SMS.');
    expect(posts).to.deep.equal([
      {
        membershipId: 'ms-prev',
        nature: 'Maladie ordinaire',
        eventDate: '2026-02-27',
        periodStart: '2026-03-01',
        periodEnd: '2026-03-31',
        paidOn: '2026-04-05',
        method: 'virement',
        grossCents: 150000,
        deductions: [
          { label: 'CSG', amountCents: 10000 },
          { label: 'CRDS', amountCents: 16544 },
        ],
        fullPayDays: 30,
        halfPayDays: 0,
        dailyAmountCents: 5000,
      },
    ]);
    await waitForFocusIn(deepQuery(el, '.recorded'), 'the confirmation');
    // Emptied for the next payment.
    expect(field(el, 'grossCents').value).to.equal('');
    expect(field(el, 'nature').value).to.equal('');
  });

  it('adds and removes deductions, and pays by cheque', async () => {
    servePayee();
    const posts = recordPosts<NewIndemnityPayment>('indemnisations/indemnites', () =>
      recorded({ netCents: 140000, alerted: { email: false, sms: true } }),
    );
    const el = await page();
    await foundPayee(el);
    await choose(el, 'Indemnité prévoyance');
    await waitUntil(() => inside(el, 'ind-indemnity-payment-form', 'form'), 'no form');
    await fillIndemnity(el);
    clickButton(el, 'Retirer la retenue 2 (CRDS)');
    await waitUntil(() => !deepText(el).includes('Retenue 2'), 'the row stayed');
    clickButton(el, 'Ajouter une retenue');
    await waitUntil(() => deepText(el).includes('Retenue 2'), 'no new row');
    await waitForFocusIn(field(el, 'deductions.1.label'), 'the new row');
    await fill(el, 'deductions.1.label', 'Précompte');
    await fill(el, 'deductions.1.amountCents', '0');
    await choose(el, 'Chèque');
    await waitForText(el, 'Net à payer : 1 400,00 €');
    clickButton(el, 'Enregistrer le paiement');
    await waitForText(el, 'Paiement enregistré : 1 400,00 €. Alerte envoyée par SMS.');
    expect(posts[0]?.method).to.equal('cheque');
    expect(posts[0]?.deductions).to.deep.equal([
      { label: 'CSG', amountCents: 10000 },
      { label: 'Précompte', amountCents: 0 },
    ]);
  });

  it('checks the indemnity before sending: required fields, amounts ≥ 0, end ≥ start, net ≥ 0', async () => {
    servePayee();
    const posts = recordPosts<NewIndemnityPayment>('indemnisations/indemnites', () => recorded());
    const el = await page();
    await foundPayee(el);
    await choose(el, 'Indemnité prévoyance');
    await waitUntil(() => inside(el, 'ind-indemnity-payment-form', 'form'), 'no form');

    clickButton(el, 'Enregistrer le paiement');
    await waitForText(el, PAYMENT_MESSAGES.invalid);
    expect(field(el, 'nature').error).to.equal(PAYMENT_MESSAGES.required);
    expect(field(el, 'grossCents').error).to.equal(PAYMENT_MESSAGES.required);
    expect(field(el, 'deductions.0.amountCents').error).to.equal(PAYMENT_MESSAGES.required);
    await waitForFocusIn(field(el, 'nature'), 'the first field in error');

    await fillIndemnity(el);
    await fill(el, 'periodEnd', '2026-02-28');
    await fill(el, 'grossCents', '100');
    await fill(el, 'dailyAmountCents', '-5');
    await fill(el, 'fullPayDays', '2,5');
    clickButton(el, 'Enregistrer le paiement');
    await waitUntil(() => field(el, 'periodEnd').error === PAYMENT_MESSAGES.periodEnd, 'no period error');
    expect(field(el, 'nature').error).to.equal('');
    expect(field(el, 'dailyAmountCents').error).to.equal(PAYMENT_MESSAGES.negative);
    expect(field(el, 'fullPayDays').error).to.equal(PAYMENT_MESSAGES.days);
    expect(deepText(el)).to.include(PAYMENT_MESSAGES.net).and.include('Net à payer : −165,44 €');
    await waitForFocusIn(field(el, 'periodEnd'), 'the first field in error');
    await expect(el).to.be.accessible();
    expect(posts).to.deep.equal([]);
  });

  it('refuses a gross amount that is not the days times the daily allowance, on its field', async () => {
    servePayee();
    const posts = recordPosts<NewIndemnityPayment>('indemnisations/indemnites', () => recorded());
    const el = await page();
    await foundPayee(el);
    await choose(el, 'Indemnité prévoyance');
    await waitUntil(() => inside(el, 'ind-indemnity-payment-form', 'form'), 'no form');
    await fillIndemnity(el);
    // 1 000 € for 29 days at 45 €.
    await fill(el, 'grossCents', '1 000');
    await fill(el, 'deductions.0.amountCents', '0');
    await fill(el, 'deductions.1.amountCents', '0');
    await fill(el, 'fullPayDays', '29');
    await fill(el, 'dailyAmountCents', '45');
    clickButton(el, 'Enregistrer le paiement');
    const expected =
      'Le montant brut ne correspond pas aux jours indemnisés : 29 jours à plein traitement à 45,00 € font 1 305,00 €.';
    const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');
    await waitUntil(() => plain(field(el, 'grossCents').error) === expected, 'no error on the gross amount');
    expect(plain(describedBy(el, 'grossCents')[0])).to.equal(expected);
    await waitForFocusIn(field(el, 'grossCents'), 'the gross amount');
    expect(deepText(el)).to.include(PAYMENT_MESSAGES.invalid);
    expect(posts).to.deep.equal([]);

    // Half pay counts half the daily allowance: 9 × 45 € + 20 × 22,50 € = 855 €.
    await fill(el, 'fullPayDays', '9');
    await fill(el, 'halfPayDays', '20');
    await fill(el, 'grossCents', '855');
    clickButton(el, 'Enregistrer le paiement');
    await waitForText(el, 'Paiement enregistré');
    expect(posts[0]).to.include({
      grossCents: 85500,
      fullPayDays: 9,
      halfPayDays: 20,
      dailyAmountCents: 4500,
    });
  });

  it("marks the server's field errors and keeps what was typed", async () => {
    servePayee();
    recordPosts<NewIndemnityPayment>('indemnisations/indemnites', () =>
      problem(400, 'Certaines informations sont incorrectes.', {
        errors: [
          { field: 'periodStart', detail: "La période commence avant l'évènement." },
          { field: 'deductions.1.amountCents', detail: 'Retenue trop élevée.' },
        ],
      }),
    );
    const el = await page();
    await foundPayee(el);
    await choose(el, 'Indemnité prévoyance');
    await waitUntil(() => inside(el, 'ind-indemnity-payment-form', 'form'), 'no form');
    await fillIndemnity(el);
    clickButton(el, 'Enregistrer le paiement');
    await waitForText(el, 'Certaines informations sont incorrectes.');
    expect(describedBy(el, 'periodStart')[0]).to.equal("La période commence avant l'évènement.");
    expect(field(el, 'deductions.1.amountCents').error).to.equal('Retenue trop élevée.');
    expect(field(el, 'grossCents').value).to.equal('1 500,00');
    await waitForFocusIn(field(el, 'periodStart'), 'the first field in error');
  });

  it('records a health reimbursement with its acts and their total', async () => {
    servePayee({ ...PAYEE, alerts: { email: true, sms: false } });
    const posts = recordPosts<NewHealthReimbursement>('sante/remboursements', () =>
      recorded({ netCents: 4250, alerted: { email: true, sms: false } }),
    );
    const el = await page();
    await foundPayee(el);
    expect(deepText(el)).to.include("L'adhérent sera alerté du paiement par e-mail.");
    await choose(el, 'Remboursement santé');
    await waitUntil(() => inside(el, 'san-reimbursement-form', 'form'), 'no form');
    await fill(el, 'paidOn', '2026-06-14');
    await fillAct(el, 0, {
      beneficiaryId: 'b-2',
      actDate: '2026-06-02',
      label: 'Consultation généraliste',
      realCostCents: '30',
      baseCents: '30',
      socialSecurityCents: '21',
      organisationCents: '9',
    });
    clickButton(el, 'Ajouter un acte');
    await waitUntil(() => deepText(el).includes('Acte 2'), 'no second act');
    await waitForFocusIn(field(el, 'acts.1.beneficiaryId'), 'the new act');
    await fillAct(el, 1, {
      beneficiaryId: 'b-1',
      actDate: '2026-06-03',
      label: 'Pharmacie',
      realCostCents: '40,50',
      baseCents: '40,50',
      socialSecurityCents: '7',
      organisationCents: '33,50',
    });
    clickButton(el, 'Ajouter un acte');
    await waitUntil(() => deepText(el).includes('Acte 3'), 'no third act');
    clickButton(el, "Retirer l'acte 3");
    await waitUntil(() => !deepText(el).includes('Acte 3'), 'the act stayed');
    await waitForText(el, 'Total remboursé : 42,50 €');
    await expect(el).to.be.accessible();

    clickButton(el, 'Enregistrer le paiement');
    await waitForText(el, 'Paiement enregistré : 42,50 €. Alerte envoyée par e-mail.');
    expect(posts).to.deep.equal([
      {
        memberId: 'm-1',
        paidOn: '2026-06-14',
        method: 'virement',
        acts: [
          {
            beneficiaryId: 'b-2',
            actDate: '2026-06-02',
            label: 'Consultation généraliste',
            realCostCents: 3000,
            baseCents: 3000,
            socialSecurityCents: 2100,
            organisationCents: 900,
          },
          {
            beneficiaryId: 'b-1',
            actDate: '2026-06-03',
            label: 'Pharmacie',
            realCostCents: 4050,
            baseCents: 4050,
            socialSecurityCents: 700,
            organisationCents: 3350,
          },
        ],
      },
    ]);
    expect(field(el, 'acts.0.label').value).to.equal('');
  });

  it("checks the acts, then marks the server's errors on them", async () => {
    servePayee();
    recordPosts<NewHealthReimbursement>('sante/remboursements', () =>
      problem(400, 'Le remboursement est incorrect.', {
        errors: [
          { field: 'acts.0.organisationCents', detail: 'La part de l’organisme dépasse les frais réels.' },
        ],
      }),
    );
    const el = await page();
    await foundPayee(el);
    await choose(el, 'Remboursement santé');
    await waitUntil(() => inside(el, 'san-reimbursement-form', 'form'), 'no form');
    clickButton(el, 'Enregistrer le paiement');
    await waitForText(el, PAYMENT_MESSAGES.invalid);
    expect(field(el, 'acts.0.beneficiaryId').error).to.equal(PAYMENT_MESSAGES.required);
    expect(field(el, 'acts.0.realCostCents').error).to.equal(PAYMENT_MESSAGES.required);
    await waitForFocusIn(field(el, 'acts.0.beneficiaryId'), 'the first field in error');

    await fillAct(el, 0, {
      beneficiaryId: 'b-1',
      actDate: '2026-06-02',
      label: 'Optique',
      realCostCents: '300',
      baseCents: '0,09',
      socialSecurityCents: '0,05',
      organisationCents: '500',
    });
    clickButton(el, 'Enregistrer le paiement');
    await waitForText(el, 'Le remboursement est incorrect.');
    expect(field(el, 'acts.0.organisationCents').error).to.equal(
      'La part de l’organisme dépasse les frais réels.',
    );
    expect(field(el, 'acts.0.realCostCents').error).to.equal('');
  });

  it('a reimbursement already recorded (409): the reason is said, the act marked, nothing emptied', async () => {
    servePayee();
    const detail =
      "L'acte « Consultation » du 02/06/2026 de Claire Bernard, 9,00 € à la charge de l'organisme, est déjà remboursé (règlement du 14/06/2026). Ce remboursement n'a pas été enregistré.";
    recordPosts<NewHealthReimbursement>('sante/remboursements', () =>
      problem(409, detail, {
        code: 'payment-duplicate',
        errors: [{ field: 'acts.0.actDate', detail: 'Acte déjà remboursé (règlement du 14/06/2026).' }],
      }),
    );
    const el = await page();
    await foundPayee(el);
    await choose(el, 'Remboursement santé');
    await waitUntil(() => inside(el, 'san-reimbursement-form', 'form'), 'no form');
    await fillAct(el, 0, {
      beneficiaryId: 'b-1',
      actDate: '2026-06-02',
      label: 'Consultation',
      realCostCents: '30',
      baseCents: '30',
      socialSecurityCents: '21',
      organisationCents: '9',
    });
    clickButton(el, 'Enregistrer le paiement');
    await waitForText(el, detail);
    expect(field(el, 'acts.0.actDate').error).to.equal('Acte déjà remboursé (règlement du 14/06/2026).');
    await waitForFocusIn(field(el, 'acts.0.actDate'), 'the act already paid');
    expect(field(el, 'acts.0.label').value).to.equal('Consultation');
    expect(deepText(el)).not.to.include('Paiement enregistré');
  });

  it('only offers the kinds of payment the memberships allow, and calls the API through `call`', async () => {
    const calls: { path: string; method: string }[] = [];
    const call: GestionCall = async <T>(path: string, init?: { method?: string; body?: unknown }) => {
      calls.push({ path, method: init?.method ?? 'GET' });
      if (path.endsWith('/adherents/AD100234')) {
        return { ...PAYEE, memberships: PAYEE.memberships.filter((m) => m.kind === 'sante') } as T;
      }
      return { id: 'p-2', netCents: 900, alerted: { email: false, sms: false } } as T;
    };
    const el = await page(call);
    await foundPayee(el);
    // The only kind there is comes chosen.
    await waitUntil(() => inside(el, 'san-reimbursement-form', 'form'), 'no form');
    expect(deepText(el)).not.to.include('Indemnité prévoyance');
    await fillAct(el, 0, {
      beneficiaryId: 'b-1',
      actDate: '2026-06-02',
      label: 'Consultation',
      realCostCents: '30',
      baseCents: '30',
      socialSecurityCents: '21',
      organisationCents: '9',
    });
    clickButton(el, 'Enregistrer le paiement');
    await waitForText(
      el,
      "Paiement enregistré : 9,00 €. Aucune alerte envoyée : l'adhérent n'en a pas demandé.",
    );
    expect(calls).to.deep.equal([
      { path: '/api/gestion/adherents/AD100234', method: 'GET' },
      { path: '/api/gestion/sante/remboursements', method: 'POST' },
    ]);
  });

  it('says when the service cannot be reached', async () => {
    worker.use(http.get(`${API}/adherents/:identifier`, () => HttpResponse.error()));
    const el = await page();
    await lookUp(el);
    await waitForText(el, 'Le service est momentanément indisponible.');
  });
});
