import { msg } from '@lit/localize';
import type { MemberRequest, SectionPage } from '@portail/kernel/contract';

/** SPEC B: the pages of "Mon adhésion". Pure (no zod): imported by the browser. */
export const ADHESION_PAGES = [
  {
    id: 'adhesion.contrat',
    label: 'Contrat',
    path: '/adhesion/contrat',
    documentCategory: 'contrat',
  },
  {
    id: 'adhesion.formulaires',
    label: 'Formulaires',
    path: '/adhesion/formulaires',
    documentCategory: 'formulaire',
  },
  {
    id: 'adhesion.documents-cles',
    label: 'Documents clés',
    path: '/adhesion/documents-cles',
    documentCategory: 'document_cle',
  },
  {
    id: 'adhesion.certificat',
    label: "Certificat d'affiliation",
    path: '/adhesion/certificat-affiliation',
  },
  {
    id: 'adhesion.carte',
    label: 'Carte de tiers payant',
    path: '/adhesion/carte-tiers-payant',
    contractKind: 'sante',
  },
  {
    id: 'adhesion.prise-en-charge',
    label: 'Prise en charge hospitalière',
    path: '/adhesion/prise-en-charge',
    contractKind: 'sante',
  },
] as const satisfies readonly SectionPage[];

/** B4, public (no account): the prospective member's page, linked from the login page. */
export const ESPACE_ADHESION_PATH = '/espace-adhesion';

/** The document lists this section serves: `GET /api/adhesion/documents/:list`. */
export const ADHESION_DOCUMENT_LISTS = {
  contrat: 'contrat',
  formulaires: 'formulaire',
  'documents-cles': 'document_cle',
} as const;
export type AdhesionDocumentList = keyof typeof ADHESION_DOCUMENT_LISTS;

/** B5 — `GET /api/adhesion/affiliations`: one line per membership, each with its certificate. */
export interface Affiliation {
  membershipId: string;
  contractLabel: string;
  contractKind: 'prevoyance' | 'sante';
  employer: string | null;
  membershipNumber: string;
  /** ISO dates (yyyy-mm-dd). */
  startDate: string;
  endDate: string | null;
  /** `GET` → the certificate PDF, generated at the click. */
  certificateUrl: string;
}
export interface AffiliationList {
  items: Affiliation[];
}

/** The relationships in French: data (stored with a guarantee's beneficiary); shown through `relationshipLabel`. */
export const RELATIONSHIP_LABELS = { adherent: 'Adhérent', conjoint: 'Conjoint', enfant: 'Enfant' } as const;
export type Relationship = keyof typeof RELATIONSHIP_LABELS;

/** A relationship as the member reads it, in the language being written in (SPEC P6). */
export function relationshipLabel(relationship: Relationship): string {
  switch (relationship) {
    case 'adherent':
      return msg('Adhérent');
    case 'conjoint':
      return msg('Conjoint');
    case 'enfant':
      return msg('Enfant');
    default:
      return RELATIONSHIP_LABELS[relationship] ?? relationship;
  }
}

export interface Beneficiary {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  relationship: Relationship;
}

/** B6 — a third-party payment card (recto/verso PDF at `downloadUrl`). */
export interface ThirdPartyCard {
  id: string;
  cardNumber: string;
  organisationNumber: string;
  membershipNumber: string;
  validFrom: string;
  validTo: string;
  issuedAt: string;
  beneficiaries: { firstName: string; lastName: string; birthDate: string; relationship: Relationship }[];
  downloadUrl: string;
  /** The day a newer card replaced this one (it is no longer valid), and that card's number. */
  replacedOn: string | null;
  replacedBy: string | null;
}

/** `GET /api/adhesion/carte`: the latest card(s), newest first, and a card request still pending. */
export interface CardOverview {
  cards: ThirdPartyCard[];
  pendingRequest: MemberRequest | null;
}
/** `POST /api/adhesion/carte/demandes` (no body) → 201 MemberRequest; 409 when one is pending. */
export const CARD_REQUEST_KIND = 'carte_tiers_payant';

/** B7 — kinds of stay. */
export const STAY_KINDS = {
  medecine: 'Médecine',
  chirurgie: 'Chirurgie',
  maternite: 'Maternité',
  ambulatoire: 'Chirurgie ambulatoire',
  psychiatrie: 'Psychiatrie',
  soins_suite: 'Soins de suite et de réadaptation',
} as const;
export type StayKind = keyof typeof STAY_KINDS;

/** A kind of stay as the member reads it, in the language being written in (SPEC P6). */
export function stayKindLabel(kind: StayKind): string {
  const labels: Record<StayKind, string> = {
    medecine: msg('Médecine'),
    chirurgie: msg('Chirurgie'),
    maternite: msg('Maternité'),
    ambulatoire: msg('Chirurgie ambulatoire'),
    psychiatrie: msg('Psychiatrie'),
    soins_suite: msg('Soins de suite et de réadaptation'),
  };
  return labels[kind] ?? kind;
}

/** The guarantee form (validated on the server by `hospitalGuaranteeSchema` in ./schemas). */
export interface HospitalGuaranteeRequest {
  beneficiaryId: string;
  establishment: string;
  /** yyyy-mm-dd: at most 30 days ago, at most one year ahead. */
  admissionDate: string;
  stayKind: StayKind;
}

export interface HospitalGuarantee {
  id: string;
  reference: string;
  beneficiary: string;
  establishment: string;
  admissionDate: string;
  stayKind: StayKind;
  issuedAt: string;
  downloadUrl: string;
}

/** `GET /api/adhesion/prises-en-charge`: the beneficiaries to choose from and the history, newest first. */
export interface HospitalGuaranteeOverview {
  beneficiaries: Beneficiary[];
  items: HospitalGuarantee[];
}

/** B4 — `POST /api/adhesion/espace/acces` with the ALTCHA payload from `GET /api/adhesion/espace/challenge`. */
export interface KitAccessRequest {
  identifier: string;
  altcha: string;
}
export interface KitDocument {
  id: string;
  title: string;
  fileName: string;
  sizeBytes: number;
  /** Carries the short-lived grant: `/api/adhesion/espace/documents/:id?acces=…`. */
  downloadUrl: string;
}
export interface KitAccess {
  employer: string;
  expiresAt: string;
  documents: KitDocument[];
}
