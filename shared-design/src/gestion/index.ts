// @portail/shared-design/gestion — what the sections' parts of the back office share (SPEC H5's
// payment forms): a third bundle, loaded by the back office only. Like `/forms`, it uses the core
// and the form elements through their bare names (external: one copy of each per page).
export {
  centsFromEuros,
  checkAmount,
  checkDays,
  fieldErrorsOf,
  focusFirstError,
  type GestionCall,
  gestionStyles,
  noCall,
  PAYMENT_MESSAGES,
  recordedText,
  renderMethodChoice,
  runningCents,
} from './payment-fields.js';
export { PaymentForm } from './payment-form.js';
