// P5 Estimer un remboursement: the page's elements, registered when the section first shows it
// (`../section.ts` imports this module on demand, a chunk of the section's bundle).
import { define } from '@portail/shared-design';
import { SanEstimatePage } from './estimate.js';

define('san-estimate-page', SanEstimatePage);
