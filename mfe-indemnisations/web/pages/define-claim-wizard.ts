// C2, the online form of one claim (`/indemnisations/demande/<id>`): the page's elements,
// registered when the section first shows it (`../section.ts` imports this module on demand, a
// chunk of the section's bundle).
import { define } from '@portail/shared-design';
import { IndClaimWizard } from './claim-wizard.js';

define('ind-claim-wizard', IndClaimWizard);
