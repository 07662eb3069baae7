// The section's registrations, its only module with a side effect (with the widgets' and the
// back-office part's, each its own bundle): the entry (`index.ts`) imports it, and so do the tests.
import { define } from '@portail/shared-design';
import { SanContributionsPage } from './pages/contributions.js';
import { SanReimbursementPage } from './pages/reimbursement.js';
import { SanReimbursementsPage } from './pages/reimbursements.js';
import { SanStatementsPage } from './pages/statements.js';
import { SanSection } from './section.js';

define('san-reimbursements-page', SanReimbursementsPage);
define('san-reimbursement-page', SanReimbursementPage);
define('san-statements-page', SanStatementsPage);
define('san-contributions-page', SanContributionsPage);
define('san-section', SanSection);
