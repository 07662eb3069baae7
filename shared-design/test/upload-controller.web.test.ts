import { expect, fixture } from '@open-wc/testing';
import { UPLOAD_MESSAGES } from '@portail/kernel/contract/uploads';
import { html, LitElement } from 'lit';
import {
  clearFileError,
  fieldErrorsFor,
  filesReady,
  type PaFileField,
  refusalOf,
  sendingLabel,
  UploadController,
  type UploadSendOptions,
} from '../src/forms/index.js';
import '../src/forms/define.js';
import { defineTestElement } from './define.js';
import { inShadow } from './helpers.js';
import { fileOf } from './upload-files.js';

interface Sent {
  id: string;
}

/** A sending the test settles: what the controller handed over, and how to answer. */
interface PendingSend {
  data: FormData;
  options: UploadSendOptions;
  resolve: (value: Sent) => void;
  reject: (error: unknown) => void;
}

/** A form with files as the pages build them: the controller, its progress bar and busy button. */
class TestUploadForm extends LitElement {
  sends: PendingSend[] = [];
  readonly upload = new UploadController<Sent>(
    this,
    (data, options) =>
      new Promise<Sent>((resolve, reject) => this.sends.push({ data, options, resolve, reject })),
  );

  override render() {
    return html`${this.upload.renderProgress()}<button ?disabled=${this.upload.busy}>Envoyer</button>`;
  }
}
defineTestElement('test-upload-form', TestUploadForm);

/** An error as the runtime's ApiError: status, the French detail, the field messages. */
function apiError(status: number, detail: string, fieldErrors: Record<string, string> = {}): Error {
  return Object.assign(new Error(detail), { status, fieldErrors });
}

describe('UploadController', () => {
  it('is busy while sending, shows the progress the sender reports, then resolves with the answer', async () => {
    const el = await fixture<TestUploadForm>(html`<test-upload-form></test-upload-form>`);
    expect(el.shadowRoot!.querySelector('pa-progress')).to.equal(null);
    const data = new FormData();
    data.append('nature', 'certificat');
    const outcome = el.upload.send(data);
    await el.updateComplete;
    expect(el.upload.busy).to.equal(true);
    expect(inShadow<HTMLButtonElement>(el, 'button').disabled).to.equal(true);
    const [pending] = el.sends;
    expect(pending!.data).to.equal(data);
    expect(pending!.options.signal.aborted).to.equal(false);
    pending!.options.onProgress(0.45);
    await el.updateComplete;
    expect(inShadow<HTMLElement & { value: number }>(el, 'pa-progress').value).to.equal(0.45);

    pending!.resolve({ id: 't1' });
    expect(await outcome).to.deep.equal({ kind: 'sent', value: { id: 't1' } });
    await el.updateComplete;
    expect(el.upload.busy).to.equal(false);
    expect(el.shadowRoot!.querySelector('pa-progress')).to.equal(null);

    // The next sending starts again from 0.
    void el.upload.send(new FormData());
    await el.updateComplete;
    expect(inShadow<HTMLElement & { value: number }>(el, 'pa-progress').value).to.equal(0);
    el.sends[1]!.resolve({ id: 't2' });
  });

  it('names the file sent on its progress bar and tells screen readers every 25 %, politely', async () => {
    const el = await fixture<TestUploadForm>(html`<test-upload-form></test-upload-form>`);
    const data = new FormData();
    data.append('nature', 'certificat');
    data.append('fichiers', fileOf('justificatif.pdf'));
    void el.upload.send(data);
    await el.updateComplete;
    const bar = inShadow<HTMLElement & { updateComplete: Promise<boolean> }>(el, 'pa-progress');
    const status = () => inShadow(bar, '[role=status]');
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(status().textContent ?? ''));
    await bar.updateComplete;
    expect(status().classList.contains('visually-hidden')).to.equal(true);
    observer.observe(status(), { childList: true, subtree: true, characterData: true });
    expect(inShadow(bar, 'label').textContent).to.equal('Envoi de justificatif.pdf… 0\u00a0%');
    for (const fraction of [0.1, 0.2, 0.3, 0.45, 0.55, 0.6, 0.74, 0.8, 0.99, 1]) {
      el.sends[0]!.options.onProgress(fraction);
      await el.updateComplete;
      await bar.updateComplete;
    }
    observer.disconnect();
    expect(inShadow(bar, 'label').textContent).to.equal('Envoi de justificatif.pdf… 100\u00a0%');
    expect([...new Set(said.filter(Boolean))]).to.deep.equal([
      'Envoi de justificatif.pdf : 25\u00a0%',
      'Envoi de justificatif.pdf : 50\u00a0%',
      'Envoi de justificatif.pdf : 75\u00a0%',
      'Envoi de justificatif.pdf : 100\u00a0%',
    ]);
    await expect(bar).to.be.accessible();
    el.sends[0]!.resolve({ id: 't1' });
  });

  it('says how many files when it sends several', () => {
    const data = new FormData();
    data.append('fichiers', fileOf('a.pdf'));
    data.append('fichiers', fileOf('b.pdf'));
    expect(sendingLabel(data)).to.equal('Envoi de 2 fichiers');
    expect(sendingLabel(new FormData())).to.equal('Envoi en cours');
  });

  it('sends each sending with its Idempotency-Key, the same again after the network cut it off', async () => {
    const el = await fixture<TestUploadForm>(html`<test-upload-form></test-upload-form>`);
    const first = el.upload.send(new FormData());
    el.sends[0]!.reject(apiError(0, 'Le service est momentanément indisponible.'));
    await first;
    // The member presses « Envoyer » again: it may have reached the server, so the same key.
    const second = el.upload.send(new FormData());
    el.sends[1]!.resolve({ id: 't1' });
    await second;
    const third = el.upload.send(new FormData());
    el.sends[2]!.reject(apiError(400, 'Champ invalide.'));
    await third;
    const fourth = el.upload.send(new FormData());
    el.sends[3]!.resolve({ id: 't2' });
    await fourth;
    const keys = el.sends.map((send) => send.options.idempotencyKey);
    expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
    expect(keys[1]).to.equal(keys[0]);
    expect(keys[2]).to.not.equal(keys[1], 'a new sending after a success');
    expect(keys[3]).to.not.equal(keys[2], 'the server answered: nothing to fear from a new key');
  });

  it('maps a refusal for the fields: the server’s messages, and the file field’s', async () => {
    const el = await fixture<TestUploadForm>(html`<test-upload-form></test-upload-form>`);
    const outcome = el.upload.send(new FormData());
    el.sends[0]!.reject(
      apiError(400, 'Vérifiez les champs signalés.', {
        commentaire: 'Votre commentaire dépasse 500 caractères.',
        fichiers: UPLOAD_MESSAGES.fileCount,
      }),
    );
    expect(await outcome).to.deep.equal({
      kind: 'refused',
      refusal: {
        message: 'Vérifiez les champs signalés.',
        status: 400,
        fieldErrors: {
          commentaire: 'Votre commentaire dépasse 500 caractères.',
          fichiers: UPLOAD_MESSAGES.fileCount,
        },
        fileError: UPLOAD_MESSAGES.fileCount,
      },
    });
    expect(el.upload.busy).to.equal(false);
  });

  it('marks the file field with the detail of a 413 or 415, not of other refusals', () => {
    expect(refusalOf(apiError(413, UPLOAD_MESSAGES.totalSize)).fileError).to.equal(UPLOAD_MESSAGES.totalSize);
    expect(refusalOf(apiError(415, UPLOAD_MESSAGES.format)).fileError).to.equal(UPLOAD_MESSAGES.format);
    const flooding = refusalOf(apiError(429, 'Vous avez envoyé beaucoup de documents en peu de temps.'));
    expect([flooding.fileError, flooding.fieldErrors]).to.deep.equal(['', {}]);
    expect(refusalOf(new TypeError('Failed to fetch'))).to.deep.equal({
      message: "Les informations n'ont pas pu être chargées. Réessayez dans quelques instants.",
      status: 0,
      fieldErrors: {},
      fileError: '',
    });
  });

  it('aborts the sending when the host leaves the page, and says nothing of it', async () => {
    const el = await fixture<TestUploadForm>(html`<test-upload-form></test-upload-form>`);
    const outcome = el.upload.send(new FormData());
    const { signal } = el.sends[0]!.options;
    el.remove();
    expect(signal.aborted).to.equal(true);
    el.sends[0]!.reject(new DOMException('The upload was aborted.', 'AbortError'));
    expect(await outcome).to.deep.equal({ kind: 'aborted' });
    expect(el.upload.busy).to.equal(false);
  });

  it('fieldErrorsFor keeps the messages of the named fields the server gave', () => {
    const refusal = refusalOf(
      apiError(400, 'Vérifiez les champs signalés.', { email: 'Adresse invalide.', nature: 'Inconnue.' }),
    );
    expect(fieldErrorsFor(refusal, ['message', 'email', 'telephone'])).to.deep.equal({
      email: 'Adresse invalide.',
    });
  });
});

describe('filesReady and clearFileError', () => {
  it('a required field without files shows the contract’s message and takes the focus', async () => {
    const el = await fixture<PaFileField>(html`<pa-file-field required></pa-file-field>`);
    expect(await filesReady(el)).to.equal(false);
    expect(el.error).to.equal(UPLOAD_MESSAGES.required);
    expect(document.activeElement).to.equal(el);

    await el.addFiles([fileOf('certificat.pdf')]);
    expect(await filesReady(el)).to.equal(true);
    expect(el.error).to.equal('');
  });

  it('a server’s message on the files goes once they change', async () => {
    const el = await fixture<PaFileField>(
      html`<pa-file-field required .error=${UPLOAD_MESSAGES.format} @change=${clearFileError}></pa-file-field>`,
    );
    await el.addFiles([fileOf('autre.pdf')]);
    expect(el.error).to.equal('');
  });
});
