import { focusRing, hostBase, token } from '@portail/shared-design';
import { css, html, LitElement } from 'lit';

/** Header: the portal's name, a link to the home page. */
export class PortailBrand extends LitElement {
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

  override render() {
    return html`<a href="/">Portail Adhérent</a>`;
  }
}
