import { expect, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import {
  deepQuery,
  deepQueryAll,
  deepText,
  openSection,
  useSectionApi,
  waitForRow,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import type {
  HospitalGuarantee,
  HospitalGuaranteeOverview,
  HospitalGuaranteeRequest,
} from '../contract/index.js';
import '../web/define.js';
import {
  clickButton,
  describedBy,
  field,
  fill,
  links,
  problemWith,
  waitForFocusIn,
} from './adhesion-helpers.js';

const OLD: HospitalGuarantee = {
  id: 'g1',
  reference: 'PEC-2026-0001',
  beneficiary: 'Julien Bernard',
  establishment: 'CHU de Tours',
  admissionDate: '2026-03-10',
  stayKind: 'chirurgie',
  issuedAt: '2026-03-01T09:00:00Z',
  downloadUrl: '/api/adhesion/prises-en-charge/g1/pdf',
};

const OVERVIEW: HospitalGuaranteeOverview = {
  beneficiaries: [
    { id: 'b1', firstName: 'Julien', lastName: 'Bernard', birthDate: '1985-04-02', relationship: 'adherent' },
    { id: 'b2', firstName: 'Marion', lastName: 'Bernard', birthDate: '1987-06-12', relationship: 'conjoint' },
  ],
  items: [OLD],
};

const FORM: HospitalGuaranteeRequest = {
  beneficiaryId: 'b2',
  establishment: 'Clinique du Parc',
  admissionDate: '2026-12-02',
  stayKind: 'maternite',
};

async function page(): Promise<HTMLElement> {
  const el = await openSection('adh-section', '/adhesion/prise-en-charge');
  await waitForRow(el, 'g1');
  return el;
}

async function fillForm(el: HTMLElement, values: HospitalGuaranteeRequest = FORM): Promise<void> {
  for (const [name, value] of Object.entries(values)) await fill(el, name, value);
}

describe('B7 Prise en charge hospitalière', () => {
  useSectionApi();
  beforeEach(() => {
    worker.use(http.get('/api/adhesion/prises-en-charge', () => HttpResponse.json(OVERVIEW)));
  });

  it('shows the form with required fields marked, and the history with its download links', async () => {
    const el = await page();
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Prise en charge hospitalière');
    const labels = deepQueryAll(el, 'label').map((label) => label.textContent?.replace(/\s+/g, ' ').trim());
    expect(labels).to.include.members([
      'Bénéficiaire *',
      'Établissement *',
      "Date d'admission *",
      'Type de séjour *',
    ]);
    expect(deepText(el)).to.include("Les champs marqués d'un astérisque (*) sont obligatoires.");
    const beneficiaries = [...field(el, 'beneficiaryId').shadowRoot!.querySelectorAll('option')].map((o) =>
      o.textContent?.trim(),
    );
    expect(beneficiaries).to.deep.equal([
      'Choisissez…',
      'Julien Bernard (Adhérent)',
      'Marion Bernard (Conjoint)',
    ]);
    const stays = [...field(el, 'stayKind').shadowRoot!.querySelectorAll('option')].map((o) => o.value);
    expect(stays).to.deep.equal([
      '',
      'medecine',
      'chirurgie',
      'maternite',
      'ambulatoire',
      'psychiatrie',
      'soins_suite',
    ]);
    expect(field(el, 'admissionDate').shadowRoot!.querySelector('input')?.type).to.equal('date');
    expect(deepQueryAll(el, 'pa-button').map((b) => b.textContent?.trim())).to.include(
      'Obtenir la prise en charge',
    );

    expect(deepText(el)).to.include('Prises en charge obtenues');
    const headers = deepQueryAll(el, 'thead th').map((th) => th.textContent?.trim());
    expect(headers.slice(0, 5)).to.deep.equal([
      "Date d'émission",
      'Bénéficiaire',
      'Établissement',
      'Admission',
      'Type de séjour',
    ]);
    const row = deepQuery(el, 'tr[data-row-id="g1"]')!;
    expect(deepText(row))
      .to.include('01/03/2026')
      .and.include('Julien Bernard')
      .and.include('CHU de Tours')
      .and.include('10/03/2026')
      .and.include('Chirurgie');
    expect(links(row, 'Télécharger la prise en charge PEC-2026-0001')[0]?.getAttribute('href')).to.equal(
      '/api/adhesion/prises-en-charge/g1/pdf',
    );
    await expect(el).to.be.accessible();
  });

  it('checks required fields first and moves the focus to the first one', async () => {
    let posts = 0;
    worker.use(
      http.post('/api/adhesion/prises-en-charge', () => {
        posts++;
        return HttpResponse.json({}, { status: 500 });
      }),
    );
    const el = await page();
    await fill(el, 'establishment', 'Clinique du Parc');
    clickButton(el, 'Obtenir la prise en charge');
    await waitUntil(() => field(el, 'beneficiaryId').error, 'no required error');
    expect(field(el, 'beneficiaryId').error).to.equal('Choisissez le bénéficiaire.');
    expect(field(el, 'establishment').error).to.equal('');
    expect(field(el, 'admissionDate').error).to.equal("Saisissez la date d'admission.");
    expect(field(el, 'stayKind').error).to.equal('Choisissez le type de séjour.');
    await waitForFocusIn(field(el, 'beneficiaryId'), 'Bénéficiaire');
    expect(posts).to.equal(0);
  });

  it('shows each 400 field message under its field, tied by aria-describedby, focus on the first; nothing else changes', async () => {
    worker.use(
      http.post('/api/adhesion/prises-en-charge', () =>
        problemWith(400, 'Vérifiez les champs signalés.', {
          errors: [
            {
              field: 'admissionDate',
              detail: "La date d'admission doit être dans les 30 derniers jours ou l'année à venir.",
            },
            { field: 'establishment', detail: "Le nom de l'établissement est trop court." },
          ],
        }),
      ),
    );
    const el = await page();
    await fillForm(el);
    clickButton(el, 'Obtenir la prise en charge');
    await waitUntil(() => field(el, 'admissionDate').error, 'server errors not shown');
    expect(describedBy(el, 'establishment')).to.deep.equal(["Le nom de l'établissement est trop court."]);
    expect(describedBy(el, 'admissionDate')[0]).to.equal(
      "La date d'admission doit être dans les 30 derniers jours ou l'année à venir.",
    );
    const input = field(el, 'establishment').shadowRoot!.querySelector('input')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(getComputedStyle(field(el, 'establishment').shadowRoot!.querySelector('.error')!).color).to.equal(
      'rgb(192, 38, 45)',
    );
    expect(field(el, 'beneficiaryId').error).to.equal('');
    await waitForFocusIn(field(el, 'establishment'), 'the first field in error');
    // The form keeps what was typed; the history and the page stay as they were.
    expect(field(el, 'establishment').value).to.equal('Clinique du Parc');
    expect(field(el, 'stayKind').value).to.equal('maternite');
    expect(deepQueryAll(el, 'tbody tr')).to.have.length(1);
    expect(deepQuery(el, 'pa-alert')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('on 201 puts the new guarantee first, offers it for download and resets the form', async () => {
    let sent: unknown;
    const created: HospitalGuarantee = {
      id: 'g2',
      reference: 'PEC-2026-0042',
      beneficiary: 'Marion Bernard',
      establishment: 'Clinique du Parc',
      admissionDate: '2026-12-02',
      stayKind: 'maternite',
      issuedAt: '2026-11-23T10:00:00Z',
      downloadUrl: '/api/adhesion/prises-en-charge/g2/pdf',
    };
    worker.use(
      http.post('/api/adhesion/prises-en-charge', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(created, { status: 201 });
      }),
    );
    const el = await page();
    await fillForm(el);
    clickButton(el, 'Obtenir la prise en charge');
    await waitForText(el, 'Votre prise en charge est prête : téléchargez-la ci-dessous.');
    expect(sent).to.deep.equal(FORM);
    const alert = deepQuery(el, 'pa-alert.obtained')!;
    expect(alert.getAttribute('variant')).to.equal('success');
    expect(links(alert, 'Télécharger la prise en charge PEC-2026-0042')[0]?.getAttribute('href')).to.equal(
      '/api/adhesion/prises-en-charge/g2/pdf',
    );
    await waitForFocusIn(alert, 'the success message');
    const rows = deepQueryAll(el, 'tbody tr').map((tr) => tr.dataset['rowId']);
    expect(rows).to.deep.equal(['g2', 'g1']);
    expect(deepText(deepQuery(el, 'tr[data-row-id="g2"]')!))
      .to.include('Maternité')
      .and.include('02/12/2026');
    for (const name of Object.keys(FORM)) expect(field(el, name).value, name).to.equal('');
    await expect(el).to.be.accessible();
  });
});
