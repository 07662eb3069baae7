// The section's entry (the bundle the import map serves as `@portail/mfe-contact`): the single-spa
// lifecycles, and the registration of the section's elements (`./define.ts`).
import { createSectionLifecycles } from '@portail/runtime';
import './define.js';

export { CtcSection } from './section.js';

export const { bootstrap, mount, unmount } = createSectionLifecycles('ctc-section');
