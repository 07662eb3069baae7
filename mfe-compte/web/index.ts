import { createSectionLifecycles, currentPath, onRouteChange } from '@portail/runtime';
import { define, SectionElement } from '@portail/shared-design';
import { COMPTE_PAGES } from '../contract/index.js';

/** "Mon compte" (SPEC D): its pages are placeholders until their features are built. */
export class CptSection extends SectionElement<(typeof COMPTE_PAGES)[number]> {
  protected readonly pages = COMPTE_PAGES;
  protected readonly router = { currentPath, onRouteChange };
}

define('cpt-section', CptSection);

export const { bootstrap, mount, unmount } = createSectionLifecycles('cpt-section');
