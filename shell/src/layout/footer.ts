import { msg } from '@lit/localize';
import { focusRing, hostBase, token } from '@portail/shared-design';
import { css, html, LitElement } from 'lit';

/** Footer: CGU, contact details, supported browsers (A4), the accessibility status (RGAA). */
export class PortailFooter extends LitElement {
  static override styles = [
    hostBase,
    focusRing,
    css`
      :host {
        display: block;
      }
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: ${token['space-2']} ${token['space-5']};
        list-style: none;
        margin: 0;
        padding: 0;
      }
      a {
        color: ${token['color-primary']};
      }
    `,
  ];

  override render() {
    return html`<nav aria-label=${msg('Informations pratiques')}>
      <ul>
        <li><a href="/conditions-generales">${msg('Conditions générales')}</a></li>
        <li>${msg('Service adhérents :')} <a href="tel:+33248000000">02 48 00 00 00</a>${msg(', du lundi au vendredi de 9 h à 17 h')}</li>
        <li><a href="/navigateurs">${msg('Navigateurs compatibles')}</a></li>
        <li><a href="/accessibilite">${msg('Accessibilité : non conforme')}</a></li>
      </ul>
    </nav>`;
  }
}
