// @portail/mfe-indemnisations — « Mes indemnisations » as a single-spa application (SPEC C, W1).
import { createSectionLifecycles } from '@portail/runtime';
import './define.js';

export { IndSection } from './section.js';

export const { bootstrap, mount, unmount } = createSectionLifecycles('ind-section');
