import { msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { focusRing, hostBase, visuallyHidden } from '../styles.js';
import { token } from '../tokens.js';
import { type AlertVariant, signPrefix, variantSigns, variantStyles } from './feedback.js';

/**
 * A transient message in a polite live region, e.g. "Votre message a bien été envoyé".
 * The region stays in the page so that a message put into it is announced; the timer pauses
 * while the pointer or the focus is on the toast (WCAG 2.2.1).
 */
export class PaToast extends LitElement {
  static override styles = [
    hostBase,
    focusRing,
    visuallyHidden,
    variantStyles,
    css`
      :host {
        position: fixed;
        inset-block-end: ${token['space-4']};
        inset-inline-end: ${token['space-4']};
        z-index: 1000;
        max-width: min(28rem, calc(100vw - 2rem));
      }
      .toast.open {
        display: flex;
        align-items: center;
        gap: ${token['space-3']};
        padding: ${token['space-3']} ${token['space-4']};
        border: 1px solid var(--accent);
        border-inline-start-width: 4px;
        border-radius: ${token.radius};
        background: ${token['color-surface']};
        box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
      }
      .message {
        display: flex;
        flex: 1;
        gap: ${token['space-2']};
        align-items: center;
      }
      .link {
        color: ${token['color-primary']};
        font-weight: 600;
        white-space: nowrap;
      }
      button {
        padding: ${token['space-1']} ${token['space-2']};
        border: 1px solid ${token['color-border-strong']};
        border-radius: ${token.radius};
        background: ${token['color-surface']};
        color: inherit;
        font: inherit;
        cursor: pointer;
      }
    `,
  ];

  @state() private message = '';
  @state() private variant: AlertVariant = 'success';
  /** A link beside the message (« Voir »), e.g. to the page of what a live update tells. */
  @state() private link: { href: string; label: string } | undefined;
  /** Changes with every show(), so that the same message twice is announced twice. */
  @state() private shown = 0;
  private durationMs = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Shows `message`, replacing any current one; hides it after `durationMs` (0: stays). */
  show(
    message: string,
    variant: AlertVariant = 'success',
    durationMs = 5000,
    link?: { href: string; label: string },
  ): void {
    this.message = message;
    this.link = link;
    this.variant = variant;
    this.durationMs = durationMs;
    this.shown++;
    this.startTimer();
  }

  hide(): void {
    this.stopTimer();
    this.message = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimer();
  }

  private startTimer = (): void => {
    this.stopTimer();
    if (this.message && this.durationMs > 0) this.timer = setTimeout(() => this.hide(), this.durationMs);
  };

  private stopTimer = (): void => {
    clearTimeout(this.timer);
    this.timer = undefined;
  };

  override render() {
    const sign = variantSigns[this.variant] ?? variantSigns.success;
    return html`<div
      class="toast ${this.variant} ${this.message ? 'open' : ''}"
      part="base"
      @mouseenter=${this.stopTimer}
      @mouseleave=${this.startTimer}
      @focusin=${this.stopTimer}
      @focusout=${this.startTimer}
    >
      <div class="message" role="status" aria-live="polite">
        ${
          this.message
            ? keyed(
                this.shown,
                html`<span class="icon" aria-hidden="true">${sign.icon}</span
                  ><span><span class="visually-hidden">${signPrefix(sign.label)}</span>${this.message}</span>
                  ${this.link ? html`<a class="link" href=${this.link.href} @click=${this.hide}>${this.link.label}</a>` : nothing}`,
              )
            : nothing
        }
      </div>
      ${this.message ? html`<button type="button" @click=${this.hide}>${msg('Fermer')}</button>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-toast': PaToast;
  }
}
