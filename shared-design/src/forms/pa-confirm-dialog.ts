import { msg } from '@lit/localize';
import { focusRing, hostBase, token } from '@portail/shared-design';
import { css, html, LitElement } from 'lit';
import { property, query } from 'lit/decorators.js';

const CONFIRMED = 'confirm';

/** The element that has the focus, through the shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * A yes/no question in a modal dialog, e.g. "Vous avez modifié vos coordonnées bancaires,
 * souhaitez-vous les valider ?". Built on the native `<dialog>` (showModal): the browser keeps the
 * focus inside and makes the rest of the page inert; Escape cancels. `ask()` opens it, with the
 * focus on "Annuler", the safe choice (every question it asks leads to something that cannot be
 * undone: deleting a draft, withdrawing a consent, sending a change, a manager's decision), so that
 * an Enter pressed out of habit answers no; it resolves true on the confirming button ("Valider",
 * "Supprimer"…), false on "Annuler" or Escape; the focus then goes back to the element that had it. The dialog is named by `heading` and
 * described by the question (`message`, or the slotted content).
 * @slot - the question (by default `message`)
 */
export class PaConfirmDialog extends LitElement {
  static override styles = [
    hostBase,
    focusRing,
    css`
      :host {
        display: contents;
      }
      dialog {
        width: min(32rem, calc(100vw - 2rem));
        padding: ${token['space-5']};
        border: 1px solid ${token['color-border-strong']};
        border-radius: ${token.radius};
        background: ${token['color-surface']};
        color: ${token['color-text']};
        box-shadow: 0 8px 24px rgb(0 0 0 / 0.25);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.5);
      }
      h2 {
        margin: 0 0 ${token['space-3']};
        color: ${token['color-primary']};
        font-size: ${token['font-size-lg']};
        line-height: 1.25;
      }
      .message {
        margin: 0 0 ${token['space-5']};
      }
      ::slotted(p) {
        margin: 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${token['space-3']};
      }
    `,
  ];

  @property() heading = '';
  /** The question, when no content is slotted. */
  @property() message = '';
  @property({ attribute: 'confirm-label' }) confirmLabel = msg('Valider');
  @property({ attribute: 'cancel-label' }) cancelLabel = msg('Annuler');

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('.cancel') private cancelButton!: HTMLElement;

  private settle: ((confirmed: boolean) => void) | undefined;
  private returnFocus: HTMLElement | null = null;

  /** Whether the dialog is shown. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the dialog; resolves true when the member confirms, false otherwise. */
  async ask(): Promise<boolean> {
    // Asked again while open: the first question is answered "no".
    this.settle?.(false);
    this.returnFocus = deepActiveElement();
    await this.updateComplete;
    const answer = new Promise<boolean>((resolve) => {
      this.settle = resolve;
    });
    this.dialog.returnValue = '';
    if (!this.dialog.open) this.dialog.showModal();
    await (this.cancelButton as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    this.cancelButton.focus();
    return answer;
  }

  /**
   * Closes the dialog, answering `confirmed` at once: the native `close` event comes a task later,
   * when the page may already have asked again.
   */
  close(confirmed = false): void {
    if (!this.dialog?.open) return;
    this.answer(confirmed);
    this.dialog.close(confirmed ? CONFIRMED : '');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.answer(false);
  }

  private answer(confirmed: boolean): void {
    const settle = this.settle;
    this.settle = undefined;
    settle?.(confirmed);
  }

  /** After "Valider", "Annuler" or Escape (the native `cancel`, then `close`). */
  private onClose(): void {
    // Opened again since (a question asked right after the answer): this close is over already.
    if (this.dialog.open) return;
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected && deepActiveElement() !== target) target.focus();
    this.answer(this.dialog.returnValue === CONFIRMED);
  }

  override render() {
    return html`<dialog
      part="dialog"
      aria-labelledby="heading"
      aria-describedby="message"
      @close=${this.onClose}
    >
      <h2 id="heading" part="heading">${this.heading}</h2>
      <div id="message" class="message" part="message"><slot>${this.message}</slot></div>
      <div class="actions">
        <pa-button class="confirm" @click=${() => this.close(true)}>${this.confirmLabel}</pa-button>
        <pa-button class="cancel" variant="secondary" @click=${() => this.close(false)}
          >${this.cancelLabel}</pa-button
        >
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-confirm-dialog': PaConfirmDialog;
  }
}
