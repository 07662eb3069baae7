// @portail/mfe-sante — « Mes services santé » as a single-spa application (SPEC G, W1).
import { createSectionLifecycles } from '@portail/runtime';
import { defineSanteElements } from './define.js';

defineSanteElements();

export const { bootstrap, mount, unmount } = createSectionLifecycles('san-section');
