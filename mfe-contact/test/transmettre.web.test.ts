import { expect, waitUntil } from '@open-wc/testing';
import { UPLOAD_MESSAGES } from '@portail/kernel/contract';
import { delay, HttpResponse } from 'msw';
import {
  clickButton,
  control,
  deepQuery,
  deepQueryAll,
  deepText,
  describedBy,
  field,
  fill,
  findButtons,
  links,
  openSection,
  problem,
  useSectionApi,
  waitForFocusIn,
  waitForText,
} from '../../shared-design/test/section-helpers.js';
import {
  expectRefused,
  fileField,
  fileOf,
  GIF,
  keptNames,
  PDF,
  pick,
  recordUploads,
  waitForFileError,
} from '../../shared-design/test/upload-helpers.js';
import {
  NATURE_GROUPS,
  TRANSMISSION_COMMENT_MAX_LENGTH,
  TRANSMISSION_SENT,
  transmissionPath,
} from '../contract/index.js';
import '../web/define.js';
import { created, memberRequest } from './contact-fixtures.js';

const ENDPOINT = '/api/contact/transmissions';
const CERTIFICATE_PATH = '/contact/transmettre/certificat-de-scolarite';

/** Records the transmissions POSTed (nature, comment, files) and answers each with `answer`. */
function recordTransmissions(answer: () => Response | Promise<Response>) {
  return recordUploads(ENDPOINT, answer, (body) => ({
    nature: body.get('nature'),
    commentaire: body.get('commentaire'),
  }));
}

const SENT = memberRequest('t1', {
  kind: 'transmission',
  label: 'Transmission : Certificat de scolarité',
  memberText: 'Pour Léa',
  attachments: [
    { id: 'f1', fileName: 'certificat.pdf', sizeBytes: 2048, downloadUrl: '/api/contact/fichiers/f1' },
  ],
});

describe('E3 Nous transmettre — the natures', () => {
  useSectionApi();

  it('lists both groups under their headings, each nature a link to its own page', async () => {
    const el = await openSection('ctc-section', '/contact/transmettre');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Nous transmettre');
    expect(deepText(el)).to.include(
      'Envoyez-nous vos documents : choisissez leur nature. Chaque envoi est vérifié par nos services ; sa prise en charge se suit dans « Suivi ».',
    );
    const sections = deepQueryAll(el, 'section');
    expect(sections.map((s) => s.querySelector('h2')?.textContent)).to.deep.equal([
      'État civil ou situation familiale',
      'Remboursements frais de santé',
    ]);
    for (const [i, group] of NATURE_GROUPS.entries()) {
      const found = [...sections[i]!.querySelectorAll('li a')].map((a) => [
        a.textContent,
        a.getAttribute('href'),
      ]);
      expect(found).to.deep.equal(group.natures.map((n) => [n.label, transmissionPath(n.id)]));
    }
    expect(deepQueryAll(el, 'section li a')).to.have.length(22);
    await expect(el).to.be.accessible();
  });

  it('an unknown nature says so and leads back to the list', async () => {
    const el = await openSection('ctc-section', '/contact/transmettre/carte-grise');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Page introuvable');
    expect(deepText(el)).to.include("Cette nature de document n'existe pas ou n'est plus proposée.");
    expect(links(el, 'Toutes les natures de documents')[0]?.getAttribute('href')).to.equal(
      '/contact/transmettre',
    );
    expect(deepQuery(el, 'pa-file-field')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

describe('E3 Nous transmettre — sending a document', () => {
  useSectionApi();
  const page = () => openSection('ctc-section', CERTIFICATE_PATH);

  it('the deep link shows the nature’s form: the document, an optional comment and "Envoyer"', async () => {
    const el = await page();
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Nous envoyer un certificat de scolarité');
    expect(links(el, 'Toutes les natures de documents')[0]?.getAttribute('href')).to.equal(
      '/contact/transmettre',
    );
    const files = fileField(el);
    expect(files.required).to.equal(true);
    expect(deepText(files.shadowRoot!.querySelector('#label')!)).to.include('Document');
    expect(deepText(files.shadowRoot!.querySelector('button.add')!).trim()).to.equal('Choisir un fichier');
    expect(field(el, 'commentaire').hasAttribute('required')).to.equal(false);
    expect(deepText(field(el, 'commentaire').shadowRoot!.querySelector('label')!)).to.equal(
      'Commentaire (facultatif)',
    );
    expect((control(el, 'commentaire') as HTMLTextAreaElement).maxLength).to.equal(
      TRANSMISSION_COMMENT_MAX_LENGTH,
    );
    expect(describedBy(el, 'commentaire')).to.include('500 caractères restants');
    expect(deepQueryAll(el, 'form pa-button').map((b) => b.textContent?.trim())).to.deep.equal(['Envoyer']);
    expect(findButtons(el, 'Envoyer')[0]?.getAttribute('type')).to.equal('submit');
    await expect(el).to.be.accessible();
  });

  it('without a file says so in the field, focus on it, and sends nothing', async () => {
    const posts = recordTransmissions(() => HttpResponse.json({}, { status: 500 }));
    const el = await page();
    clickButton(el, 'Envoyer');
    await waitForFileError(el, UPLOAD_MESSAGES.required);
    expect(deepText(fileField(el))).to.include(UPLOAD_MESSAGES.required);
    await waitForFocusIn(fileField(el), 'the file field');
    expect(posts).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('refuses a file whose content is not JPG, PNG or PDF before anything is sent', async () => {
    const posts = recordTransmissions(() => HttpResponse.json({}, { status: 500 }));
    const el = await page();
    await pick(el, fileOf('scan.pdf', GIF));
    expectRefused(el, 'scan.pdf', UPLOAD_MESSAGES.format);
    expect(fileField(el).files).to.deep.equal([]);
    clickButton(el, 'Envoyer');
    await waitForFileError(el, UPLOAD_MESSAGES.required);
    expect(posts).to.deep.equal([]);
  });

  it('sends the nature, the comment and the file as multipart, with its progress, once; then confirms and empties the form', async () => {
    const posts = recordTransmissions(async () => {
      await delay(300);
      return created(SENT)();
    });
    const el = await page();
    await pick(el, fileOf('certificat.pdf'));
    await fill(el, 'commentaire', 'Pour Léa');
    clickButton(el, 'Envoyer');
    await waitUntil(() => deepQuery(el, 'pa-progress'), 'no progress shown');
    expect(findButtons(el, 'Envoyer')[0]?.busy).to.equal(true);
    clickButton(el, 'Envoyer');
    await waitForText(el, TRANSMISSION_SENT);
    expect(posts).to.deep.equal([
      {
        multipart: true,
        nature: 'certificat-de-scolarite',
        commentaire: 'Pour Léa',
        files: [['certificat.pdf', 2048]],
      },
    ]);
    const alert = deepQuery(el, 'pa-alert.sent')!;
    expect(alert.getAttribute('variant')).to.equal('success');
    expect(links(alert, 'Suivre ma demande dans « Suivi »')[0]?.getAttribute('href')).to.equal(
      '/contact/suivi',
    );
    await waitForFocusIn(alert, 'the confirmation');
    expect(deepQuery(el, 'pa-progress')).to.equal(undefined);
    expect(findButtons(el, 'Envoyer')[0]?.busy).to.equal(false);
    expect(fileField(el).files).to.deep.equal([]);
    expect(field(el, 'commentaire').value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('sends no comment when none was typed', async () => {
    const posts = recordTransmissions(created(SENT));
    const el = await page();
    await pick(el, fileOf('recto.pdf'), fileOf('verso.pdf', PDF, 1000));
    clickButton(el, 'Envoyer');
    await waitForText(el, TRANSMISSION_SENT);
    expect(posts.map((p) => [p.commentaire, p.files])).to.deep.equal([
      [
        null,
        [
          ['recto.pdf', 2048],
          ['verso.pdf', 1000],
        ],
      ],
    ]);
  });

  it('a file refused by the server (415) shows its detail and marks the file field; nothing is lost', async () => {
    recordTransmissions(() => problem(415, UPLOAD_MESSAGES.format));
    const el = await page();
    await pick(el, fileOf('certificat.pdf'));
    await fill(el, 'commentaire', 'Pour Léa');
    clickButton(el, 'Envoyer');
    // (The field's hint starts with the same words: wait for the alert itself.)
    await waitUntil(() => deepQuery(el, 'pa-alert.form-error'), 'no error alert', { timeout: 3000 });
    const alert = deepQuery(el, 'pa-alert.form-error')!;
    expect(alert.getAttribute('variant')).to.equal('error');
    expect([...alert.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
      UPLOAD_MESSAGES.format,
    ]);
    await waitForFocusIn(alert, 'the error');
    expect(fileField(el).error).to.equal(UPLOAD_MESSAGES.format);
    expect(keptNames(el)).to.deep.equal(['certificat.pdf']);
    expect(field(el, 'commentaire').value).to.equal('Pour Léa');
    expect(findButtons(el, 'Envoyer')[0]?.busy).to.equal(false);
    expect(deepQuery(el, 'pa-alert.sent')).to.equal(undefined);
    await expect(el).to.be.accessible();

    // Another file: the server's message on the previous one goes.
    await pick(el, fileOf('autre.pdf'));
    expect(fileField(el).error).to.equal('');
  });

  it('shows the server’s field messages under their fields and its detail in the alert', async () => {
    recordTransmissions(() =>
      problem(400, 'Vérifiez les champs signalés.', {
        errors: [{ field: 'commentaire', detail: 'Votre commentaire dépasse 500 caractères.' }],
      }),
    );
    const el = await page();
    await pick(el, fileOf('certificat.pdf'));
    await fill(el, 'commentaire', 'Un commentaire que le serveur refuse.');
    clickButton(el, 'Envoyer');
    await waitForText(el, 'Vérifiez les champs signalés.');
    expect(describedBy(el, 'commentaire')[0]).to.equal('Votre commentaire dépasse 500 caractères.');
    expect(fileField(el).error).to.equal('');
    expect(field(el, 'commentaire').value).to.equal('Un commentaire que le serveur refuse.');
    expect(fileField(el).files).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('says why when flooding is refused (429)', async () => {
    const flooding = 'Vous avez envoyé beaucoup de documents en peu de temps : réessayez dans une heure.';
    recordTransmissions(() => problem(429, flooding, { code: 'rate-limited' }));
    const el = await page();
    await pick(el, fileOf('certificat.pdf'));
    clickButton(el, 'Envoyer');
    await waitForText(el, flooding);
    await waitForFocusIn(deepQuery(el, 'pa-alert.form-error'), 'the error');
    expect(fileField(el).error).to.equal('');
    expect(fileField(el).files).to.have.length(1);
  });
});
