// The section's entry (the bundle the import map serves as `@portail/mfe-adhesion`): the single-spa
// lifecycles, and the registration of the section's elements (`./define.ts`).
import { createSectionLifecycles } from '@portail/runtime';
import './define.js';

export { AdhSection } from './section.js';
export { AdhDocumentsCles, AdhKitAdhesion, defineWidgets, widgets } from './widgets.js';

export const { bootstrap, mount, unmount } = createSectionLifecycles('adh-section');
