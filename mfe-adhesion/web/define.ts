// The section's registrations, its only module with a side effect (with `widgets/define.ts`, and
// each page's `pages/define-<page>.ts`, a chunk the section element loads when the page is first
// shown, Espace Adhésion's bringing the widgets): the entry (`index.ts`) imports it.
import { define } from '@portail/shared-design';
import { AdhSection } from './section.js';

define('adh-section', AdhSection);
