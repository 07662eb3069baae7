// The section's entry (the bundle the import map serves as `@portail/mfe-adhesion`): the single-spa
// lifecycles, and the registration of the section's elements (`./define.ts`). Its widgets (W2) are
// `./widgets.ts`, the intranets' bundle, and come with Espace Adhésion's page module here.
import { createSectionLifecycles, sectionMessages } from '@portail/runtime';
import './define.js';

/** SPEC P6: the section's texts in the page's language, fetched before anything of it is shown. */
const messagesReady = sectionMessages({ en: async () => (await import('../locales/en.js')).en });

export { AdhSection } from './section.js';

export const { bootstrap, mount, unmount } = createSectionLifecycles('adh-section', {}, messagesReady);
