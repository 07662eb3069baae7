// The section's entry (the bundle the import map serves as `@portail/mfe-contact`): the single-spa
// lifecycles, and the registration of the section's elements (`./define.ts`).
import { createSectionLifecycles, sectionMessages } from '@portail/runtime';
import './define.js';

/** SPEC P6: the section's texts in the page's language, fetched before anything of it is shown. */
const messagesReady = sectionMessages({ en: async () => (await import('../locales/en.js')).en });

export { CtcSection } from './section.js';

/** « Accueil »: defines the section's home blocks (manifest `home.blocks`), a chunk of their own. */
export const loadHome = async (): Promise<unknown> => {
  await messagesReady();
  return import('./home/define.js');
};

export const { bootstrap, mount, unmount } = createSectionLifecycles('ctc-section', {}, messagesReady);
