/** The kernel's request workflow (DIT): every member request, whatever section owns it. Pure: browser-safe. */
import { msg } from '@lit/localize';
import type { ProcessingEstimate } from './processing.js';

/** `withdrawn`: the member cancelled it while it was pending (D2); closed, never decided. */
export const REQUEST_STATUSES = ['pending', 'accepted', 'refused', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** A status as the member reads it, in the language being written in (SPEC P6). */
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  get pending() {
    return msg('En cours de traitement');
  },
  get accepted() {
    return msg('Pris en compte');
  },
  get refused() {
    return msg('Refusé');
  },
  get withdrawn() {
    return msg('Annulé');
  },
};

export interface RequestHistoryEntry {
  at: string;
  status: RequestStatus;
  note: string | null;
}

/** A file sent with a request (justificatif), downloadable by its member at `downloadUrl`. */
export interface RequestAttachment {
  id: string;
  fileName: string;
  sizeBytes: number;
  downloadUrl: string;
}

/**
 * A member's request as the member sees it (Suivi, B6 pending card…), with its estimated processing
 * date (P1, `estimatedAt`).
 */
export interface MemberRequest extends ProcessingEstimate {
  id: string;
  section: string;
  kind: string;
  /** What the request is, in French, e.g. "Demande de carte de tiers payant". */
  label: string;
  status: RequestStatus;
  statusLabel: string;
  refusalReason: string | null;
  /** What the member wrote (message, question), shown back as text. */
  memberText: string | null;
  /** The back office's answer to a message or question (SPEC E1, E2, H3). */
  answer: string | null;
  answeredAt: string | null;
  createdAt: string;
  updatedAt: string;
  history: RequestHistoryEntry[];
  attachments: RequestAttachment[];
  /** P1: still pending at least one business day past `estimatedAt` (« En retard »). */
  late: boolean;
}
