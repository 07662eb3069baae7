import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { DRAFTS_RESTORED, type PaFieldElement, saveFormDrafts, setFormDraftsMember } from '../src/index.js';
import '../src/define.js';
import { FormSubmission, type PaFileField } from '../src/forms/index.js';
import '../src/forms/define.js';
import { defineTestElement } from './define.js';
import { inShadow, text } from './helpers.js';
import { fileOf } from './upload-files.js';

const STORAGE_KEY = 'portail:form-drafts';

/**
 * A section's form as the pages build them: a subject, a long text, a password, files and a hidden
 * value, sent through FormSubmission; it follows its text field's `input` as some forms do.
 */
class TestDraftForm extends LitElement {
  readonly submission = new FormSubmission(this, () => ['subject', 'message']);
  /** What the host knows of the text, from its field's events. */
  followed = '';

  override render() {
    return litHtml`<form>
      <pa-select-field
        name="subject"
        label="Sujet"
        .options=${[{ value: 'contrat', label: 'Mon contrat' }, { value: 'autre', label: 'Autre' }]}
      ></pa-select-field>
      <pa-textarea-field
        name="message"
        label="Message"
        @input=${(event: Event) => {
          this.followed = (event.currentTarget as PaFieldElement).value;
        }}
      ></pa-textarea-field>
      <pa-text-field name="current" type="password" label="Mot de passe actuel"></pa-text-field>
      <pa-text-field name="reference" label="Référence" value="REF-1"></pa-text-field>
      <pa-file-field></pa-file-field>
      <input type="hidden" name="csrf" value="csrf-123" />
    </form>`;
  }
}
defineTestElement('test-draft-form', TestDraftForm);

function openPage() {
  return fixture<HTMLElement>(
    html`<pa-page heading="Envoyer un message"><test-draft-form></test-draft-form></pa-page>`,
  );
}

function formOf(page: HTMLElement): TestDraftForm {
  return page.querySelector('test-draft-form')!;
}

function fieldOf(page: HTMLElement, name: string): PaFieldElement {
  return formOf(page).shadowRoot!.querySelector<PaFieldElement>(`[name="${name}"]`)!;
}

/** Types as the member does: in the native control, which the field follows. */
async function typeIn(page: HTMLElement, name: string, value: string): Promise<void> {
  const field = fieldOf(page, name);
  const control = field.shadowRoot!.querySelector<HTMLInputElement>('input, select, textarea')!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await field.updateComplete;
}

/** The page as the member left it when the session expired: three fields typed, a file added. */
async function typedPage(): Promise<HTMLElement> {
  const page = await openPage();
  await formOf(page).updateComplete;
  await typeIn(page, 'subject', 'contrat');
  await typeIn(page, 'message', 'Bonjour,\nje voudrais changer de bénéficiaire.');
  await typeIn(page, 'current', 'Secret123');
  const files = formOf(page).shadowRoot!.querySelector<PaFileField>('pa-file-field')!;
  await files.addFiles([fileOf('justificatif.pdf')]);
  return page;
}

function stored(): unknown {
  return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
}

const here = () => location.pathname + location.search;

describe('form drafts (A8: what was typed outlives an expired session)', () => {
  beforeEach(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setFormDraftsMember('m1');
  });
  afterEach(() => {
    setFormDraftsMember(null);
    sessionStorage.removeItem(STORAGE_KEY);
  });

  it('keeps what the member typed, never a password, a file, a hidden value or what they did not type', async () => {
    await typedPage();
    expect(saveFormDrafts('m1')).to.equal(2);
    expect(stored()).to.deep.equal({
      memberId: 'm1',
      pages: {
        [here()]: {
          'test-draft-form#0 subject': 'contrat',
          'test-draft-form#0 message': 'Bonjour,\nje voudrais changer de bénéficiaire.',
        },
      },
    });
  });

  it('gives it back to the same member after the login, as if typed, and says so once', async () => {
    await typedPage();
    saveFormDrafts('m1');
    setFormDraftsMember(null);
    fixtureCleanup();

    // The login page, then the same member back on the page.
    setFormDraftsMember('m1');
    const page = await openPage();
    await formOf(page).updateComplete;
    expect(fieldOf(page, 'subject').value).to.equal('contrat');
    expect(fieldOf(page, 'message').value).to.equal('Bonjour,\nje voudrais changer de bénéficiaire.');
    expect(fieldOf(page, 'current').value).to.equal('');
    expect(fieldOf(page, 'reference').value).to.equal('REF-1');
    expect(formOf(page).followed).to.equal('Bonjour,\nje voudrais changer de bénéficiaire.');
    const form = formOf(page).shadowRoot!.querySelector('form')!;
    expect(new FormData(form).get('message')).to.equal('Bonjour,\nje voudrais changer de bénéficiaire.');
    await waitUntil(() => text(inShadow(page, '[role=status]')) === DRAFTS_RESTORED, 'no notice');
    expect(DRAFTS_RESTORED).to.equal('Nous avons restauré ce que vous aviez saisi.');
    await expect(page).to.be.accessible();
    // Used once: the next visit starts empty.
    expect(stored()).to.equal(null);
  });

  it('gives nothing to another member logging in in that tab, and deletes the drafts', async () => {
    await typedPage();
    saveFormDrafts('m1');
    setFormDraftsMember(null);
    fixtureCleanup();

    setFormDraftsMember('m2');
    expect(stored()).to.equal(null);
    const page = await openPage();
    await formOf(page).updateComplete;
    expect(fieldOf(page, 'message').value).to.equal('');
    expect(text(inShadow(page, '[role=status]'))).to.equal('');
  });

  it('restores the fields already shown when the member logs in after them', async () => {
    const page = await typedPage();
    saveFormDrafts('m1');
    setFormDraftsMember(null);
    fieldOf(page, 'message').value = '';
    setFormDraftsMember('m1');
    expect(fieldOf(page, 'message').value).to.equal('Bonjour,\nje voudrais changer de bénéficiaire.');
  });

  it('deletes a form’s drafts once it is sent', async () => {
    setFormDraftsMember(null);
    const page = await typedPage();
    saveFormDrafts('m1');
    expect(stored()).to.not.equal(null);
    await formOf(page).submission.send({}, async () => {});
    expect(stored()).to.equal(null);
    // What was sent is no longer the member's draft.
    expect(saveFormDrafts('m1')).to.equal(0);

    // A refused sending keeps them.
    await typeIn(page, 'message', 'Encore');
    saveFormDrafts('m1');
    await formOf(page).submission.send({}, async () => {
      throw Object.assign(new Error('Le service est momentanément indisponible.'), { status: 503 });
    });
    expect(stored()).to.not.equal(null);
  });
});
