import { msg } from '@lit/localize';
import { html, LitElement } from 'lit';
import { pageStyles } from './page-styles.js';

/** Any path nobody owns. */
export class PortailNotFoundPage extends LitElement {
  static override styles = pageStyles;

  override render() {
    return html`<pa-page heading=${msg('Page introuvable')}>
      <p>${msg("La page demandée n'existe pas ou a été déplacée.")}</p>
      <p><a href="/">${msg("Retour à l'accueil")}</a></p>
    </pa-page>`;
  }
}
