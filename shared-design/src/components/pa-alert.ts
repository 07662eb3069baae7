import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { hostBase, visuallyHidden } from '../styles.js';
import { token } from '../tokens.js';
import { type AlertVariant, signPrefix, variantSigns, variantStyles } from './feedback.js';

/**
 * A message box. `error` is an alert (announced at once), the others a polite status.
 * @slot - the message
 */
export class PaAlert extends LitElement {
  static override styles = [
    hostBase,
    visuallyHidden,
    variantStyles,
    css`
      :host {
        display: block;
        margin-block: ${token['space-4']};
      }
      .box {
        display: flex;
        gap: ${token['space-3']};
        padding: ${token['space-3']} ${token['space-4']};
        border: 1px solid var(--accent);
        border-inline-start-width: 4px;
        border-radius: ${token.radius};
        background: var(--tint);
      }
      .heading {
        margin: 0 0 ${token['space-1']};
        font-weight: 700;
      }
      ::slotted(p) {
        margin: 0;
      }
    `,
  ];

  @property({ reflect: true }) variant: AlertVariant = 'info';
  @property() heading = '';

  override render() {
    const sign = variantSigns[this.variant] ?? variantSigns.info;
    return html`<div class="box ${this.variant}" part="base" role=${this.variant === 'error' ? 'alert' : 'status'}>
      <span class="icon" aria-hidden="true">${sign.icon}</span>
      <div>
        <span class="visually-hidden">${signPrefix(sign.label)}</span>
        ${this.heading ? html`<p class="heading">${this.heading}</p>` : nothing}
        <slot></slot>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-alert': PaAlert;
  }
}
