import { hostBase, token, visuallyHidden } from '@portail/shared-design';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';

/** Fired (bubbling, composed) by "Se déconnecter". */
export const LOGOUT = 'bo-logout';

/** Header: the manager's name and "Se déconnecter" (fires `bo-logout`). */
export class BoIdentity extends LitElement {
  static override styles = [
    hostBase,
    visuallyHidden,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${token['space-3']};
      }
    `,
  ];

  @property() name = '';

  override render() {
    return html`<span><span class="visually-hidden">Connecté en tant que </span>${this.name}</span>
      <pa-button variant="secondary" @click=${this.logout}>Se déconnecter</pa-button>`;
  }

  private logout(): void {
    this.dispatchEvent(new CustomEvent(LOGOUT, { bubbles: true, composed: true }));
  }
}
