import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Employer, PublishableCategory } from '@portail/kernel/contract';
import { HttpResponse, http } from 'msw';
import {
  clickButton,
  deepQuery,
  deepQueryAll,
  deepText,
  describedBy,
  field,
  fill,
  problem,
  useSectionApi,
  waitForFocusIn,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import {
  fileField,
  fileOf,
  keptNames,
  PNG,
  pick,
  recordUploads,
  waitForFileError,
} from '../../shared-design/test/upload-helpers.js';
import { setManagerSession } from '../src/api.js';
import '../src/define.js';
import { type BoDocumentsPage, DOCUMENT_MESSAGES, publishedText } from '../src/pages/documents.js';

const CATEGORIES: PublishableCategory[] = [
  { category: 'contrat', label: 'Contrat' },
  { category: 'formulaire', label: 'Formulaires' },
  { category: 'document_cle', label: 'Documents clés' },
  { category: 'kit_adhesion', label: "Kit d'adhésion" },
];

const EMPLOYERS: Employer[] = [
  {
    id: 'e-1',
    name: 'Mairie de Bourges',
    adhesionCode: 'BOURGES2026',
    features: { demande_indemnisation: true },
    widgetOrigins: [],
    memberCount: 12,
  },
  {
    id: 'e-2',
    name: 'Conseil départemental du Cher',
    adhesionCode: null,
    features: { demande_indemnisation: false },
    widgetOrigins: [],
    memberCount: 1,
  },
];

async function chooseAudience(el: Element, label: string): Promise<void> {
  const option = deepQueryAll<HTMLLabelElement>(el, 'label.option').find((l) =>
    (l.textContent ?? '').includes(label),
  );
  if (!option) throw new Error(`no option « ${label} »`);
  option.querySelector('input')!.click();
  await (el as BoDocumentsPage).updateComplete;
}

function serveOptions(): void {
  worker.use(
    http.get('/api/gestion/documents/categories', () => HttpResponse.json({ items: CATEGORIES })),
    http.get('/api/gestion/employeurs', () => HttpResponse.json({ items: EMPLOYERS })),
  );
}

/** Records the publications POSTed (CSRF token, fields, files) and answers each with `answer`. */
function recordPublications(answer: () => Response) {
  return recordUploads('/api/gestion/documents', answer, (body, request) => {
    const text = (name: string) => {
      const value = body.get(name);
      return typeof value === 'string' ? value : null;
    };
    return {
      csrf: request.headers.get('X-CSRF-Token'),
      fields: Object.fromEntries(
        ['category', 'title', 'audience', 'memberIdentifier', 'employerId'].map((name) => [name, text(name)]),
      ),
    };
  });
}

async function page(): Promise<BoDocumentsPage> {
  const el = await fixture<BoDocumentsPage>(html`<bo-documents-page></bo-documents-page>`);
  await waitUntil(() => deepQuery(el, 'pa-file-field'), 'the form never showed', { timeout: 3000 });
  return el;
}

describe('H4 Documents (bo-documents-page)', () => {
  useSectionApi();
  beforeEach(() => {
    setManagerSession({
      manager: { id: 'g-1', login: 'gestion', displayName: 'Camille Martin' },
      csrfToken: 'jeton-csrf',
    });
  });
  afterEach(() => setManagerSession(null));

  it('offers the categories, the three audiences and the PDF, and is accessible', async () => {
    serveOptions();
    const el = await page();
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Documents');
    const categories = field(el, 'category').shadowRoot!.querySelectorAll('option');
    expect([...categories].map((o) => o.textContent)).to.deep.equal([
      'Choisissez…',
      'Contrat',
      'Formulaires',
      'Documents clés',
      "Kit d'adhésion",
    ]);
    expect(deepText(el))
      .to.include('Un adhérent')
      .and.include("Les adhérents d'un employeur")
      .and.include('Tous les adhérents')
      .and.include('Document (PDF)');
    expect(field(el, 'memberIdentifier').hasAttribute('required')).to.equal(true);
    await expect(el).to.be.accessible();

    await chooseAudience(el, "Les adhérents d'un employeur");
    expect(deepQuery(el, '[name="memberIdentifier"]')).to.equal(undefined);
    const employers = field(el, 'employerId').shadowRoot!.querySelectorAll('option');
    expect([...employers].map((o) => o.textContent)).to.deep.equal([
      'Choisissez…',
      'Mairie de Bourges (12 adhérents)',
      'Conseil départemental du Cher (1 adhérent)',
    ]);
    await expect(el).to.be.accessible();

    await chooseAudience(el, 'Tous les adhérents');
    expect(deepQuery(el, '[name="memberIdentifier"]')).to.equal(undefined);
    expect(deepQuery(el, '[name="employerId"]')).to.equal(undefined);
  });

  it('publishes to one member: multipart with the CSRF token, then the confirmation and an empty form', async () => {
    serveOptions();
    const posts = recordPublications(() => HttpResponse.json({ id: 'd-1', recipients: 1 }, { status: 201 }));
    const el = await page();
    await fill(el, 'category', 'contrat');
    await fill(el, 'title', 'Avenant 2026');
    await fill(el, 'memberIdentifier', 'AD100234');
    await pick(el, fileOf('avenant.pdf'));
    clickButton(el, 'Publier');
    await waitForText(el, 'Document publié : visible par 1 adhérent, signalé comme non lu.');
    expect(posts).to.deep.equal([
      {
        csrf: 'jeton-csrf',
        multipart: true,
        fields: {
          category: 'contrat',
          title: 'Avenant 2026',
          audience: 'member',
          memberIdentifier: 'AD100234',
          employerId: null,
        },
        files: [['avenant.pdf', 2048]],
      },
    ]);
    await waitForFocusIn(deepQuery(el, '.published'), 'the confirmation');
    expect(field(el, 'title').value).to.equal('');
    expect(fileField(el).files).to.deep.equal([]);
  });

  it("publishes to an employer's members and to all", async () => {
    serveOptions();
    let recipients = 12;
    const posts = recordPublications(() => HttpResponse.json({ id: 'd-2', recipients }, { status: 201 }));
    const el = await page();
    await fill(el, 'category', 'kit_adhesion');
    await fill(el, 'title', "Kit d'adhésion 2026");
    await chooseAudience(el, "Les adhérents d'un employeur");
    await fill(el, 'employerId', 'e-1');
    await pick(el, fileOf('kit.pdf'));
    clickButton(el, 'Publier');
    await waitForText(el, publishedText(12));
    expect(posts[0]?.fields).to.include({ audience: 'employer', employerId: 'e-1', memberIdentifier: null });

    recipients = 250;
    await fill(el, 'category', 'document_cle');
    await fill(el, 'title', 'Garanties 2026');
    await chooseAudience(el, 'Tous les adhérents');
    await pick(el, fileOf('garanties.pdf'));
    clickButton(el, 'Publier');
    await waitForText(el, 'Document publié : visible par 250 adhérents, signalé comme non lu.');
    expect(posts[1]?.fields).to.include({ audience: 'all', employerId: null, memberIdentifier: null });
  });

  it('checks the form before sending: required fields, and a PDF only', async () => {
    serveOptions();
    const posts = recordPublications(() => HttpResponse.json({ id: 'd-1', recipients: 1 }, { status: 201 }));
    const el = await page();
    clickButton(el, 'Publier');
    await waitForText(el, DOCUMENT_MESSAGES.invalid);
    expect(field(el, 'category').error).to.equal(DOCUMENT_MESSAGES.category);
    expect(field(el, 'title').error).to.equal(DOCUMENT_MESSAGES.title);
    expect(describedBy(el, 'memberIdentifier')).to.deep.equal([DOCUMENT_MESSAGES.memberIdentifier]);
    expect(fileField(el).error).to.equal(DOCUMENT_MESSAGES.file);
    await waitForFocusIn(field(el, 'category'), 'the first field in error');
    await expect(el).to.be.accessible();

    await fill(el, 'category', 'contrat');
    await fill(el, 'title', 'Avenant');
    await fill(el, 'memberIdentifier', 'AD100234');
    await pick(el, fileOf('scan.png', PNG));
    clickButton(el, 'Publier');
    await waitForFileError(el, DOCUMENT_MESSAGES.pdf);
    expect(field(el, 'title').error).to.equal('');
    expect(posts).to.deep.equal([]);
  });

  it("marks the server's field errors and keeps what was typed", async () => {
    serveOptions();
    recordPublications(() =>
      problem(400, 'Le document ne peut pas être publié.', {
        errors: [{ field: 'memberIdentifier', detail: 'Aucun adhérent ne porte cet identifiant.' }],
      }),
    );
    const el = await page();
    await fill(el, 'category', 'contrat');
    await fill(el, 'title', 'Avenant');
    await fill(el, 'memberIdentifier', 'INCONNU');
    await pick(el, fileOf('avenant.pdf'));
    clickButton(el, 'Publier');
    await waitForText(el, 'Le document ne peut pas être publié.');
    expect(field(el, 'memberIdentifier').error).to.equal('Aucun adhérent ne porte cet identifiant.');
    await waitForFocusIn(field(el, 'memberIdentifier'), 'the identifier');
    expect(field(el, 'title').value).to.equal('Avenant');
    expect(keptNames(el)).to.deep.equal(['avenant.pdf']);
  });

  it('marks the file when the server refuses it (415)', async () => {
    serveOptions();
    recordPublications(() => problem(415, 'Formats acceptés : JPG, PNG, PDF'));
    const el = await page();
    await fill(el, 'category', 'contrat');
    await fill(el, 'title', 'Avenant');
    await fill(el, 'memberIdentifier', 'AD100234');
    await pick(el, fileOf('avenant.pdf'));
    clickButton(el, 'Publier');
    await waitForFileError(el, 'Formats acceptés : JPG, PNG, PDF');
  });

  it('says when the categories cannot be loaded, with « Réessayer »', async () => {
    worker.use(
      http.get('/api/gestion/documents/categories', () => problem(500, 'Erreur interne.')),
      http.get('/api/gestion/employeurs', () => HttpResponse.json({ items: EMPLOYERS })),
    );
    const el = await fixture<BoDocumentsPage>(html`<bo-documents-page></bo-documents-page>`);
    await waitForText(el, 'Erreur interne.');
    serveOptions();
    clickButton(el, 'Réessayer');
    await waitUntil(() => deepQuery(el, 'pa-file-field'), 'the form never showed');
  });
});
