import { createSectionLifecycles, currentPath, onRouteChange } from '@portail/runtime';
import { define, SectionElement } from '@portail/shared-design';
import { ADHESION_PAGES } from '../contract/index.js';
import { documentListOf, renderDocumentPage } from './pages/documents.js';

type AdhesionPage = (typeof ADHESION_PAGES)[number];

/** "Mon adhésion" (SPEC B): B1 Contrat, B2 Formulaires, B3 Documents clés; the other pages to come. */
export class AdhSection extends SectionElement<AdhesionPage> {
  protected readonly pages = ADHESION_PAGES;
  protected readonly router = { currentPath, onRouteChange };

  protected override renderPage(page: AdhesionPage): unknown {
    const list = documentListOf(page);
    return list ? renderDocumentPage(page, list) : super.renderPage(page);
  }
}

define('adh-section', AdhSection);

export const { bootstrap, mount, unmount } = createSectionLifecycles('adh-section');
