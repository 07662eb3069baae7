/**
 * SPEC C — Mes indemnisations (prévoyance): claims, supporting documents, sendings, payments.
 * Amounts are integer cents; dates yyyy-mm-dd; instants ISO strings. Pure: browser-safe.
 */
import type { ClaimErrors, ClaimFormDefinition, ClaimValues } from './claim-form.js';

/* ---------------------------------------------------------------- C1 / C2 claims ---------- */

/** An online form the member's contract offers ("Formulaire en ligne de demande d'indemnisation"). */
export interface ClaimFormSummary {
  code: string;
  title: string;
}

/** A line of "Demande(s) d'indemnisation en cours" (C1). */
export interface ClaimDraftSummary {
  id: string;
  /** When the draft was last saved. */
  updatedAt: string;
  createdAt: string;
  formTitle: string;
}

/** `GET /api/indemnisations/demandes`: what C1 shows (403 when the employer does not allow it). */
export interface ClaimOverview {
  forms: ClaimFormSummary[];
  drafts: ClaimDraftSummary[];
}

export type ClaimStatus = 'brouillon' | 'envoyee';

/**
 * `POST /api/indemnisations/demandes` {formCode} → 201 Claim (values pre-filled from the member's
 * file); `GET /api/indemnisations/demandes/:id` → Claim.
 */
export interface Claim {
  id: string;
  status: ClaimStatus;
  /** Incremented by each save: sent back with the next save or send (two tabs, SPEC C2). */
  version: number;
  form: ClaimFormDefinition;
  values: ClaimValues;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
}

/** `PUT /api/indemnisations/demandes/:id` (Enregistrer, also incomplete) → 200 Claim; 409 stale or sent. */
export interface ClaimSave {
  version: number;
  values: ClaimValues;
}

/**
 * `POST /api/indemnisations/demandes/:id/envoi` (Envoyer) with ClaimSave → 200 ClaimSent. The same
 * values sent twice (double click, retry) give the same answer and one claim; invalid values → 400
 * with `errors` keyed by field path (ClaimErrors); a stale version → 409.
 * `DELETE /api/indemnisations/demandes/:id` (Supprimer, ✕) → 204; a sent claim → 409.
 */
export interface ClaimSent {
  id: string;
  sentAt: string;
  /** The claim as a PDF (C3), also in Historique des envois. */
  pdfUrl: string;
}

export const CLAIM_MESSAGES_SERVER = {
  stale:
    'Cette demande a été modifiée entre-temps (dans un autre onglet ou sur un autre appareil). Rechargez-la pour reprendre la dernière version enregistrée.',
  sent: 'Cette demande a déjà été envoyée : elle ne peut plus être modifiée.',
  invalid: 'Certains champs sont manquants ou incorrects : ils sont signalés en rouge.',
} as const;

export type { ClaimErrors };

/* ---------------------------------------------------------------- C4 justificatifs -------- */

/** `GET /api/indemnisations/justificatifs/contact`: the e-mail and phone pre-filled from the file. */
export interface SendingContact {
  email: string;
  phone: string;
}

/**
 * `POST /api/indemnisations/justificatifs` (multipart): `message` (optional), `email`, `telephone`,
 * files under `fichiers` (SPEC C4 rules) → 201 Sending (with its bordereau d'envoi).
 * `POST /api/indemnisations/formulaires/transmission` (multipart): the completed PDF or scanned
 * paper form (C1), same rules → 201 Sending.
 */
export type SendingKind = 'demande' | 'justificatifs' | 'formulaire';

export const SENDING_KIND_LABELS: Record<SendingKind, string> = {
  demande: "Demande d'indemnisation",
  justificatifs: 'Justificatifs',
  formulaire: "Formulaire de demande d'indemnisation",
};

/* ---------------------------------------------------------------- C5 sendings ------------- */

/** Period filters of C5 and C6 ("Tous" for C5, "Toutes" for C6). */
export const HISTORY_PERIODS = {
  mois: 'Mois en cours',
  '3m': '3 derniers mois',
  '6m': '6 derniers mois',
  '12m': '12 derniers mois',
  tous: 'Tous',
} as const;
export type HistoryPeriod = keyof typeof HISTORY_PERIODS;

export interface SendingDocument {
  id: string;
  /** e.g. "Demande d'indemnisation (PDF)", "Bordereau d'envoi", "arret.pdf". */
  label: string;
  fileName: string;
  sizeBytes: number;
  downloadUrl: string;
}

/** A line of Historique des envois: Date, Type, Documents. */
export interface Sending {
  id: string;
  sentAt: string;
  kind: SendingKind;
  kindLabel: string;
  documents: SendingDocument[];
}

/** `GET /api/indemnisations/envois?period=` → newest first. */
export interface SendingList {
  items: Sending[];
}

/* ---------------------------------------------------------------- C6 payments ------------- */

/** Only payments from this date are shown (SPEC C6). */
export const PAYMENTS_SHOWN_FROM = '2014-01-01';

export const PAYMENT_SORTS = {
  indemnisation: "Date d'indemnisation",
  evenement: "Date d'évènement",
  periode: "Période d'arrêt",
} as const;
export type PaymentSort = keyof typeof PAYMENT_SORTS;

export const INDEMNITY_PAGE_SIZE = 20;

/** An entry of Historique des indemnisations (SPEC C6 text). */
export interface IndemnityPayment {
  id: string;
  /** "Maladie ordinaire", "Accident du travail"… */
  nature: string;
  eventDate: string;
  periodStart: string;
  periodEnd: string;
  paidOn: string;
  /** Label in PAYMENT_METHODS ("Virement", "Chèque"). */
  method: 'virement' | 'cheque';
  employer: string;
  contract: string;
  membershipNumber: string;
  netCents: number;
  detailUrl: string;
}

/** `GET /api/indemnisations/paiements?period=&sort=&page=` */
export interface IndemnityPaymentPage {
  items: IndemnityPayment[];
  page: number;
  pageSize: number;
  total: number;
}

/** `GET /api/indemnisations/paiements/:id`: the detail behind the amount. */
export interface IndemnityPaymentDetail extends IndemnityPayment {
  grossCents: number;
  deductions: { label: string; amountCents: number }[];
  fullPayDays: number;
  halfPayDays: number;
  dailyAmountCents: number;
}
