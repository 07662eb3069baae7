// The section's registrations, its only module with a side effect (with each page's
// `pages/define-<page>.ts`, a chunk the section element loads when the page is first shown): the
// entry (`index.ts`) imports it.
import { define } from '@portail/shared-design';
import { CtcSection } from './section.js';

define('ctc-section', CtcSection);
