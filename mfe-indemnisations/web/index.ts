import { createSectionLifecycles, currentPath, onRouteChange } from '@portail/runtime';
import { define, SectionElement, subPathOf, token } from '@portail/shared-design';
import { css, html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { INDEMNISATIONS_PAGES } from '../contract/index.js';
import './pages/cotisations.js';
import './pages/decomptes.js';
import './pages/claim-wizard.js';
import './pages/demande.js';
import './pages/envois.js';
import './pages/indemnites.js';
import './pages/justificatifs.js';
import './pages/reglement.js';
import './pages/reglements.js';
import { paymentIdOf } from './routes.js';

export {
  defineWidgets,
  IndDeclarerSinistre,
  IndHistoriqueIndemnisations,
  IndRemboursements,
  widgets,
} from './widgets.js';

type IndemnisationsPage = (typeof INDEMNISATIONS_PAGES)[number];

/**
 * "Mes indemnisations" (SPEC C) and "Mes services santé" (SPEC G): C1 Demande d'indemnisation
 * and, under it, the online form of one claim (C2, `/indemnisations/demande/<id>`), C4 Envoi de
 * justificatifs, C5 Historique des envois, C6 Historique des indemnisations; G1 Mes règlements with
 * the detail of a payment (`/services/reglements/<id>`), G2 Décomptes and G3 Cotisations.
 */
export class IndSection extends SectionElement<IndemnisationsPage> {
  static override styles = [
    ...SectionElement.styles,
    css`
      h2 {
        margin: ${token['space-5']} 0 ${token['space-2']};
        color: ${token['color-primary']};
        font-size: ${token['font-size-lg']};
      }
    `,
  ];

  protected readonly pages = INDEMNISATIONS_PAGES;
  protected readonly router = { currentPath, onRouteChange };

  protected override renderPage(page: IndemnisationsPage): unknown {
    switch (page.id) {
      case 'indemnisations.demande': {
        // The page is nested: `/indemnisations/demande/<id>` is the form of one claim.
        const claimId = subPathOf(page, this.path);
        return claimId
          ? html`<ind-claim-wizard .claimId=${claimId} .heading=${page.label}></ind-claim-wizard>`
          : html`<ind-demande-page .heading=${page.label}></ind-demande-page>`;
      }
      case 'indemnisations.justificatifs':
        return html`<ind-justificatifs-page .heading=${page.label}></ind-justificatifs-page>`;
      case 'indemnisations.historique-envois':
        return html`<ind-envois-page .heading=${page.label}></ind-envois-page>`;
      case 'indemnisations.historique-indemnisations':
        return html`<ind-indemnites-page .heading=${page.label}></ind-indemnites-page>`;
      case 'services.reglements':
        return html`<ind-payments-page .heading=${page.label}></ind-payments-page>`;
      case 'services.decomptes':
        return html`<ind-statements-page .heading=${page.label}></ind-statements-page>`;
      case 'services.cotisations':
        return html`<ind-contributions-page .heading=${page.label}></ind-contributions-page>`;
      default:
        return super.renderPage(page);
    }
  }

  override render() {
    // The detail of a payment is no menu page: its path carries the payment's id.
    const paymentId = paymentIdOf(this.path);
    return paymentId === undefined
      ? super.render()
      : keyed(`reglement:${paymentId}`, html`<ind-payment-page payment-id=${paymentId}></ind-payment-page>`);
  }
}

define('ind-section', IndSection);

export const { bootstrap, mount, unmount } = createSectionLifecycles('ind-section');
