// The section's one module that registers elements (the widgets have theirs, `widgets/define.ts`,
// and so has the back-office part, `gestion/define.ts`: each is its own bundle).
import { define } from '@portail/shared-design';
import { SanContributionsPage } from './pages/contributions.js';
import { SanReimbursementPage } from './pages/reimbursement.js';
import { SanReimbursementsPage } from './pages/reimbursements.js';
import { SanStatementsPage } from './pages/statements.js';
import { SanSection } from './section.js';

/** Registers `san-section` and the pages it shows (idempotent). */
export function defineSanteElements(): void {
  define('san-reimbursements-page', SanReimbursementsPage);
  define('san-reimbursement-page', SanReimbursementPage);
  define('san-statements-page', SanStatementsPage);
  define('san-contributions-page', SanContributionsPage);
  define('san-section', SanSection);
}

declare global {
  interface HTMLElementTagNameMap {
    'san-section': SanSection;
  }
}
