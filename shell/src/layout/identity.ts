import { msg } from '@lit/localize';
import { hostBase, token, visuallyHidden } from '@portail/shared-design';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';

/** Header: the member's identifier and "Se déconnecter" (fires `portail-logout`). */
export class PortailIdentity extends LitElement {
  static override styles = [
    hostBase,
    visuallyHidden,
    css`
      :host {
        display: flex;
        align-items: center;
        gap: ${token['space-3']};
        white-space: nowrap;
      }
    `,
  ];

  @property() identifier = '';

  override render() {
    return html`<span><span class="visually-hidden">${msg('Connecté en tant que')} </span>${this.identifier}</span>
      <pa-button variant="secondary" @click=${this.logout}>${msg('Se déconnecter')}</pa-button>`;
  }

  private logout(): void {
    this.dispatchEvent(new CustomEvent('portail-logout', { bubbles: true, composed: true }));
  }
}
