import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { UPLOAD_MESSAGES } from '@portail/kernel/contract';
import { delay, HttpResponse, http } from 'msw';
import {
  clickButton,
  control,
  deepQuery,
  deepText,
  describedBy,
  field,
  fill,
  findButtons,
  goTo,
  links,
  problem,
  useSectionApi,
  waitForFocusIn,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import {
  EXE,
  expectRefused,
  fileField,
  fileOf,
  keptNames,
  MB,
  PDF,
  PNG,
  pick,
  recordUploads,
  waitForFileError,
} from '../../shared-design/test/upload-helpers.js';
import { SENDING_MESSAGE_MAX_LENGTH, type Sending, type SendingContact } from '../contract/index.js';
import '../web/pages/define-justificatifs.js';

const ENDPOINT = '/api/indemnisations/justificatifs';
const CONTACT = '/api/indemnisations/justificatifs/contact';
const SENT = 'Vos justificatifs ont été envoyés.';
const CONTACT_ANSWER: SendingContact = { email: 'claire.bernard@exemple.fr', phone: '06 12 34 56 78' };

function sending(overrides: Partial<Sending> = {}): Sending {
  return {
    id: 'e1',
    reference: 'JU-E1000000',
    sentAt: '2026-05-12T09:30:00Z',
    kind: 'justificatifs',
    kindLabel: 'Justificatifs',
    documents: [
      {
        id: 'e1-b',
        label: "Bordereau d'envoi",
        fileName: 'bordereau-envoi.pdf',
        sizeBytes: 40_000,
        downloadUrl: '/api/indemnisations/envois/e1/documents/e1-b',
      },
      {
        id: 'e1-f1',
        label: 'arret.pdf',
        fileName: 'arret.pdf',
        sizeBytes: 2048,
        downloadUrl: '/api/indemnisations/envois/e1/documents/e1-f1',
      },
    ],
    ...overrides,
  };
}

/** Records the sendings POSTed (message, e-mail, phone, files) and answers each with `answer`. */
function recordSendings(answer: () => Response | Promise<Response>) {
  return recordUploads(ENDPOINT, answer, (body) => ({
    fields: { message: body.get('message'), email: body.get('email'), telephone: body.get('telephone') },
  }));
}

function serveContact(answer: () => Response = () => HttpResponse.json(CONTACT_ANSWER)): void {
  worker.use(http.get(CONTACT, answer));
}

async function page(): Promise<HTMLElement> {
  goTo('/indemnisations/justificatifs');
  const el = await fixture<HTMLElement>(
    html`<ind-supporting-documents-page></ind-supporting-documents-page>`,
  );
  await waitUntil(() => deepQuery(el, 'form'), 'the form never showed', { timeout: 3000 });
  return el;
}

describe('C4 Envoi de justificatifs (ind-supporting-documents-page)', () => {
  useSectionApi();

  it('shows the manual’s texts, the message, the e-mail and phone pre-filled, « Mes documents » and « Envoyer »', async () => {
    serveContact();
    const el = await page();
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Envoi de justificatifs');
    expect(deepText(el))
      .to.include('Ce menu vous permet de transmettre les justificatifs relatifs aux indemnisations.')
      .and.include('Envoyer mes justificatifs pour indemnisation')
      .and.include('ces informations apparaîtront sur le bordereau d')
      .and.include(
        'Information : une fois les fichiers envoyés, vous pouvez les retrouver via le menu « Historique des envois ».',
      );
    expect(field(el, 'email').value).to.equal('claire.bernard@exemple.fr');
    expect(field(el, 'telephone').value).to.equal('06 12 34 56 78');
    expect(field(el, 'message').value).to.equal('');
    expect(field(el, 'email').hasAttribute('required')).to.equal(true);
    expect(field(el, 'telephone').hasAttribute('required')).to.equal(false);
    expect(field(el, 'message').hasAttribute('required')).to.equal(false);
    expect(deepText(field(el, 'message').shadowRoot!.querySelector('label')!)).to.equal(
      'Mon message (facultatif)',
    );
    expect((control(el, 'message') as HTMLTextAreaElement).maxLength).to.equal(SENDING_MESSAGE_MAX_LENGTH);
    expect(describedBy(el, 'message')).to.include('1 000 caractères restants');
    expect((control(el, 'email') as HTMLInputElement).type).to.equal('email');
    expect((control(el, 'telephone') as HTMLInputElement).type).to.equal('tel');

    const files = fileField(el);
    expect(files.required).to.equal(true);
    expect(deepText(files.shadowRoot!.querySelector('#label')!)).to.include('Mes documents');
    expect(deepText(files.shadowRoot!.querySelector('button.add')!).trim()).to.equal(
      'Ajouter un justificatif',
    );
    expect(deepText(files.shadowRoot!.querySelector('#hint')!)).to.include(
      'Chaque fichier doit respecter le format JPG, PNG ou PDF et ne pas dépasser la taille limite de 3.5Mo.',
    );
    expect(findButtons(el, 'Envoyer')[0]?.getAttribute('type')).to.equal('submit');
    expect(links(el, 'Historique des envois')[0]?.getAttribute('href')).to.equal(
      '/indemnisations/historique-envois',
    );
    await expect(el).to.be.accessible();
  });

  it('marks a wrong e-mail and a wrong phone, focus on the first, and sends nothing', async () => {
    serveContact();
    const posts = recordSendings(() => HttpResponse.json({}, { status: 500 }));
    const el = await page();
    await pick(el, fileOf('arret.pdf'));
    await fill(el, 'email', 'claire.bernard@');
    await fill(el, 'telephone', '06 12 34');
    clickButton(el, 'Envoyer');
    await waitUntil(() => field(el, 'email').error, 'no e-mail error');
    expect(describedBy(el, 'email')[0]).to.equal(
      'Adresse e-mail invalide (exemple : prenom.nom@exemple.fr).',
    );
    expect(control(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(el, 'telephone')[0]).to.equal(
      'Numéro de téléphone invalide (exemple : 06 12 34 56 78).',
    );
    await waitForFocusIn(field(el, 'email'), 'the e-mail');
    expect(posts).to.deep.equal([]);
    await expect(el).to.be.accessible();

    // An empty e-mail is asked for; typing clears the message of a field.
    await fill(el, 'email', '');
    await fill(el, 'telephone', '+33 6 12 34 56 78');
    clickButton(el, 'Envoyer');
    await waitUntil(
      () => field(el, 'email').error === 'Saisissez votre adresse e-mail.',
      'no required error',
    );
    expect(field(el, 'telephone').error).to.equal('');
    await fill(el, 'email', 'c');
    expect(field(el, 'email').error).to.equal('');
    expect(posts).to.deep.equal([]);
  });

  it('without a document says so in the field, focus on it', async () => {
    serveContact();
    const posts = recordSendings(() => HttpResponse.json({}, { status: 500 }));
    const el = await page();
    clickButton(el, 'Envoyer');
    await waitForFileError(el, UPLOAD_MESSAGES.required);
    await waitForFocusIn(fileField(el), 'the file field');
    expect(posts).to.deep.equal([]);
  });

  it('refuses in the field a 4 Mo file, a renamed .exe, an 11th file and a total over 10 Mo', async () => {
    serveContact();
    const el = await page();
    await pick(el, fileOf('gros.pdf', PDF, 4 * MB));
    expectRefused(el, 'gros.pdf', 'Taille maximale de fichier acceptée : 3.5Mo.');
    await pick(el, fileOf('facture.pdf', EXE, 4096));
    expectRefused(el, 'facture.pdf', 'Formats acceptés : JPG, PNG, PDF');
    expect(fileField(el).files).to.deep.equal([]);

    // Three files of 3.4 Mo: the third goes over 10 Mo.
    await pick(
      el,
      fileOf('a.pdf', PDF, 3.4 * MB),
      fileOf('b.png', PNG, 3.4 * MB),
      fileOf('c.pdf', PDF, 3.4 * MB),
    );
    expectRefused(el, 'c.pdf', 'Taille totale des fichiers acceptée : 10Mo.');
    expect(keptNames(el)).to.deep.equal(['a.pdf', 'b.png']);
    fileField(el).clear();

    const ten = Array.from({ length: 10 }, (_, i) => fileOf(`piece-${i + 1}.pdf`));
    await pick(el, ...ten);
    expect(fileField(el).files).to.have.length(10);
    await pick(el, fileOf('piece-11.pdf'));
    expectRefused(el, 'piece-11.pdf', UPLOAD_MESSAGES.fileCount);
    expect(fileField(el).files).to.have.length(10);
    await expect(el).to.be.accessible();
  });

  it('sends message, e-mail, phone and files as multipart with its progress, then links the bordereau; e-mail and phone stay', async () => {
    serveContact();
    const posts = recordSendings(async () => {
      await delay(300);
      return HttpResponse.json(sending(), { status: 201 });
    });
    const el = await page();
    await fill(el, 'message', 'Mon arrêt de travail de février.');
    await fill(el, 'telephone', '02 48 12 34 56');
    await pick(el, fileOf('arret.pdf'), fileOf('photo.png', PNG, 1000));
    clickButton(el, 'Envoyer');
    await waitUntil(() => deepQuery(el, 'pa-progress'), 'no progress shown');
    expect(findButtons(el, 'Envoyer')[0]?.busy).to.equal(true);
    clickButton(el, 'Envoyer');
    await waitForText(el, SENT);
    expect(posts).to.deep.equal([
      {
        multipart: true,
        fields: {
          message: 'Mon arrêt de travail de février.',
          email: 'claire.bernard@exemple.fr',
          telephone: '02 48 12 34 56',
        },
        files: [
          ['arret.pdf', 2048],
          ['photo.png', 1000],
        ],
      },
    ]);
    const alert = deepQuery(el, 'pa-alert.sent')!;
    expect(alert.getAttribute('variant')).to.equal('success');
    const bordereau = links(alert, "Télécharger le bordereau d'envoi")[0]!;
    expect(bordereau.getAttribute('href')).to.equal('/api/indemnisations/envois/e1/documents/e1-b');
    expect(bordereau.getAttribute('download')).to.equal('bordereau-envoi.pdf');
    expect(links(alert, 'Historique des envois')[0]?.getAttribute('href')).to.equal(
      '/indemnisations/historique-envois',
    );
    await waitForFocusIn(alert, 'the confirmation');
    expect(deepQuery(el, 'pa-progress')).to.equal(undefined);
    expect(findButtons(el, 'Envoyer')[0]?.busy).to.equal(false);
    expect(fileField(el).files).to.deep.equal([]);
    expect(field(el, 'message').value).to.equal('');
    expect(field(el, 'email').value).to.equal('claire.bernard@exemple.fr');
    expect(field(el, 'telephone').value).to.equal('02 48 12 34 56');
    await expect(el).to.be.accessible();
  });

  it('sends no message and no phone when they are empty', async () => {
    serveContact(() => HttpResponse.json({ email: 'claire.bernard@exemple.fr', phone: '' }));
    const posts = recordSendings(() => HttpResponse.json(sending(), { status: 201 }));
    const el = await page();
    await pick(el, fileOf('arret.pdf'));
    clickButton(el, 'Envoyer');
    await waitForText(el, SENT);
    expect(posts.map((p) => p.fields)).to.deep.equal([
      { message: null, email: 'claire.bernard@exemple.fr', telephone: null },
    ]);
  });

  it('shows the server’s field messages under their fields and its detail in the alert; nothing is lost', async () => {
    serveContact();
    recordSendings(() =>
      problem(400, 'Vérifiez les champs signalés.', {
        errors: [
          { field: 'email', detail: "Cette adresse e-mail n'est pas valide." },
          { field: 'telephone', detail: "Ce numéro n'est pas un numéro français." },
        ],
      }),
    );
    const el = await page();
    await fill(el, 'message', 'Bonjour');
    await pick(el, fileOf('arret.pdf'));
    clickButton(el, 'Envoyer');
    await waitUntil(() => deepQuery(el, 'pa-alert.form-error'), 'no error alert', { timeout: 3000 });
    const alert = deepQuery(el, 'pa-alert.form-error')!;
    expect(alert.getAttribute('variant')).to.equal('error');
    expect(alert.textContent?.trim()).to.equal('Vérifiez les champs signalés.');
    await waitForFocusIn(alert, 'the error');
    expect(describedBy(el, 'email')[0]).to.equal("Cette adresse e-mail n'est pas valide.");
    expect(describedBy(el, 'telephone')[0]).to.equal("Ce numéro n'est pas un numéro français.");
    expect(fileField(el).error).to.equal('');
    expect(field(el, 'message').value).to.equal('Bonjour');
    expect(field(el, 'email').value).to.equal('claire.bernard@exemple.fr');
    expect(keptNames(el)).to.deep.equal(['arret.pdf']);
    expect(deepQuery(el, 'pa-alert.sent')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('a file refused by the server (413, 415) marks the file field with the exact message', async () => {
    serveContact();
    let status = 413;
    recordSendings(() =>
      problem(status, status === 413 ? UPLOAD_MESSAGES.totalSize : UPLOAD_MESSAGES.format),
    );
    const el = await page();
    await pick(el, fileOf('arret.pdf'));
    clickButton(el, 'Envoyer');
    await waitForFileError(el, UPLOAD_MESSAGES.totalSize);
    expect(deepQuery(el, 'pa-alert.form-error')?.textContent?.trim()).to.equal(UPLOAD_MESSAGES.totalSize);
    expect(fileField(el).files).to.have.length(1);

    status = 415;
    clickButton(el, 'Envoyer');
    await waitForFileError(el, UPLOAD_MESSAGES.format);
    // Another file: the server's message on the previous ones goes.
    await pick(el, fileOf('autre.pdf'));
    expect(fileField(el).error).to.equal('');
  });

  it('without the contact, says so and lets the member type it', async () => {
    serveContact(() =>
      problem(503, 'Le service est momentanément indisponible. Réessayez dans quelques instants.'),
    );
    const posts = recordSendings(() => HttpResponse.json(sending(), { status: 201 }));
    const el = await page();
    await waitForText(el, 'Saisissez votre e-mail et votre téléphone ci-dessous.');
    expect(field(el, 'email').value).to.equal('');
    await fill(el, 'email', 'claire.bernard@exemple.fr');
    await pick(el, fileOf('arret.pdf'));
    clickButton(el, 'Envoyer');
    await waitForText(el, SENT);
    expect(posts[0]?.fields.email).to.equal('claire.bernard@exemple.fr');
  });
});
