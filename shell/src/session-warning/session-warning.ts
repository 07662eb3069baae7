import { msg, str } from '@lit/localize';
// SPEC A8, the warning before a session's idle limit: a chunk of its own, fetched when a warning is
// first due (with the forms entry of shared-design, for pa-confirm-dialog), never on the login page.
// `define.ts` beside it registers the element.
import type { PaConfirmDialog } from '@portail/shared-design/forms';
import '@portail/shared-design/forms';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';

/** "1 min 45 s", "45 s". */
export function formatTimeLeft(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/**
 * « Votre session va expirer »: a modal dialog (pa-confirm-dialog: the focus kept inside, then given
 * back) while `deadline` is set, with the time left counting down. The dialog is described by that
 * text, read once when it opens; the countdown is no live region, so it is not announced every
 * second. « Rester connecté » has the focus first, and Escape means it too.
 * @fires portail-stay - « Rester connecté » or Escape
 * @fires portail-leave - « Se déconnecter »
 */
export class PortailSessionWarning extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** When the session ends (ms since the epoch); 0 closes the dialog without an answer. */
  @property({ type: Number }) deadline = 0;
  @state() private now = Date.now();
  @query('pa-confirm-dialog') private dialog!: PaConfirmDialog;
  private asking = false;
  private ticker: ReturnType<typeof setInterval> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.asking = false;
    clearInterval(this.ticker);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('deadline')) this.now = Date.now();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('deadline')) return;
    if (this.deadline > 0 && !this.asking) void this.ask();
    else if (this.deadline === 0 && this.asking) {
      // Kept alive elsewhere, or over: the dialog goes, its answer is nobody's.
      this.asking = false;
      clearInterval(this.ticker);
      this.dialog.close(false);
    }
  }

  private async ask(): Promise<void> {
    this.asking = true;
    clearInterval(this.ticker);
    this.ticker = setInterval(() => {
      this.now = Date.now();
    }, 1000);
    const leave = await this.dialog.ask();
    if (!this.asking) return;
    this.asking = false;
    clearInterval(this.ticker);
    this.dispatchEvent(new Event(leave ? 'portail-leave' : 'portail-stay', { bubbles: true }));
  }

  override render() {
    const left = Math.max(0, Math.ceil((this.deadline - this.now) / 1000));
    return html`<pa-confirm-dialog
      heading=${msg('Votre session va expirer')}
      confirm-label=${msg('Se déconnecter')}
      cancel-label=${msg('Rester connecté')}
      .message=${msg(str`Sans action de votre part, votre session se terminera dans ${formatTimeLeft(left)}.`)}
    ></pa-confirm-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portail-session-warning': PortailSessionWarning;
  }
}
