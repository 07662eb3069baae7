import { css, html, LitElement, unsafeCSS } from 'lit';
import { property } from 'lit/decorators.js';
import { hostBase } from '../styles.js';
import { token } from '../tokens.js';
import { type AlertVariant, variantSigns, variantStyles } from './feedback.js';

/**
 * A short status shown inline, e.g. "En cours de traitement", "Refusé": its text, an icon of the
 * variant's shape and the variant's colours, so that colour is never the only sign (RGAA 3.1).
 * The icon is generated content with an empty alternative: screen readers and the element's text
 * content have the status text only.
 * @slot - the status text
 */
export class PaBadge extends LitElement {
  static override styles = [
    hostBase,
    variantStyles,
    css`
      :host {
        display: inline-block;
        vertical-align: middle;
      }
      .badge {
        display: inline-flex;
        align-items: center;
        gap: ${token['space-2']};
        padding: 0.125rem ${token['space-3']} 0.125rem ${token['space-1']};
        border: 1px solid var(--accent);
        /* A pill on one line; a narrow column (a table's cell) may wrap its words on two. */
        border-radius: 0.875rem;
        background: var(--tint);
        color: ${token['color-text']};
        font-size: ${token['font-size-sm']};
        font-weight: 600;
      }
      .icon {
        flex: none;
      }
      .icon {
        align-self: flex-start;
        width: 1.25rem;
        height: 1.25rem;
        font-size: 0.75rem;
      }
      ${unsafeCSS(
        Object.entries(variantSigns)
          .map(
            ([variant, { icon }]) =>
              `.${variant} .icon::before { content: '${icon}'; content: '${icon}' / ''; }`,
          )
          .join('\n'),
      )}
    `,
  ];

  @property({ reflect: true }) variant: AlertVariant = 'info';

  override render() {
    const variant = variantSigns[this.variant] ? this.variant : 'info';
    return html`<span class="badge ${variant}" part="base"><span class="icon"></span><slot></slot></span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-badge': PaBadge;
  }
}
