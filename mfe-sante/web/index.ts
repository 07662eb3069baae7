// @portail/mfe-sante — « Mes services santé » as a single-spa application (SPEC G, W1).
import { createSectionLifecycles, loadSectionMessages } from '@portail/runtime';
import './define.js';

// SPEC P6: the section's texts in the page's language, before anything of it is shown.
await loadSectionMessages({ en: async () => (await import('../locales/en.js')).en });

export { SanSection } from './section.js';

/** « Accueil »: defines the section's home blocks (manifest `home.blocks`), a chunk of their own. */
export const loadHome = (): Promise<unknown> => import('./home/define.js');

export const { bootstrap, mount, unmount } = createSectionLifecycles('san-section');
