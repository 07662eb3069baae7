import { msg } from '@lit/localize';
import { currentPath, onRouteChange } from '@portail/runtime';
import { type PageModule, SectionElement } from '@portail/shared-design/section';
import { html } from 'lit';
import { ADHESION_PAGES } from '../contract/index.js';
import { documentListOf, renderDocumentPage } from './pages/documents.js';
import { ESPACE_ADHESION_PAGE, renderEspacePage } from './pages/espace.js';

type AdhesionPage = (typeof ADHESION_PAGES)[number] | typeof ESPACE_ADHESION_PAGE;

/** Each page's module (its elements), loaded when the page is first shown; document lists need none. */
const PAGE_MODULES: Partial<Record<AdhesionPage['id'], PageModule>> = {
  'adhesion.certificat': () => import('./pages/define-certificat.js'),
  'adhesion.carte': () => import('./pages/define-carte.js'),
  'adhesion.prise-en-charge': () => import('./pages/define-prise-en-charge.js'),
  'adhesion.espace': () => import('./pages/define-espace.js'),
};

/** A page's title in the page's language (its manifest label is the French constant). */
function pageLabel(id: AdhesionPage['id']): string {
  switch (id) {
    case 'adhesion.contrat':
      return msg('Contrat');
    case 'adhesion.formulaires':
      return msg('Formulaires');
    case 'adhesion.documents-cles':
      return msg('Documents clés');
    case 'adhesion.certificat':
      return msg("Certificat d'affiliation");
    case 'adhesion.carte':
      return msg('Carte de tiers payant');
    case 'adhesion.prise-en-charge':
      return msg('Prise en charge hospitalière');
    case 'adhesion.espace':
      return msg('Espace Adhésion');
  }
}

/**
 * "Mon adhésion" (SPEC B): B1 Contrat, B2 Formulaires, B3 Documents clés, B5 Certificat
 * d'affiliation, B6 Carte de tiers payant, B7 Prise en charge hospitalière, and the public B4
 * Espace Adhésion (mounted by the shell without a session).
 */
export class AdhSection extends SectionElement<AdhesionPage> {
  // The titles in the page's language, set when the element is made (the section's catalog is there).
  protected readonly pages: readonly AdhesionPage[] = [...ADHESION_PAGES, ESPACE_ADHESION_PAGE].map(
    (page) => ({ ...page, label: pageLabel(page.id) }) as AdhesionPage,
  );
  protected readonly router = { currentPath, onRouteChange };
  protected override readonly pageModules = PAGE_MODULES;

  protected override renderPage(page: AdhesionPage): unknown {
    switch (page.id) {
      case 'adhesion.certificat':
        return html`<adh-certificate-page .heading=${page.label}></adh-certificate-page>`;
      case 'adhesion.carte':
        return html`<adh-card-page .heading=${page.label}></adh-card-page>`;
      case 'adhesion.prise-en-charge':
        return html`<adh-hospital-page .heading=${page.label}></adh-hospital-page>`;
      case 'adhesion.espace':
        return renderEspacePage();
      default: {
        const list = documentListOf(page);
        return list ? renderDocumentPage(page, list) : super.renderPage(page);
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'adh-section': AdhSection;
  }
}
