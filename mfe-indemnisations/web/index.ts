// @portail/mfe-indemnisations — « Mes indemnisations » as a single-spa application (SPEC C, W1).
import { createSectionLifecycles } from '@portail/runtime';
import './define.js';

export { IndSection } from './section.js';

/** « Accueil »: defines the section's home blocks (manifest `home.blocks`), a chunk of their own. */
export const loadHome = (): Promise<unknown> => import('./home/define.js');

export const { bootstrap, mount, unmount } = createSectionLifecycles('ind-section');
