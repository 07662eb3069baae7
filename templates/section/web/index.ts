// @portail/mfe-exemple — « Exemple » as a single-spa application (W1).
import { createSectionLifecycles, loadSectionMessages } from '@portail/runtime';
import { defineExempleElements } from './define.js';

defineExempleElements();

// SPEC P6: the section's texts in the page's language, before anything of it is shown.
await loadSectionMessages({ en: async () => (await import('../locales/en.js')).en });

export const { bootstrap, mount, unmount } = createSectionLifecycles('exe-section');
