import type { SectionPage } from '@portail/kernel/contract';

/** SPEC E: the pages of "Contact". */
export const CONTACT_PAGES = [
  { id: 'contact.message', group: 'contact', label: 'Envoyer un message', path: '/contact/message' },
  { id: 'contact.question', group: 'contact', label: 'Vous avez une question', path: '/contact/question' },
  { id: 'contact.transmettre', group: 'contact', label: 'Nous transmettre', path: '/contact/transmettre' },
  { id: 'contact.suivi', group: 'contact', label: 'Suivi', path: '/contact/suivi' },
] as const satisfies readonly SectionPage[];
