import { msg } from '@lit/localize';
import { currentPath, onRouteChange } from '@portail/runtime';
import { subPathOf } from '@portail/shared-design';
import { type PageModule, SectionElement } from '@portail/shared-design/section';
import { html } from 'lit';
import { SANTE_PAGES } from '../contract/index.js';

type SantePage = (typeof SANTE_PAGES)[number];

/** Each page's module (its elements), loaded when the page is first shown. */
const PAGE_MODULES: Partial<Record<SantePage['id'], PageModule>> = {
  'sante.reglements': () => import('./pages/define-reglements.js'),
  'sante.decomptes': () => import('./pages/define-decomptes.js'),
  'sante.cotisations': () => import('./pages/define-cotisations.js'),
  'sante.estimation': () => import('./pages/define-estimation.js'),
};
/** The detail of one reimbursement, under G1's path. */
const REIMBURSEMENT_MODULE: PageModule = () => import('./pages/define-reimbursement.js');

/**
 * « Mes services santé » (SPEC G): G1 Mes règlements and, under it, the detail of one
 * reimbursement (`/services/reglements/<id>`), G2 Décomptes, G3 Cotisations, P5 Estimer un
 * remboursement.
 */
export class SanSection extends SectionElement<SantePage> {
  protected readonly pages = SANTE_PAGES;
  protected readonly router = { currentPath, onRouteChange };
  protected override readonly pageModules = PAGE_MODULES;

  protected override pageModule(page: SantePage): PageModule | undefined {
    if (page.id === 'sante.reglements' && subPathOf(page, this.path)) return REIMBURSEMENT_MODULE;
    return super.pageModule(page);
  }

  /** Each page with its label (`SANTE_PAGES`) in the page's language as its heading (SPEC P6). */
  protected override renderPage(page: SantePage): unknown {
    switch (page.id) {
      case 'sante.reglements': {
        // The page is nested: `/services/reglements/<id>` is the detail of one reimbursement.
        const paymentId = subPathOf(page, this.path);
        return paymentId
          ? html`<san-reimbursement-page payment-id=${paymentId}></san-reimbursement-page>`
          : html`<san-reimbursements-page .heading=${msg('Mes règlements')}></san-reimbursements-page>`;
      }
      case 'sante.decomptes':
        return html`<san-statements-page .heading=${msg('Décomptes')}></san-statements-page>`;
      case 'sante.cotisations':
        return html`<san-contributions-page .heading=${msg('Cotisations')}></san-contributions-page>`;
      case 'sante.estimation':
        return html`<san-estimate-page .heading=${msg('Estimer un remboursement')}></san-estimate-page>`;
      default:
        return super.renderPage(page);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'san-section': SanSection;
  }
}
