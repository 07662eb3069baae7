import { currentPath, onRouteChange } from '@portail/runtime';
import { SectionElement, subPathOf } from '@portail/shared-design';
import { html } from 'lit';
import { INDEMNISATIONS_PAGES } from '../contract/index.js';

type IndemnisationsPage = (typeof INDEMNISATIONS_PAGES)[number];

/**
 * « Mes indemnisations » (SPEC C): C1 Demande d'indemnisation and, under it, the online form of one
 * claim (C2, `/indemnisations/demande/<id>`), C4 Envoi de justificatifs, C5 Historique des envois,
 * C6 Historique des indemnisations.
 */
export class IndSection extends SectionElement<IndemnisationsPage> {
  protected readonly pages = INDEMNISATIONS_PAGES;
  protected readonly router = { currentPath, onRouteChange };

  protected override renderPage(page: IndemnisationsPage): unknown {
    switch (page.id) {
      case 'indemnisations.demande': {
        // The page is nested: `/indemnisations/demande/<id>` is the form of one claim.
        const claimId = subPathOf(page, this.path);
        return claimId
          ? html`<ind-claim-wizard .claimId=${claimId} .heading=${page.label}></ind-claim-wizard>`
          : html`<ind-claims-page .heading=${page.label}></ind-claims-page>`;
      }
      case 'indemnisations.justificatifs':
        return html`<ind-supporting-documents-page .heading=${page.label}></ind-supporting-documents-page>`;
      case 'indemnisations.historique-envois':
        return html`<ind-sendings-page .heading=${page.label}></ind-sendings-page>`;
      case 'indemnisations.historique-indemnisations':
        return html`<ind-indemnities-page .heading=${page.label}></ind-indemnities-page>`;
      default:
        return super.renderPage(page);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ind-section': IndSection;
  }
}
