import { hostBase } from '@portail/shared-design';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';

/** A page whose feature is not built yet: its title and the empty state, no invented data. */
export class PaPlaceholderPage extends LitElement {
  static override styles = [
    hostBase,
    css`
      :host {
        display: block;
      }
    `,
  ];

  @property() heading = '';

  override render() {
    return html`<pa-page .heading=${this.heading}><pa-empty-state></pa-empty-state></pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-placeholder-page': PaPlaceholderPage;
  }
}
