import { defineSection } from '@portail/kernel/contract/section';
import { INDEMNISATIONS_PAGES } from './contract/index.js';

/** SPEC C — « Mes indemnisations »: prévoyance claims, supporting documents, sendings, payments. */
export const indemnisationsSection = defineSection({
  name: 'indemnisations',
  package: '@portail/mfe-indemnisations',
  label: 'Mes indemnisations',
  paths: ['/indemnisations'],
  pages: INDEMNISATIONS_PAGES,
  requestKinds: {
    demande_indemnisation: "Demande d'indemnisation",
    justificatifs: 'Justificatifs',
    formulaire: "Formulaire d'indemnisation",
  },
  web: { app: 'web/index.ts', widgets: 'web/widgets/define.ts', backOffice: 'web/gestion/define.ts' },
  widgets: {
    elements: ['ind-declarer-sinistre', 'ind-historique-indemnisations'],
    purposes: ['vos déclarations de sinistre en cours', 'votre historique des indemnisations'],
    // The reads of ind-declarer-sinistre and ind-historique-indemnisations (with P4's attestations).
    memberRoutes: ['/demandes', '/paiements', '/attestations-fiscales', '/attestations-fiscales/:annee'],
  },
  backOffice: {
    paymentForms: [
      { label: 'Indemnité prévoyance', contractKind: 'prevoyance', element: 'ind-indemnity-payment-form' },
    ],
  },
  home: {
    blocks: [
      {
        element: 'ind-home-latest-payment',
        title: 'Dernier paiement',
        page: 'indemnisations.historique-indemnisations',
        link: "Voir l'historique des indemnisations",
      },
    ],
    shortcuts: [
      // C1's online declaration: only where the employer allows online claims (A6).
      { label: 'Déclarer un sinistre', page: 'indemnisations.demande', feature: 'demande_indemnisation' },
      { label: 'Envoyer un justificatif', page: 'indemnisations.justificatifs' },
    ],
  },
});
