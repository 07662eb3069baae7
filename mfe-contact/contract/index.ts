import type { MemberRequest, SectionPage } from '@portail/kernel/contract';

/** SPEC E: the pages of "Contact". Pure (no zod): imported by the browser. */
export const CONTACT_PAGES = [
  { id: 'contact.message', label: 'Envoyer un message', path: '/contact/message' },
  { id: 'contact.question', label: 'Vous avez une question', path: '/contact/question' },
  {
    id: 'contact.transmettre',
    label: 'Nous transmettre',
    path: '/contact/transmettre',
    nested: true,
  },
  { id: 'contact.suivi', label: 'Suivi', path: '/contact/suivi' },
  {
    id: 'contact.faq',
    label: 'Questions fréquentes',
    path: '/contact/questions-frequentes',
  },
  { id: 'contact.coordonnees', label: 'Nous contacter', path: '/contact/nous-contacter' },
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

/** E3: a nature of document the member can send ("Nous envoyer un certificat de scolarité"). */
export interface DocumentNature {
  /** Path segment of its deep link: `/contact/transmettre/<id>`. */
  id: string;
  label: string;
  /** The title of its page and link, e.g. "Nous envoyer un certificat de scolarité". */
  title: string;
}

export interface NatureGroup {
  id: string;
  label: string;
  natures: readonly DocumentNature[];
}

const nature = (id: string, label: string, title: string): DocumentNature => ({ id, label, title });

/** E3 Nous transmettre: the natures of the health manual, in its two groups. */
export const NATURE_GROUPS = [
  {
    id: 'etat-civil',
    label: 'État civil ou situation familiale',
    natures: [
      nature('acte-de-mariage', 'Acte de mariage', 'Nous envoyer un acte de mariage'),
      nature('acte-de-naissance', 'Acte de naissance', 'Nous envoyer un acte de naissance'),
      nature('acte-de-notoriete', 'Acte de notoriété', 'Nous envoyer un acte de notoriété'),
      nature('certificat-de-scolarite', 'Certificat de scolarité', 'Nous envoyer un certificat de scolarité'),
      nature(
        'attestation-assurance-maladie',
        "Attestation d'assurance maladie",
        "Nous envoyer une attestation d'assurance maladie",
      ),
      nature('jugement-adoption', "Jugement d'adoption", "Nous envoyer un jugement d'adoption"),
      nature(
        'justificatif-vie-commune',
        'Justificatif de vie commune (PACS, etc.)',
        'Nous envoyer un justificatif de vie commune (PACS, etc.)',
      ),
      nature('acte-de-deces', 'Acte de décès', 'Nous envoyer un acte de décès'),
      nature('jugement-de-divorce', 'Jugement de divorce', 'Nous envoyer un jugement de divorce'),
      nature(
        'certificat-radiation-mutuelle',
        'Certificat de radiation Mutuelle santé',
        'Nous envoyer un certificat de radiation Mutuelle santé',
      ),
      nature(
        'avis-pole-emploi',
        'Avis de situation France Travail (ex-Pôle Emploi)',
        'Nous envoyer un avis de situation France Travail',
      ),
    ],
  },
  {
    id: 'frais-de-sante',
    label: 'Remboursements frais de santé',
    natures: [
      nature(
        'decomptes-securite-sociale',
        'Décomptes Sécurité sociale Ameli',
        'Nous envoyer des décomptes Sécurité sociale Ameli',
      ),
      nature('devis-dentaire', 'Devis dentaire', 'Nous envoyer un devis dentaire'),
      nature('devis-optique', 'Devis optique', 'Nous envoyer un devis optique'),
      nature(
        'devis-hospitalier',
        "Devis d'honoraires hospitaliers",
        "Nous envoyer un devis d'honoraires hospitaliers",
      ),
      nature('autres-devis', 'Autres devis', 'Nous envoyer un autre devis'),
      nature('facture-appareillage', "Facture d'appareillage", "Nous envoyer une facture d'appareillage"),
      nature('facture-chirurgie', 'Facture de chirurgie', 'Nous envoyer une facture de chirurgie'),
      nature('facture-dentaire', 'Facture dentaire', 'Nous envoyer une facture dentaire'),
      nature('facture-optique', 'Facture optique', 'Nous envoyer une facture optique'),
      nature(
        'facture-prothese-auditive',
        'Facture prothèse auditive',
        'Nous envoyer une facture de prothèse auditive',
      ),
      nature(
        'facture-radiologie-laboratoire-kine',
        'Facture radiologie/laboratoire/kiné...',
        'Nous envoyer une facture de radiologie, de laboratoire ou de kiné',
      ),
    ],
  },
] as const satisfies readonly NatureGroup[];

export type DocumentNatureId = (typeof NATURE_GROUPS)[number]['natures'][number]['id'];

/** The nature of `id` and its group, or undefined. */
export function findNature(id: string): { group: NatureGroup; nature: DocumentNature } | undefined {
  for (const group of NATURE_GROUPS) {
    const found = group.natures.find((n) => n.id === id);
    if (found) return { group, nature: found };
  }
  return undefined;
}

/** The deep link of a nature's page (a D5 notification leads to the school certificate's). */
export const transmissionPath = (id: DocumentNatureId) => `/contact/transmettre/${id}`;

/** Longest comment sent with a transmission. */
export const TRANSMISSION_COMMENT_MAX_LENGTH = 500;

/**
 * `POST /api/contact/transmissions` (multipart/form-data): `nature`, optional `commentaire`, the files
 * under `fichiers` (SPEC C4 rules) → 201 MemberRequest (kind `transmission`).
 */
export interface NewTransmissionFields {
  nature: DocumentNatureId;
  commentaire?: string;
}

/**
 * The confirmation of SPEC E3 after a transmission. French constants here (pages, subjects, themes,
 * natures) are data too (request labels are stored in French): they are shown in the page's language
 * through the section's catalog.
 */
export const TRANSMISSION_SENT =
  'Votre fichier a été correctement transmis à nos services. Vous recevrez ultérieurement une confirmation du traitement de votre demande.';
