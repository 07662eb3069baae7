// C1 Demande d'indemnisation: the page's elements, registered when the section first shows it
// (`../section.ts` imports this module on demand, a chunk of the section's bundle).
import { define } from '@portail/shared-design';
import { IndClaimsPage } from './claims.js';

define('ind-claims-page', IndClaimsPage);
