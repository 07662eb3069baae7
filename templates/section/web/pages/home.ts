import { api } from '@portail/runtime';
import { sectionPageStyles } from '@portail/shared-design';
import { LoadController } from '@portail/shared-design/section';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { ExempleHome } from '../../contract/index.js';

/** The section's first page: what `GET /api/exemple/accueil` says. */
export class ExeHomePage extends LitElement {
  static override styles = sectionPageStyles;

  @property() heading = 'Accueil';

  private readonly home = new LoadController(this, () => api<ExempleHome>('/api/exemple/accueil'));

  override render() {
    return html`<pa-page .heading=${this.heading}>
      ${this.home.render((home) => html`<p>Vos demandes : ${home.requestsCount}</p>`)}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'exe-home-page': ExeHomePage;
  }
}
