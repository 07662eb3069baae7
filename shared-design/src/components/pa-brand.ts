import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { focusRing, hostBase } from '../styles.js';
import { token } from '../tokens.js';

/**
 * The name in a page frame's header, a link to the application's first page: the portal's
 * (`<pa-brand href="/">Portail Adhérent</pa-brand>`) or the back office's.
 */
export class PaBrand extends LitElement {
  static override styles = [
    hostBase,
    focusRing,
    css`
      a {
        color: ${token['color-primary']};
        font-size: ${token['font-size-lg']};
        font-weight: 700;
        text-decoration: none;
      }
      a:hover {
        text-decoration: underline;
      }
    `,
  ];

  /** Where the name leads. */
  @property() href = '/';

  override render() {
    return html`<a href=${this.href}><slot></slot></a>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-brand': PaBrand;
  }
}
