// @portail/mfe-exemple — « Exemple » as a single-spa application (W1).
import { createSectionLifecycles, sectionMessages } from '@portail/runtime';
import { defineExempleElements } from './define.js';

defineExempleElements();

/** SPEC P6: the section's texts in the page's language, fetched before anything of it is shown. */
const messagesReady = sectionMessages({ en: async () => (await import('../locales/en.js')).en });

export const { bootstrap, mount, unmount } = createSectionLifecycles('exe-section', {}, messagesReady);
