import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { UPLOAD_ACCEPT, UPLOAD_MESSAGES } from '@portail/kernel/contract/uploads';
import type { PaFileField } from '../src/forms/index.js';
import '../src/forms/define.js';
import { allInShadow, inShadow, spoken, text } from './helpers.js';
import { fileOf, GIF, JPEG, MB, PDF, PNG } from './upload-files.js';

const TEXT = [...'Bonjour, voici mon RIB'].map((c) => c.charCodeAt(0));

async function field(template = html`<pa-file-field></pa-file-field>`): Promise<PaFileField> {
  return fixture<PaFileField>(template);
}

function keptNames(el: PaFileField): string[] {
  return allInShadow(el, '.files .name').map(text);
}

/** Each refusal line as read, and whether the contract's message is one text node of it. */
function refusals(el: PaFileField): string[] {
  return allInShadow(el, '#refusals li').map(text);
}

function hasExactMessage(el: PaFileField, message: string): boolean {
  return allInShadow(el, '#refusals li').some((li) =>
    [...li.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.nodeValue === message),
  );
}

async function add(el: PaFileField, ...files: File[]): Promise<void> {
  await el.addFiles(files);
  await el.updateComplete;
}

describe('pa-file-field', () => {
  it('renders a labelled group with the rules, a real button and a hidden file input, accessible', async () => {
    const el = await field();
    const group = inShadow(el, '[role="group"]');
    expect(group.getAttribute('aria-labelledby')).to.equal('label');
    expect(text(inShadow(el, '#label'))).to.equal('Justificatifs');
    expect(text(inShadow(el, '#hint'))).to.equal(
      'Formats acceptés : JPG, PNG, PDF. 3.5Mo au plus par fichier, 10Mo au total, 10 fichiers au plus.',
    );
    const button = inShadow<HTMLButtonElement>(el, 'button.add');
    expect(button.type).to.equal('button');
    expect(text(button)).to.equal('Ajouter un justificatif');
    expect(button.getAttribute('aria-describedby')).to.equal('hint');
    const input = inShadow<HTMLInputElement>(el, 'input[type="file"]');
    expect([input.tabIndex, input.multiple, input.accept]).to.deep.equal([-1, true, UPLOAD_ACCEPT]);
    expect(el.name).to.equal('fichiers');
    expect(el.files).to.deep.equal([]);
    expect(inShadow(el, '#refusals').getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
  });

  it('opens the file picker from the button', async () => {
    const el = await field(html`<pa-file-field add-label="Joindre un fichier"></pa-file-field>`);
    const input = inShadow<HTMLInputElement>(el, 'input[type="file"]');
    let opened = 0;
    // A real picker would wait for the member.
    input.click = () => {
      opened++;
    };
    const button = inShadow<HTMLButtonElement>(el, 'button.add');
    expect(text(button)).to.equal('Joindre un fichier');
    button.click();
    expect(opened).to.equal(1);
  });

  it('accepts PDF, PNG and JPEG by their first bytes, whatever the extension, with French sizes', async () => {
    const el = await field();
    await add(
      el,
      fileOf('attestation.pdf', PDF, 245 * 1024),
      fileOf('scan.txt', PNG, Math.round(1.2 * MB)),
      fileOf('photo.gif', JPEG),
    );
    expect(keptNames(el)).to.deep.equal(['attestation.pdf', 'scan.txt', 'photo.gif']);
    expect(allInShadow(el, '.files .size').map(text)).to.deep.equal(['245 Ko', '1,2 Mo', '2 Ko']);
    expect(el.files.map((f) => f.name)).to.deep.equal(['attestation.pdf', 'scan.txt', 'photo.gif']);
    expect(refusals(el)).to.deep.equal([]);
    const remove = allInShadow<HTMLButtonElement>(el, '.files button').map((b) => [
      text(b),
      b.getAttribute('aria-label'),
    ]);
    expect(remove[0]).to.deep.equal(['Retirer', 'Retirer attestation.pdf']);
    await expect(el).to.be.accessible();
  });

  it('refuses a .pdf that is a GIF or text, with the exact format message, in an alert tied to the button', async () => {
    const el = await field();
    await add(el, fileOf('facture.pdf', GIF), fileOf('rib.pdf', TEXT), fileOf('ok.pdf'));
    expect(keptNames(el)).to.deep.equal(['ok.pdf']);
    expect(refusals(el)).to.deep.equal([
      `facture.pdf : ${UPLOAD_MESSAGES.format}`,
      `rib.pdf : ${UPLOAD_MESSAGES.format}`,
    ]);
    expect(UPLOAD_MESSAGES.format).to.equal('Formats acceptés : JPG, PNG, PDF');
    expect(hasExactMessage(el, 'Formats acceptés : JPG, PNG, PDF')).to.equal(true);
    expect(text(inShadow(el, '#refusals li .name'))).to.equal('facture.pdf');
    expect(inShadow(el, 'button.add').getAttribute('aria-describedby')).to.equal('hint refusals');
    expect(getComputedStyle(inShadow(el, '#refusals li')).color).to.equal('rgb(192, 38, 45)');
    await expect(el).to.be.accessible();

    // Cleared on the next addition.
    await add(el, fileOf('autre.png', PNG));
    expect(refusals(el)).to.deep.equal([]);
    expect(inShadow(el, 'button.add').getAttribute('aria-describedby')).to.equal('hint');
  });

  it('refuses a file over 3.5 MB with the exact message', async () => {
    const el = await field();
    await add(el, fileOf('gros.pdf', PDF, 3.5 * MB + 1), fileOf('juste.pdf', PDF, 3.5 * MB));
    expect(keptNames(el)).to.deep.equal(['juste.pdf']);
    expect(refusals(el)).to.deep.equal(['gros.pdf : Taille maximale de fichier acceptée : 3.5Mo.']);
    expect(hasExactMessage(el, UPLOAD_MESSAGES.fileSize)).to.equal(true);
  });

  it('refuses a file that would bring the total over 10 MB, and an empty file', async () => {
    const el = await field();
    await add(el, fileOf('a.pdf', PDF, 3 * MB), fileOf('b.pdf', PDF, 3 * MB), fileOf('c.pdf', PDF, 3 * MB));
    await add(el, fileOf('d.pdf', PDF, 1.2 * MB), fileOf('vide.pdf', [], 0), fileOf('e.pdf', PDF, 0.9 * MB));
    expect(keptNames(el)).to.deep.equal(['a.pdf', 'b.pdf', 'c.pdf', 'e.pdf']);
    expect(refusals(el)).to.deep.equal([
      'd.pdf : Taille totale des fichiers acceptée : 10Mo.',
      `vide.pdf : ${UPLOAD_MESSAGES.empty}`,
    ]);
    expect(hasExactMessage(el, UPLOAD_MESSAGES.totalSize)).to.equal(true);
  });

  it('refuses the 11th file', async () => {
    const el = await field();
    await add(el, ...Array.from({ length: 11 }, (_, i) => fileOf(`piece-${i + 1}.pdf`)));
    expect(el.files.length).to.equal(10);
    expect(refusals(el)).to.deep.equal([`piece-11.pdf : ${UPLOAD_MESSAGES.fileCount}`]);
    expect(hasExactMessage(el, UPLOAD_MESSAGES.fileCount)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('removes a file with its Retirer button, gives focus back to the add button, fires change', async () => {
    const el = await field();
    await add(el, fileOf('a.pdf'), fileOf('b.png', PNG));
    const button = allInShadow<HTMLButtonElement>(el, '.files button')[0]!;
    expect(button.getAttribute('aria-label')).to.equal('Retirer a.pdf');
    const changed = oneEvent(el, 'change');
    button.click();
    const event = await changed;
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    await el.updateComplete;
    expect(keptNames(el)).to.deep.equal(['b.png']);
    expect(el.shadowRoot?.activeElement).to.equal(inShadow(el, 'button.add'));
    expect(text(inShadow(el, '[role="status"]'))).to.equal('a.pdf retiré.');

    el.clear();
    await el.updateComplete;
    expect(el.files).to.deep.equal([]);
    expect(el.shadowRoot?.querySelector('.files')).to.equal(null);
  });

  it('fires change only when the kept list changes; files is a copy', async () => {
    const el = await field();
    let changes = 0;
    el.addEventListener('change', () => changes++);
    await add(el, fileOf('refuse.pdf', GIF));
    expect(changes).to.equal(0);
    await add(el, fileOf('a.pdf'));
    expect(changes).to.equal(1);
    el.files.pop();
    expect(el.files.length).to.equal(1);
    el.removeFile(5);
    expect(changes).to.equal(1);
  });

  it('is required: invalid when empty, validate() shows the message, a file clears it', async () => {
    const el = await field(html`<pa-file-field required></pa-file-field>`);
    expect(spoken(inShadow(el, '#label'))).to.equal('Justificatifs (obligatoire)');
    expect(text(inShadow(el, '#label .required'))).to.equal('*');
    expect(el.checkValidity()).to.equal(false);
    expect(el.validate()).to.equal(false);
    await el.updateComplete;
    const error = inShadow(el, '#error');
    expect(text(error)).to.equal(UPLOAD_MESSAGES.required);
    expect(getComputedStyle(error).color).to.equal('rgb(192, 38, 45)');
    expect(inShadow(el, 'button.add').getAttribute('aria-describedby')).to.equal('error hint');
    await expect(el).to.be.accessible();

    await add(el, fileOf('a.pdf'));
    expect(el.shadowRoot?.querySelector('#error')).to.equal(null);
    expect(el.checkValidity()).to.equal(true);
    expect(el.validate()).to.equal(true);
  });

  it('shows an error set from outside, in red, tied to the button', async () => {
    const el = await field(html`<pa-file-field error="Le justificatif n'a pas pu être lu."></pa-file-field>`);
    expect(text(inShadow(el, '#error'))).to.equal("Le justificatif n'a pas pu être lu.");
    expect(inShadow(el, 'button.add').getAttribute('aria-describedby')).to.equal('error hint');
    await expect(el).to.be.accessible();
  });

  it('puts the kept files in the FormData of its form under "fichiers", and resets with it', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><input name="objet" value="Remboursement" /><pa-file-field required></pa-file-field></form>`,
    );
    const el = form.querySelector('pa-file-field')!;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(new FormData(form).getAll('fichiers')).to.deep.equal([]);
    await add(el, fileOf('a.pdf'), fileOf('b.jpg', JPEG));
    const sent = new FormData(form).getAll('fichiers') as File[];
    expect(sent.map((f) => [f.name, f.size])).to.deep.equal([
      ['a.pdf', 2048],
      ['b.jpg', 2048],
    ]);
    expect(form.checkValidity()).to.equal(true);

    form.reset();
    await el.updateComplete;
    expect(el.files).to.deep.equal([]);
    expect(new FormData(form).getAll('fichiers')).to.deep.equal([]);
  });

  it('adds the files chosen in the real hidden input', async () => {
    const el = await field();
    const input = inShadow<HTMLInputElement>(el, 'input[type="file"]');
    const picked = new DataTransfer();
    picked.items.add(fileOf('attestation.pdf'));
    picked.items.add(fileOf('photo.gif', GIF));
    input.files = picked.files;
    const changed = oneEvent(el, 'change');
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await changed;
    await el.updateComplete;
    expect(keptNames(el)).to.deep.equal(['attestation.pdf']);
    expect(refusals(el)).to.deep.equal([`photo.gif : ${UPLOAD_MESSAGES.format}`]);
    expect(input.value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('adds the files dropped on it', async () => {
    const el = await field();
    const dropped = new DataTransfer();
    dropped.items.add(fileOf('ordonnance.png', PNG));
    const over = new DragEvent('dragover', {
      dataTransfer: dropped,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    inShadow(el, 'button.add').dispatchEvent(over);
    expect(over.defaultPrevented).to.equal(true);
    const drop = new DragEvent('drop', {
      dataTransfer: dropped,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    inShadow(el, '#hint').dispatchEvent(drop);
    expect(drop.defaultPrevented).to.equal(true);
    await waitUntil(() => el.files.length === 1, 'dropped file never kept');
    expect(el.files[0]!.name).to.equal('ordonnance.png');
  });

  it('with max-files="1", replaces the kept file', async () => {
    const el = await field(html`<pa-file-field max-files="1"></pa-file-field>`);
    expect(inShadow<HTMLInputElement>(el, 'input[type="file"]').multiple).to.equal(false);
    expect(text(inShadow(el, '#hint'))).to.equal(
      'Formats acceptés : JPG, PNG, PDF. Un seul fichier, 3.5Mo au plus.',
    );
    await add(el, fileOf('ancien.pdf'));
    await add(el, fileOf('nouveau.pdf'));
    expect(keptNames(el)).to.deep.equal(['nouveau.pdf']);
    // A refused file leaves the kept one in place.
    await add(el, fileOf('mauvais.pdf', GIF));
    expect(keptNames(el)).to.deep.equal(['nouveau.pdf']);
  });

  it('lets the hint be replaced and disables its buttons when disabled', async () => {
    const el = await field(
      html`<pa-file-field hint="Votre attestation de la Sécurité sociale."></pa-file-field>`,
    );
    expect(text(inShadow(el, '#hint'))).to.equal('Votre attestation de la Sécurité sociale.');
    el.hint = '';
    el.disabled = true;
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('#hint')).to.equal(null);
    expect(inShadow<HTMLButtonElement>(el, 'button.add').disabled).to.equal(true);
  });
});
