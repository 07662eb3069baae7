// The section's entry (the bundle the import map serves as `@portail/mfe-contact`): the single-spa
// lifecycles, and the registration of the section's elements (`./define.ts`).
import { createSectionLifecycles } from '@portail/runtime';
import './define.js';

export { CtcSection } from './section.js';

/** « Accueil »: defines the section's home blocks (manifest `home.blocks`), a chunk of their own. */
export const loadHome = (): Promise<unknown> => import('./home/define.js');

export const { bootstrap, mount, unmount } = createSectionLifecycles('ctc-section');
