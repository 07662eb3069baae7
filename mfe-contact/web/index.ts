// The section's entry (the bundle the import map serves as `@portail/mfe-contact`): the single-spa
// lifecycles, and the registration of the section's elements (`./define.ts`).
import { createSectionLifecycles, loadSectionMessages } from '@portail/runtime';
import './define.js';

// SPEC P6: the section's texts in the page's language, before anything of it is shown.
await loadSectionMessages({ en: async () => (await import('../locales/en.js')).en });

export { CtcSection } from './section.js';

/** « Accueil »: defines the section's home blocks (manifest `home.blocks`), a chunk of their own. */
export const loadHome = (): Promise<unknown> => import('./home/define.js');

export const { bootstrap, mount, unmount } = createSectionLifecycles('ctc-section');
