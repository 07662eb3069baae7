// the intranets allowed to show the member's widgets (W2): the page's elements, registered when the
// section first shows it (`../section.ts` imports this module on demand, a chunk of the section's
// bundle).
import { define } from '@portail/shared-design';
import { CptIntranetsPage } from './intranets.js';

define('cpt-intranets-page', CptIntranetsPage);
