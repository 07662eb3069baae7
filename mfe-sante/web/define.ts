// The section's registrations, its only module with a side effect (with the widgets' and the
// back-office part's, each its own bundle, and each page's `pages/define-<page>.ts`, a chunk the
// section element loads when the page is first shown): the entry (`index.ts`) imports it.
import { define } from '@portail/shared-design';
import { SanSection } from './section.js';

define('san-section', SanSection);
