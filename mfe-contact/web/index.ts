import { createSectionLifecycles, currentPath, onRouteChange } from '@portail/runtime';
import { define, SectionElement } from '@portail/shared-design';
import { CONTACT_PAGES } from '../contract/index.js';

/** "Contact" (SPEC E): its pages are placeholders until their features are built. */
export class CtcSection extends SectionElement<(typeof CONTACT_PAGES)[number]> {
  protected readonly pages = CONTACT_PAGES;
  protected readonly router = { currentPath, onRouteChange };
}

define('ctc-section', CtcSection);

export const { bootstrap, mount, unmount } = createSectionLifecycles('ctc-section');
