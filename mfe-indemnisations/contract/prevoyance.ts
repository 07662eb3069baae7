/**
 * SPEC C — Mes indemnisations (prévoyance): claims, supporting documents, sendings, payments.
 * Amounts are integer cents; dates yyyy-mm-dd; instants ISO strings. Pure: browser-safe.
 */
import { msg, str } from '@lit/localize';
import { formatLongDate } from '@portail/kernel/contract/format';
import type { ProcessingEstimate } from '@portail/kernel/contract/processing';
import type { ClaimErrors, ClaimFormDefinition, ClaimValues } from './claim-form.js';

/**
 * The reference a member reads on a line and can quote to the service de gestion: a prefix naming
 * what it is and the first 8 characters of the record's id, in capitals (`DI-1A2B3C4D`). Derived,
 * never stored: stable as the id is, short enough to be read over the phone; the back office finds
 * the record whose id starts with them.
 */
export function shortReference(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

/**
 * The prefixes of `shortReference`: an online claim (on its PDF and in Suivi), the sendings of
 * justificatifs and of a completed paper form (C5), an indemnity payment (C6).
 */
export const REFERENCE_PREFIXES = {
  claim: 'DI',
  justificatifs: 'JU',
  formulaire: 'FO',
  payment: 'RG',
} as const;

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
 * `GET /api/indemnisations/demandes/nouvelle/:formCode`: the form of a new claim and its first
 * values, pre-filled from the member's file. Nothing is stored: a claim exists (a draft, in C1's
 * « Demande(s) d'indemnisation en cours ») only once the member saves or sends it.
 */
export interface ClaimStart {
  formCode: string;
  form: ClaimFormDefinition;
  values: ClaimValues;
}

/**
 * `POST /api/indemnisations/demandes` {formCode, values?}: the first « Enregistrer » (or « Envoyer »)
 * of a new claim → 201 Claim, a draft holding `values` (those of the file where absent, and always
 * for the read-only fields); `GET /api/indemnisations/demandes/:id` → Claim.
 */
export interface NewClaim {
  formCode: string;
  values?: ClaimValues;
}

/** A claim the member saved (a draft) or sent. */
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
export interface ClaimSent extends ProcessingEstimate {
  id: string;
  sentAt: string;
  /** The claim as a PDF (C3), also in Historique des envois. */
  pdfUrl: string;
}

export const CLAIM_MESSAGES_SERVER = {
  get stale() {
    return msg(
      'Cette demande a été modifiée entre-temps (dans un autre onglet ou sur un autre appareil). Rechargez-la pour reprendre la dernière version enregistrée.',
    );
  },
  get sent() {
    return msg('Cette demande a déjà été envoyée : elle ne peut plus être modifiée.');
  },
  get invalid() {
    return msg('Certains champs sont manquants ou incorrects : ils sont signalés en rouge.');
  },
};

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
  get demande() {
    return msg("Demande d'indemnisation");
  },
  get justificatifs() {
    return msg('Justificatifs');
  },
  get formulaire() {
    return msg("Formulaire de demande d'indemnisation");
  },
};

/* ---------------------------------------------------------------- C5 sendings ------------- */

/** Period filters of C5 and C6 ("Tous" for C5, "Toutes" for C6). */
export const HISTORY_PERIODS = {
  get mois() {
    return msg('Mois en cours');
  },
  get '3m'() {
    return msg('3 derniers mois');
  },
  get '6m'() {
    return msg('6 derniers mois');
  },
  get '12m'() {
    return msg('12 derniers mois');
  },
  get tous() {
    return msg('Tous');
  },
};
export type HistoryPeriod = keyof typeof HISTORY_PERIODS;

/**
 * The days a period choice covers, both included (yyyy-mm-dd); null: no bound. Computed by
 * `historyRange`, on the server (which filters with it and returns it) and in the browser (which
 * shows it next to the choice), from the day it is in France.
 */
export interface HistoryRange {
  from: string | null;
  to: string | null;
}

const PERIOD_MONTHS: Record<HistoryPeriod, number | null> = {
  mois: 0,
  '3m': 3,
  '6m': 6,
  '12m': 12,
  tous: null,
};

/**
 * "Mois en cours": from the 1st of the month to today; "N derniers mois": from the same day N
 * months back (the month's last day when it has no such day: 31 May − 3 months = 28 February) to
 * today; "Tous": no bound.
 */
export function historyRange(period: HistoryPeriod, today: string): HistoryRange {
  const months = PERIOD_MONTHS[period];
  if (months === null) return { from: null, to: null };
  if (months === 0) return { from: `${today.slice(0, 8)}01`, to: today };
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month - 1 - months + 1, 0)).getUTCDate();
  const from = new Date(Date.UTC(year, month - 1 - months, Math.min(day, lastDay)));
  return { from: from.toISOString().slice(0, 10), to: today };
}

/** "du 7 juin 2026 au 7 décembre 2026", "depuis le 1er janvier 2014", or '' (no bound). */
export function describeHistoryRange(range: HistoryRange): string {
  if (range.from && range.to)
    return msg(str`du ${formatLongDate(range.from)} au ${formatLongDate(range.to)}`);
  if (range.from) return msg(str`depuis le ${formatLongDate(range.from)}`);
  if (range.to) return msg(str`jusqu'au ${formatLongDate(range.to)}`);
  return '';
}

export interface SendingDocument {
  id: string;
  /** e.g. "Demande d'indemnisation (PDF)", "Bordereau d'envoi", "arret.pdf". */
  label: string;
  fileName: string;
  sizeBytes: number;
  downloadUrl: string;
}

/** A line of Historique des envois: Date, Référence, Type, Documents. */
export interface Sending {
  id: string;
  /**
   * `shortReference`: a claim's is its own (`DI-…`, as on its PDF and in Suivi); justificatifs
   * (`JU-…`) and a completed paper form (`FO-…`) take the sending's id.
   */
  reference: string;
  sentAt: string;
  kind: SendingKind;
  kindLabel: string;
  documents: SendingDocument[];
}

/**
 * `POST /api/indemnisations/justificatifs` (C4), `POST /api/indemnisations/formulaires/transmission`
 * (C1) → 201: the sending and its estimated processing date (P1).
 */
export interface SendingConfirmation extends Sending, ProcessingEstimate {}

/** `GET /api/indemnisations/envois?period=` → newest first, with the days the period covered. */
export interface SendingList {
  items: Sending[];
  range: HistoryRange;
}

/* ---------------------------------------------------------------- C6 payments ------------- */

/** Only payments from this date are shown (SPEC C6). */
export const PAYMENTS_SHOWN_FROM = '2014-01-01';

/** C6: the days a period covers (`historyRange`), from PAYMENTS_SHOWN_FROM at the earliest. */
export function paymentsRange(period: HistoryPeriod, today: string): HistoryRange {
  const { from, to } = historyRange(period, today);
  return { from: from && from > PAYMENTS_SHOWN_FROM ? from : PAYMENTS_SHOWN_FROM, to };
}

export const PAYMENT_SORTS = {
  get indemnisation() {
    return msg("Date d'indemnisation");
  },
  get evenement() {
    return msg("Date d'évènement");
  },
  get periode() {
    return msg("Période d'arrêt");
  },
};
export type PaymentSort = keyof typeof PAYMENT_SORTS;

export const INDEMNITY_PAGE_SIZE = 20;

/** An entry of Historique des indemnisations (SPEC C6 text). */
export interface IndemnityPayment {
  id: string;
  /** `shortReference` of the payment (`RG-…`): payments carry no number of their own. */
  reference: string;
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

/**
 * `GET /api/indemnisations/paiements?period=&sort=&page=`, with the days the period covered (from
 * 01/01/2014 at the earliest).
 */
export interface IndemnityPaymentPage {
  items: IndemnityPayment[];
  range: HistoryRange;
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
