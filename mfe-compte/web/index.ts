// The section's entry (the bundle the import map serves as `@portail/mfe-compte`): the single-spa
// lifecycles, and the registration of the section's elements (`./define.ts`).
import { createSectionLifecycles, sectionMessages } from '@portail/runtime';
import './define.js';

/** SPEC P6: the section's texts in the page's language, fetched before anything of it is shown. */
const messagesReady = sectionMessages({ en: async () => (await import('../locales/en.js')).en });

export { CptSection } from './section.js';

export const { bootstrap, mount, unmount } = createSectionLifecycles('cpt-section', {}, messagesReady);
