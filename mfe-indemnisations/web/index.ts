import { createSectionLifecycles, currentPath, onRouteChange } from '@portail/runtime';
import { define, SectionElement, token } from '@portail/shared-design';
import { css } from 'lit';
import { INDEMNISATIONS_PAGES } from '../contract/index.js';
import { renderDemandePage } from './pages/demande.js';

type IndemnisationsPage = (typeof INDEMNISATIONS_PAGES)[number];

/** "Mes indemnisations" (SPEC C) and "Mes services santé" (SPEC G); C1 first, the other pages to come. */
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
    return page.id === 'indemnisations.demande' ? renderDemandePage(page.label) : super.renderPage(page);
  }
}

define('ind-section', IndSection);

export const { bootstrap, mount, unmount } = createSectionLifecycles('ind-section');
