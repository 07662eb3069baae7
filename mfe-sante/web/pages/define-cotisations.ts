// G3 Cotisations: the page's elements, registered when the section first shows it (`../section.ts`
// imports this module on demand, a chunk of the section's bundle).
import { define } from '@portail/shared-design';
import { SanContributionsPage } from './contributions.js';

define('san-contributions-page', SanContributionsPage);
