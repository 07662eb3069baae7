// @portail/mfe-exemple — « Exemple » as a single-spa application (W1).
import { createSectionLifecycles } from '@portail/runtime';
import { defineExempleElements } from './define.js';

defineExempleElements();

export const { bootstrap, mount, unmount } = createSectionLifecycles('exe-section');
