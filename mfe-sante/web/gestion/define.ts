// @portail/mfe-sante/gestion — the section's part of the back office (SPEC H), its own bundle:
// the form that records a health reimbursement, which the back office's « Paiements » page shows
// for members with a santé contract (the manifest's `backOffice.paymentForms`), and the answer to a
// quote (P5, H3), which the request's page shows (`backOffice.answerForms`).
import { define } from '@portail/shared-design';
import { SanQuoteAnswer } from './quote-answer.js';
import { SanReimbursementForm } from './reimbursement-form.js';

export { SanQuoteAnswer, SanReimbursementForm };

define('san-reimbursement-form', SanReimbursementForm);
define('san-quote-answer', SanQuoteAnswer);
