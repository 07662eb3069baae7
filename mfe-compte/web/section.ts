import { msg } from '@lit/localize';
import { currentPath, onRouteChange } from '@portail/runtime';
import { type PageModule, SectionElement } from '@portail/shared-design/section';
import { html } from 'lit';
import { COMPTE_PAGES } from '../contract/index.js';

type ComptePage = (typeof COMPTE_PAGES)[number];

/** Each page's module (its elements), loaded when the page is first shown. */
const PAGE_MODULES: Partial<Record<ComptePage['id'], PageModule>> = {
  'compte.donnees': () => import('./pages/define-donnees.js'),
  'compte.mot-de-passe': () => import('./pages/define-mot-de-passe.js'),
  'compte.notifications': () => import('./pages/define-notifications.js'),
  'compte.intranets': () => import('./pages/define-intranets.js'),
  'compte.appareils': () => import('./pages/define-appareils.js'),
  'compte.telechargement': () => import('./pages/define-telechargement.js'),
  'compte.fournisseur-identite': () => import('./pages/define-fournisseur-identite.js'),
};

/**
 * "Mon compte" (SPEC D): D1–D3 Données personnelles (identity, the changes that need a
 * justificatif and a manager's validation, phones and alert switches applied at once; each form
 * reachable by its anchor), D4 Mot de passe, D5 Notifications (findings about the member's file,
 * each with the link that fixes it), the intranets allowed to show the member's widgets (W2), the
 * devices where the login's code is not asked (P8 « Appareils de confiance »), and
 * P3 « Télécharger mes données ».
 */
export class CptSection extends SectionElement<ComptePage> {
  protected readonly pages = COMPTE_PAGES;
  protected readonly router = { currentPath, onRouteChange };
  protected override readonly pageModules = PAGE_MODULES;

  /** Each page with its label (`COMPTE_PAGES`) in the page's language as its heading (SPEC P6). */
  protected override renderPage(page: ComptePage): unknown {
    switch (page.id) {
      case 'compte.donnees':
        return html`<cpt-donnees-page .heading=${msg('Données personnelles')}></cpt-donnees-page>`;
      case 'compte.mot-de-passe':
        return html`<cpt-mot-de-passe-page .heading=${msg('Mot de passe')}></cpt-mot-de-passe-page>`;
      case 'compte.notifications':
        return html`<cpt-notifications-page .heading=${msg('Notifications')}></cpt-notifications-page>`;
      case 'compte.intranets':
        return html`<cpt-intranets-page .heading=${msg('Intranets autorisés')}></cpt-intranets-page>`;
      case 'compte.appareils':
        return html`<cpt-appareils-page .heading=${msg('Appareils de confiance')}></cpt-appareils-page>`;
      case 'compte.telechargement':
        return html`<cpt-telechargement-page .heading=${msg('Télécharger mes données')}></cpt-telechargement-page>`;
      case 'compte.fournisseur-identite':
        return html`<cpt-fournisseur-identite-page></cpt-fournisseur-identite-page>`;
      default:
        return super.renderPage(page);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cpt-section': CptSection;
  }
}
