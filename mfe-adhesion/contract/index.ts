import type { SectionPage } from '@portail/kernel/contract';

/** SPEC B: the pages of "Mon adhésion". */
export const ADHESION_PAGES = [
  {
    id: 'adhesion.contrat',
    group: 'adhesion',
    label: 'Contrat',
    path: '/adhesion/contrat',
    documentCategory: 'contrat',
  },
  {
    id: 'adhesion.formulaires',
    group: 'adhesion',
    label: 'Formulaires',
    path: '/adhesion/formulaires',
    documentCategory: 'formulaire',
  },
  {
    id: 'adhesion.documents-cles',
    group: 'adhesion',
    label: 'Documents clés',
    path: '/adhesion/documents-cles',
    documentCategory: 'document_cle',
  },
  {
    id: 'adhesion.certificat',
    group: 'adhesion',
    label: "Certificat d'affiliation",
    path: '/adhesion/certificat-affiliation',
  },
  {
    id: 'adhesion.carte',
    group: 'adhesion',
    label: 'Carte de tiers payant',
    path: '/adhesion/carte-tiers-payant',
    contractKind: 'sante',
  },
  {
    id: 'adhesion.prise-en-charge',
    group: 'adhesion',
    label: 'Prise en charge hospitalière',
    path: '/adhesion/prise-en-charge',
    contractKind: 'sante',
  },
] as const satisfies readonly SectionPage[];

/** The document lists this section serves: `GET /api/adhesion/documents/:list`. */
export const ADHESION_DOCUMENT_LISTS = {
  contrat: 'contrat',
  formulaires: 'formulaire',
  'documents-cles': 'document_cle',
} as const;
export type AdhesionDocumentList = keyof typeof ADHESION_DOCUMENT_LISTS;
