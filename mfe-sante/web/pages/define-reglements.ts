// G1 Mes règlements: the page's elements, registered when the section first shows it
// (`../section.ts` imports this module on demand, a chunk of the section's bundle).
import { define } from '@portail/shared-design';
import { SanReimbursementsPage } from './reimbursements.js';

define('san-reimbursements-page', SanReimbursementsPage);
