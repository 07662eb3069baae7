// @portail/mfe-indemnisations — « Mes indemnisations » as a single-spa application (SPEC C, W1).
import { createSectionLifecycles, sectionMessages } from '@portail/runtime';
import './define.js';

/** SPEC P6: the section's texts in the page's language, fetched before anything of it is shown. */
const messagesReady = sectionMessages({ en: async () => (await import('../locales/en.js')).en });

export { IndSection } from './section.js';

/** « Accueil »: defines the section's home blocks (manifest `home.blocks`), a chunk of their own. */
export const loadHome = async (): Promise<unknown> => {
  await messagesReady();
  return import('./home/define.js');
};

export const { bootstrap, mount, unmount } = createSectionLifecycles('ind-section', {}, messagesReady);
