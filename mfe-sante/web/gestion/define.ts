// @portail/mfe-sante/gestion — the section's part of the back office (SPEC H5), its own bundle:
// the form that records a health reimbursement, which the back office's « Paiements » page shows
// for members with a santé contract (the manifest's `backOffice.paymentForms`).
import { define } from '@portail/shared-design';
import { SanReimbursementForm } from './reimbursement-form.js';

export { SanReimbursementForm };

define('san-reimbursement-form', SanReimbursementForm);
