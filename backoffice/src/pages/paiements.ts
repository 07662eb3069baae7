// H5 — the payments page belongs to mfe-indemnisations (each section owns its back-office part):
// the back office only hosts it and gives it the manager's API caller. Importing the module
// defines its `ind-*` elements.
import '@portail/mfe-indemnisations/gestion';
import type { GestionCall } from '@portail/mfe-indemnisations/gestion';
import { hostBase } from '@portail/shared-design';
import { css, html, LitElement } from 'lit';
import { gestionApi } from '../api.js';

/** The back office's caller, with the manager session's CSRF token. */
const call: GestionCall = (path, init) => gestionApi(path, init);

export class BoPaiementsPage extends LitElement {
  static override styles = [
    hostBase,
    css`
      :host {
        display: block;
      }
    `,
  ];

  override render() {
    return html`<ind-gestion-paiements heading="Paiements" .call=${call}></ind-gestion-paiements>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bo-paiements-page': BoPaiementsPage;
  }
}
