import type { SectionPage } from '@portail/kernel/contract';

/** SPEC C (prévoyance) and G (santé): the pages of "Mes indemnisations" and "Mes services santé". */
export const INDEMNISATIONS_PAGES = [
  {
    id: 'indemnisations.demande',
    group: 'indemnisations',
    label: "Demande d'indemnisation",
    path: '/indemnisations/demande',
    feature: 'demande_indemnisation',
    contractKind: 'prevoyance',
    documentCategory: 'formulaire_indemnisation',
  },
  {
    id: 'indemnisations.justificatifs',
    group: 'indemnisations',
    label: 'Envoi de justificatifs',
    path: '/indemnisations/justificatifs',
    contractKind: 'prevoyance',
  },
  {
    id: 'indemnisations.historique-envois',
    group: 'indemnisations',
    label: 'Historique des envois',
    path: '/indemnisations/historique-envois',
    contractKind: 'prevoyance',
  },
  {
    id: 'indemnisations.historique-indemnisations',
    group: 'indemnisations',
    label: 'Historique des indemnisations',
    path: '/indemnisations/historique-indemnisations',
    contractKind: 'prevoyance',
  },
  {
    id: 'services.reglements',
    group: 'services',
    label: 'Mes règlements',
    path: '/services/reglements',
    contractKind: 'sante',
  },
  {
    id: 'services.decomptes',
    group: 'services',
    label: 'Décomptes',
    path: '/services/decomptes',
    contractKind: 'sante',
  },
  {
    id: 'services.cotisations',
    group: 'services',
    label: 'Cotisations',
    path: '/services/cotisations',
    contractKind: 'sante',
  },
] as const satisfies readonly SectionPage[];

/** Employer authorisation for online claims (SPEC A6, C1). */
export const CLAIM_FEATURE = 'demande_indemnisation';
