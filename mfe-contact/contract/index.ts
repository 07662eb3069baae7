import type { MemberRequest, SectionPage } from '@portail/kernel/contract';

/** SPEC E: the pages of "Contact". Pure (no zod): imported by the browser. */
export const CONTACT_PAGES = [
  { id: 'contact.message', group: 'contact', label: 'Envoyer un message', path: '/contact/message' },
  { id: 'contact.question', group: 'contact', label: 'Vous avez une question', path: '/contact/question' },
  { id: 'contact.transmettre', group: 'contact', label: 'Nous transmettre', path: '/contact/transmettre' },
  { id: 'contact.suivi', group: 'contact', label: 'Suivi', path: '/contact/suivi' },
  {
    id: 'contact.faq',
    group: 'contact',
    label: 'Questions fréquentes',
    path: '/contact/questions-frequentes',
  },
  { id: 'contact.coordonnees', group: 'contact', label: 'Nous contacter', path: '/contact/nous-contacter' },
] as const satisfies readonly SectionPage[];

/** E1: subjects of "Envoyer un message" ("Sélectionnez un sujet..."). */
export const MESSAGE_SUBJECTS = {
  adhesion: 'Mon adhésion',
  indemnisation: 'Mes indemnisations',
  remboursement: 'Mes remboursements santé',
  cotisation: 'Mes cotisations',
  donnees: 'Mes données personnelles',
  autre: 'Autre demande',
} as const;
export type MessageSubject = keyof typeof MESSAGE_SUBJECTS;

/** E2: the four themes of "Vous avez une question". */
export const QUESTION_THEMES = {
  remboursements: 'Remboursements',
  cotisations: 'Cotisations',
  garanties: 'Garanties',
  adhesion: 'Adhésion',
} as const;
export type QuestionTheme = keyof typeof QUESTION_THEMES;

/** Longest message or question accepted (about two pages of text). */
export const MESSAGE_MAX_LENGTH = 3000;

/** `POST /api/contact/messages` → 201 MemberRequest. */
export interface NewMessage {
  subject: MessageSubject;
  message: string;
}
/** `POST /api/contact/questions` → 201 MemberRequest. */
export interface NewQuestion {
  theme: QuestionTheme;
  question: string;
}

/** E4 — `GET /api/contact/suivi`: every request of the member, whatever section made it, newest first. */
export interface FollowUp {
  items: MemberRequest[];
}
/** `POST /api/contact/suivi/:id/masquer` → 204 ("Ne plus afficher"; closed requests only, else 409). */

/** E5 — `GET /api/contact/faq`: questions the back office maintains, in their order. */
export interface FaqEntry {
  id: string;
  question: string;
  answer: string;
}
export interface Faq {
  items: FaqEntry[];
}
