// @portail/mfe-sante — « Mes services santé » as a single-spa application (SPEC G, W1).
import { createSectionLifecycles } from '@portail/runtime';
import './define.js';

export { SanSection } from './section.js';

/** « Accueil »: defines the section's home blocks (manifest `home.blocks`), a chunk of their own. */
export const loadHome = (): Promise<unknown> => import('./home/define.js');

export const { bootstrap, mount, unmount } = createSectionLifecycles('san-section');
