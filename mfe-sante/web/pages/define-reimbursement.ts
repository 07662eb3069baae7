// G1, the detail of one reimbursement (`/services/reglements/<id>`): the page's elements,
// registered when the section first shows it (`../section.ts` imports this module on demand, a
// chunk of the section's bundle).
import { define } from '@portail/shared-design';
import { SanReimbursementPage } from './reimbursement.js';

define('san-reimbursement-page', SanReimbursementPage);
