// The section's registrations, its only module with a side effect (with `widgets/define.ts`, and
// each page's `pages/define-<page>.ts`, a chunk the section element loads when the page is first
// shown): the entry (`index.ts`) imports it.
import { define } from '@portail/shared-design';
import { AdhSection } from './section.js';
// The widgets (W2), which the section's pages show too (the kit on Espace Adhésion).
import './widgets/define.js';

define('adh-section', AdhSection);
