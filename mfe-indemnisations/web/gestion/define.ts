// @portail/mfe-indemnisations/gestion — the section's part of the back office (SPEC H5), its own
// bundle: the form that records a prévoyance indemnity, which the back office's « Paiements » page
// shows for members with a prévoyance contract (the manifest's `backOffice.paymentForms`).
import { define } from '@portail/shared-design';
import { INDEMNITY_NATURES, IndIndemnityPaymentForm } from './indemnity-payment-form.js';

export { INDEMNITY_NATURES, IndIndemnityPaymentForm };

define('ind-indemnity-payment-form', IndIndemnityPaymentForm);
