import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { pageStyles } from './page-styles.js';

/** `/` when the menu has no entry to open first. */
export class PortailHomePage extends LitElement {
  static override styles = pageStyles;

  @property() name = '';

  override render() {
    return html`<pa-page heading="Accueil">
      <p>Bienvenue${this.name ? ` ${this.name}` : ''} sur vos services en ligne.</p>
      <pa-empty-state text="Aucun service n'est disponible pour le moment."></pa-empty-state>
    </pa-page>`;
  }
}
