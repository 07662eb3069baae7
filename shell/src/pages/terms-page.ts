import { msg } from '@lit/localize';
import type { CguDocument } from '@portail/kernel/contract';
import { api } from '@portail/runtime';
import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { pageStyles } from './page-styles.js';

/** A3 — the CGU, readable at any time from the footer, logged in or not. */
export class PortailTermsPage extends LitElement {
  static override styles = pageStyles;

  @state() private cgu: CguDocument | null = null;
  @state() private error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    api<CguDocument>('/api/cgu/current').then(
      (cgu) => {
        this.cgu = cgu;
      },
      (error: Error) => {
        this.error = error.message;
      },
    );
  }

  override render() {
    return html`<pa-page heading=${msg('Conditions générales')}>
      ${this.error ? html`<pa-alert variant="error">${this.error}</pa-alert>` : nothing}
      ${this.cgu ? html`<portail-cgu-text .document=${this.cgu}></portail-cgu-text>` : nothing}
      ${!this.cgu && !this.error ? html`<p role="status">${msg('Chargement des conditions générales…')}</p>` : nothing}
    </pa-page>`;
  }
}
