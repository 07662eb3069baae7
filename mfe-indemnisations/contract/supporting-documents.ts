/**
 * SPEC C4 — the typed fields of « Envoi de justificatifs » (message, e-mail, phone), checked by the
 * same rules with the same French messages in the browser (before sending) and on the server. The
 * files' rules are the kernel's (`@portail/kernel/contract/uploads`). Pure: browser-safe.
 */
import { msg, str } from '@lit/localize';
import { CLAIM_MESSAGES, isEmailAddress, isFrenchPhoneNumber } from './claim-form.js';

/** Longest message of a sending of justificatifs. */
export const SENDING_MESSAGE_MAX_LENGTH = 1000;

export const SENDING_CONTACT_MESSAGES = {
  get emailRequired() {
    return msg('Saisissez votre adresse e-mail.');
  },
  get emailInvalid() {
    return CLAIM_MESSAGES.email;
  },
  get phoneInvalid() {
    return CLAIM_MESSAGES.phone;
  },
  get messageTooLong() {
    return msg(str`Votre message dépasse ${SENDING_MESSAGE_MAX_LENGTH} caractères : raccourcissez-le.`);
  },
};

/** The typed fields, in the order of the form (`telephone` as the multipart field is named). */
export const SENDING_CONTACT_FIELDS = ['message', 'email', 'telephone'] as const;
export type SendingContactField = (typeof SENDING_CONTACT_FIELDS)[number];

/** Field → French message of what is wrong in the typed values (empty when nothing). */
export function checkSendingContact(
  values: Record<SendingContactField, string>,
): Partial<Record<SendingContactField, string>> {
  const errors: Partial<Record<SendingContactField, string>> = {};
  if (values.message.trim().length > SENDING_MESSAGE_MAX_LENGTH) {
    errors.message = SENDING_CONTACT_MESSAGES.messageTooLong;
  }
  const email = values.email.trim();
  if (!email) errors.email = SENDING_CONTACT_MESSAGES.emailRequired;
  else if (email.length > 254 || !isEmailAddress(email)) errors.email = SENDING_CONTACT_MESSAGES.emailInvalid;
  const phone = values.telephone.trim();
  if (phone && (phone.length > 20 || !isFrenchPhoneNumber(phone))) {
    errors.telephone = SENDING_CONTACT_MESSAGES.phoneInvalid;
  }
  return errors;
}
