import { defineSection } from '@portail/kernel/contract/section';
import { CONTACT_PAGES } from './contract/index.js';

/** SPEC E — « Contact »: messages, questions, documents sent, their follow-up, FAQ, addresses. */
export const contactSection = defineSection({
  name: 'contact',
  package: '@portail/mfe-contact',
  label: 'Contact',
  paths: ['/contact'],
  pages: CONTACT_PAGES,
  requestKinds: { message: 'Message', question: 'Question', transmission: 'Transmission de documents' },
  web: { app: 'web/index.ts' },
  home: {
    blocks: [
      {
        element: 'ctc-home-news',
        title: 'Réponses et décisions',
        page: 'contact.suivi',
        link: 'Voir le suivi de mes demandes',
      },
      {
        element: 'ctc-home-requests',
        title: 'Mes demandes en cours',
        page: 'contact.suivi',
        link: 'Voir toutes mes demandes',
      },
    ],
    shortcuts: [{ label: 'Envoyer un message', page: 'contact.message' }],
  },
});
