import { msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { hostBase } from '../styles.js';
import { token } from '../tokens.js';

/**
 * What a list shows when it has nothing to show.
 * @slot - extra content, e.g. a link to another page
 */
export class PaEmptyState extends LitElement {
  static override styles = [
    hostBase,
    css`
      :host {
        display: block;
      }
      .empty {
        padding: ${token['space-5']} ${token['space-4']};
        border: 1px dashed ${token['color-border-strong']};
        border-radius: ${token.radius};
        background: ${token['color-surface-alt']};
        color: ${token['color-text-muted']};
        text-align: center;
      }
      p {
        margin: 0;
      }
    `,
  ];

  @property() text = msg('Aucun document pour le moment');

  override render() {
    return html`<div class="empty" part="base"><p>${this.text}</p><slot></slot></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-empty-state': PaEmptyState;
  }
}
