import { currentPath, onRouteChange } from '@portail/runtime';
import { resolvePage, subPathOf } from '@portail/shared-design';
import { type PageModule, SectionElement } from '@portail/shared-design/section';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { INDEMNISATIONS_PAGES } from '../contract/index.js';
import { claimOfSubPath, firstSavedFrom } from './routes.js';

type IndemnisationsPage = (typeof INDEMNISATIONS_PAGES)[number];

/** Each page's module (its elements), loaded when the page is first shown. */
const PAGE_MODULES: Partial<Record<IndemnisationsPage['id'], PageModule>> = {
  'indemnisations.demande': () => import('./pages/define-demande.js'),
  'indemnisations.justificatifs': () => import('./pages/define-justificatifs.js'),
  'indemnisations.historique-envois': () => import('./pages/define-historique-envois.js'),
  'indemnisations.historique-indemnisations': () => import('./pages/define-historique-indemnisations.js'),
};
/** The form of one claim, under C1's path. */
const CLAIM_FORM_MODULE: PageModule = () => import('./pages/define-claim-wizard.js');

/**
 * « Mes indemnisations » (SPEC C): C1 Demande d'indemnisation and, under it, the online form of one
 * claim (C2, `/indemnisations/demande/<id>`, or `…/nouvelle/<form>` for a new one, stored only once
 * saved), C4 Envoi de justificatifs, C5 Historique des envois, C6 Historique des indemnisations.
 */
export class IndSection extends SectionElement<IndemnisationsPage> {
  protected readonly pages = INDEMNISATIONS_PAGES;
  protected readonly router = { currentPath, onRouteChange };
  protected override readonly pageModules = PAGE_MODULES;

  /** The claim form shown: its sub-path and the key of its element. */
  private shownClaim: { sub: string; key: string } | undefined;

  protected override pageModule(page: IndemnisationsPage): PageModule | undefined {
    if (page.id === 'indemnisations.demande' && subPathOf(page, this.path)) return CLAIM_FORM_MODULE;
    return super.pageModule(page);
  }

  protected override renderPage(page: IndemnisationsPage): unknown {
    switch (page.id) {
      case 'indemnisations.demande': {
        // The page is nested: `/indemnisations/demande/<id>` is the form of one claim.
        const sub = subPathOf(page, this.path);
        if (!sub) return html`<ind-claims-page .heading=${page.label}></ind-claims-page>`;
        const { claimId, formCode } = claimOfSubPath(sub);
        return html`<ind-claim-wizard
          .claimId=${claimId}
          .formCode=${formCode}
          .heading=${page.label}
        ></ind-claim-wizard>`;
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

  /**
   * As the base does (a fresh page per path), except when a new claim saved for the first time
   * takes its own address: the form on screen stays the same element.
   */
  override render() {
    const page = resolvePage(this.pages, this.path);
    const sub = page?.id === 'indemnisations.demande' ? subPathOf(page, this.path) : '';
    if (!page || !sub) {
      this.shownClaim = undefined;
      return super.render();
    }
    const shown = this.shownClaim;
    const key = shown && (shown.sub === sub || firstSavedFrom(sub) === shown.sub) ? shown.key : sub;
    this.shownClaim = { sub, key };
    return keyed(`${page.id}:claim:${key}`, this.renderLoadedPage(page));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ind-section': IndSection;
  }
}
