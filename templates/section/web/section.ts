import { currentPath, onRouteChange } from '@portail/runtime';
import { type PageModule, SectionElement } from '@portail/shared-design/section';
import { html } from 'lit';
import { EXEMPLE_PAGES } from '../contract/index.js';

type ExemplePage = (typeof EXEMPLE_PAGES)[number];

/** Each page's module (its elements), loaded when the page is first shown: a chunk per page. */
const PAGE_MODULES: Partial<Record<ExemplePage['id'], PageModule>> = {
  'exemple.accueil': () => import('./pages/define-home.js'),
};

/** « Exemple »: shows the page of the current path. */
export class ExeSection extends SectionElement<ExemplePage> {
  protected readonly pages = EXEMPLE_PAGES;
  protected readonly router = { currentPath, onRouteChange };
  protected override readonly pageModules = PAGE_MODULES;

  protected override renderPage(page: ExemplePage): unknown {
    switch (page.id) {
      case 'exemple.accueil':
        return html`<exe-home-page .heading=${page.label}></exe-home-page>`;
      default:
        return super.renderPage(page);
    }
  }
}
