import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PaConfirmDialog } from '../src/forms/index.js';
import '../src/forms/define.js';
import { inShadow, text } from './helpers.js';

const QUESTION = 'Vous avez modifié vos coordonnées bancaires, souhaitez-vous les valider ?';

/** A button that had the focus before the question, and the dialog. */
async function setUp(): Promise<{ opener: HTMLButtonElement; dialog: PaConfirmDialog }> {
  const root = await fixture<HTMLDivElement>(html`<div>
    <button type="button" class="opener">Enregistrer</button>
    <pa-confirm-dialog heading="Modification de vos coordonnées bancaires" message=${QUESTION}></pa-confirm-dialog>
  </div>`);
  const opener = root.querySelector<HTMLButtonElement>('.opener')!;
  opener.focus();
  return { opener, dialog: root.querySelector<PaConfirmDialog>('pa-confirm-dialog')! };
}

function nativeDialog(el: PaConfirmDialog): HTMLDialogElement {
  return inShadow<HTMLDialogElement>(el, 'dialog');
}

/** The native button inside the dialog's pa-button `selector`. */
function button(el: PaConfirmDialog, selector: '.confirm' | '.cancel'): HTMLButtonElement {
  return inShadow(el, selector).shadowRoot!.querySelector('button')!;
}

function focusedIn(el: Element): boolean {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  let node: Node | null = active;
  while (node) {
    if (node === el) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

describe('pa-confirm-dialog', () => {
  it('is closed until asked', async () => {
    const { dialog } = await setUp();
    expect(dialog.open).to.equal(false);
    expect(nativeDialog(dialog).open).to.equal(false);
  });

  it('asks as a labelled, described modal dialog, with the focus on the safe "Annuler"; axe passes while open', async () => {
    const { dialog } = await setUp();
    const answer = dialog.ask();
    await waitUntil(() => nativeDialog(dialog).open, 'dialog not opened');
    const native = nativeDialog(dialog);
    expect(native.matches(':modal')).to.equal(true);
    expect(native.getAttribute('aria-labelledby')).to.equal('heading');
    expect(text(inShadow(dialog, '#heading'))).to.equal('Modification de vos coordonnées bancaires');
    expect(native.getAttribute('aria-describedby')).to.equal('message');
    expect(text(inShadow(dialog, '#message'))).to.equal(QUESTION);
    expect(text(inShadow(dialog, '.confirm'))).to.equal('Valider');
    expect(text(inShadow(dialog, '.cancel'))).to.equal('Annuler');
    await waitUntil(() => focusedIn(inShadow(dialog, '.cancel')), 'focus not on Annuler');
    expect(focusedIn(inShadow(dialog, '.confirm'))).to.equal(false);
    await expect(dialog).to.be.accessible();
    button(dialog, '.cancel').click();
    await answer;
  });

  it('resolves true on "Valider", closes, and gives the focus back', async () => {
    const { opener, dialog } = await setUp();
    const answer = dialog.ask();
    await waitUntil(() => nativeDialog(dialog).open, 'dialog not opened');
    button(dialog, '.confirm').click();
    expect(await answer).to.equal(true);
    expect(nativeDialog(dialog).open).to.equal(false);
    await waitUntil(() => document.activeElement === opener, 'focus not given back');
  });

  it('resolves false on "Annuler", and gives the focus back', async () => {
    const { opener, dialog } = await setUp();
    const answer = dialog.ask();
    await waitUntil(() => nativeDialog(dialog).open, 'dialog not opened');
    button(dialog, '.cancel').click();
    expect(await answer).to.equal(false);
    expect(nativeDialog(dialog).open).to.equal(false);
    await waitUntil(() => document.activeElement === opener, 'focus not given back');
  });

  it('resolves false on Escape', async () => {
    const { opener, dialog } = await setUp();
    const answer = dialog.ask();
    await waitUntil(() => focusedIn(inShadow(dialog, '.cancel')), 'focus not on Annuler');
    await sendKeys({ press: 'Escape' });
    expect(await answer).to.equal(false);
    expect(nativeDialog(dialog).open).to.equal(false);
    await waitUntil(() => document.activeElement === opener, 'focus not given back');
  });

  it('a destructive question ("Supprimer"): Enter on the first focus answers no', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <button type="button" class="opener">Supprimer le brouillon</button>
      <pa-confirm-dialog heading="Suppression de la demande" confirm-label="Supprimer"
        message="Voulez-vous supprimer cette demande ?"></pa-confirm-dialog>
    </div>`);
    root.querySelector<HTMLButtonElement>('.opener')!.focus();
    const dialog = root.querySelector<PaConfirmDialog>('pa-confirm-dialog')!;
    const answer = dialog.ask();
    await waitUntil(() => nativeDialog(dialog).open, 'dialog not opened');
    await waitUntil(() => focusedIn(dialog), 'focus not in the dialog');
    await sendKeys({ press: 'Enter' });
    expect(await answer).to.equal(false);
  });

  it('can be asked again, and takes its labels and question from attributes or content', async () => {
    const el = await fixture<PaConfirmDialog>(html`<pa-confirm-dialog
      heading="Supprimer"
      confirm-label="Oui"
      cancel-label="Non"
      ><p>Supprimer ce document ?</p></pa-confirm-dialog
    >`);
    expect(text(inShadow(el, '.confirm'))).to.equal('Oui');
    expect(text(inShadow(el, '.cancel'))).to.equal('Non');
    const first = el.ask();
    await waitUntil(() => nativeDialog(el).open, 'dialog not opened');
    button(el, '.cancel').click();
    expect(await first).to.equal(false);
    const second = el.ask();
    await waitUntil(() => nativeDialog(el).open, 'dialog not opened again');
    await expect(el).to.be.accessible();
    button(el, '.confirm').click();
    expect(await second).to.equal(true);
  });
});
