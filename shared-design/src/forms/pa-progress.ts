import { msg, str } from '@lit/localize';
import { hostBase, token, visuallyHidden } from '@portail/shared-design';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * How far an operation has gone (an upload): a native <progress>, labelled by the visible text
 * "Envoi de justificatif.pdf… 45 %". A polite status tells screen readers at each `step` percents
 * only ("Envoi de justificatif.pdf : 50 %"), not at every change of the bar.
 */
export class PaProgress extends LitElement {
  static override styles = [
    hostBase,
    visuallyHidden,
    css`
      :host {
        display: block;
        margin-block: ${token['space-3']};
      }
      label {
        display: block;
        margin-block-end: ${token['space-1']};
        font-weight: 600;
      }
      progress {
        display: block;
        width: 100%;
        height: 0.75rem;
        border: 1px solid ${token['color-border-strong']};
        border-radius: ${token.radius};
        background: ${token['color-surface-alt']};
        accent-color: ${token['color-primary']};
        appearance: none;
      }
      progress::-webkit-progress-bar {
        border-radius: ${token.radius};
        background: ${token['color-surface-alt']};
      }
      progress::-webkit-progress-value {
        border-radius: ${token.radius};
        background: ${token['color-primary']};
      }
      progress::-moz-progress-bar {
        border-radius: ${token.radius};
        background: ${token['color-primary']};
      }
    `,
  ];

  /** From 0 to 1. */
  @property({ type: Number }) value = 0;
  @property() label = msg('Envoi en cours');
  /** Percents between two announcements to screen readers. */
  @property({ type: Number }) step = 25;

  /** The value in whole percents, within 0..100. */
  get percent(): number {
    return Number.isFinite(this.value) ? Math.round(Math.min(Math.max(this.value, 0), 1) * 100) : 0;
  }

  /** What the status says: the last step reached ("Envoi de justificatif.pdf : 50 %"), '' before the first. */
  get announcement(): string {
    const step = this.step > 0 ? this.step : 25;
    const reached = Math.floor(this.percent / step) * step;
    return reached > 0 ? msg(str`${this.label} : ${reached}\u00a0%`) : '';
  }

  override render() {
    return html`<label for="progress" part="label">${msg(str`${this.label}… ${this.percent}\u00a0%`)}</label>
      <progress id="progress" part="progress" max="100" value=${this.percent}>${this.percent}\u00a0%</progress>
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-progress': PaProgress;
  }
}
