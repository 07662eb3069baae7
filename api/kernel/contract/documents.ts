/** A document listed to a member (B1 Contrat, B2 Formulaires, B3 Documents clés, …). */
export interface MemberDocument {
  id: string;
  employer: string | null;
  title: string;
  fileName: string;
  sizeBytes: number;
  publishedAt: string;
  unread: boolean;
  /** The one download route: `GET /api/documents/:id`; opening it marks the document read. */
  downloadUrl: string;
}

export interface DocumentList {
  items: MemberDocument[];
}

/** `POST /api/documents/:id/read` answers with the document's new state. */
export interface DocumentReadAnswer {
  id: string;
  unread: false;
}

export const DOCUMENT_CATEGORIES = [
  'contrat',
  'formulaire',
  'document_cle',
  'kit_adhesion',
  'formulaire_indemnisation',
] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

/** Where each category shows, as a manager publishing a document reads it (SPEC H4). */
export const DOCUMENT_CATEGORY_LABELS: Record<DocumentCategory, string> = {
  contrat: 'Contrat', // i18n-ignore
  formulaire: 'Formulaires', // i18n-ignore
  document_cle: 'Documents clés', // i18n-ignore
  kit_adhesion: "Kit d'adhésion", // i18n-ignore
  formulaire_indemnisation: "Formulaires de demande d'indemnisation", // i18n-ignore
};
