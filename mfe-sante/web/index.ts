// @portail/mfe-sante — « Mes services santé » as a single-spa application (SPEC G, W1).
import { createSectionLifecycles } from '@portail/runtime';
import './define.js';

export { SanSection } from './section.js';

export const { bootstrap, mount, unmount } = createSectionLifecycles('san-section');
