import type { SectionPage } from '@portail/kernel/contract';

/** SPEC C (prévoyance): the pages of « Mes indemnisations ». */
export const INDEMNISATIONS_PAGES = [
  {
    id: 'indemnisations.demande',
    label: "Demande d'indemnisation",
    path: '/indemnisations/demande',
    /**
     * `/indemnisations/demande/<id>`: the online form of a claim (C2); `…/nouvelle/<form>`: a new
     * one, not saved yet.
     */
    nested: true,
    // No `feature`: a member whose employer does not take online claims (A6) still finds the blank
    // paper form here; the online parts answer 403 for them (`requireOnlineClaims`).
    contractKind: 'prevoyance',
    documentCategory: 'formulaire_indemnisation',
  },
  {
    id: 'indemnisations.justificatifs',
    label: 'Envoi de justificatifs',
    path: '/indemnisations/justificatifs',
    contractKind: 'prevoyance',
  },
  {
    id: 'indemnisations.historique-envois',
    label: 'Historique des envois',
    path: '/indemnisations/historique-envois',
    contractKind: 'prevoyance',
  },
  {
    id: 'indemnisations.historique-indemnisations',
    label: 'Historique des indemnisations',
    path: '/indemnisations/historique-indemnisations',
    contractKind: 'prevoyance',
  },
] as const satisfies readonly SectionPage[];

export { PAYMENT_METHODS, type PaymentMethod } from '@portail/kernel/contract';
export * from './claim-form.js';
export * from './gestion.js';
export * from './prevoyance.js';
export * from './supporting-documents.js';
export * from './tax-certificate.js';
