/**
 * SPEC H and N1 — the back office ("gestionnaires"): its own login at `/gestion`, its own sessions
 * (cookie `portail_gestion`), no access to member routes and no member access to its routes.
 * Every route below is under `/api/gestion`; writes need the manager session's CSRF token
 * (header X-CSRF-Token). Pure: browser-safe.
 */
import type { RequestHistoryEntry, RequestStatus } from './requests.js';

export const GESTION_PATH = '/gestion';

/** The kernel's own requests in the queue (A9 by post), beside the sections' (their manifests). */
export const CORE_REQUESTS = {
  name: 'core',
  label: 'Accès au portail',
  requestKinds: { courrier_activation: "Code d'activation par courrier" },
} as const;

/** `POST /api/gestion/auth/login` {login, password} → ManagerSession; `GET /api/gestion/auth/session`; `POST /api/gestion/auth/logout` → 204. */
export interface ManagerSession {
  manager: { id: string; login: string; displayName: string };
  csrfToken: string;
}

/* ------------------------------------------------------------------ H1 queue, H2, H3 ------ */

/**
 * `GET /api/gestion/demandes?section=&kind=&member=&status=&age=&page=` (pages of 25): the late
 * requests first (P1: pending past their estimated date, the latest first), then the oldest first.
 */
export interface QueueQuery {
  section?: string;
  kind?: string;
  /**
   * The member: an identifier or a name, each word the start of their identifier, last or first
   * name, case and accents ignored ("lefevre", "hélène lef", "A1000").
   */
  member?: string;
  /** Default 'pending'; 'all' for every status. */
  status?: RequestStatus | 'all';
  /** Only requests older than this many days. */
  age?: number;
  page?: number;
}

export interface QueueItem {
  id: string;
  section: string;
  kind: string;
  label: string;
  status: RequestStatus;
  statusLabel: string;
  createdAt: string;
  /** Whole days since the request was made. */
  ageDays: number;
  /** P1: the day it should be processed by, `AAAA-MM-JJ` (null for requests made before P1). */
  estimatedAt: string | null;
  /** P1: business days a pending request is past `estimatedAt` (« En retard de N jours ouvrés »); 0 on time. */
  lateBusinessDays: number;
  member: { id: string; identifier: string; name: string };
  attachmentCount: number;
}

export interface QueuePage {
  items: QueueItem[];
  page: number;
  pageSize: number;
  total: number;
  /** The sections and kinds that exist, for the filters. */
  kinds: { section: string; kind: string }[];
}

/** `GET /api/gestion/demandes/:id`: everything a manager needs to decide. */
export interface QueueDetail extends QueueItem {
  /** What the member wrote (message, question, comment). */
  memberText: string | null;
  /** What the request asks, in French lines from its section (e.g. the new IBAN, in full). */
  summary: string[];
  /**
   * While it is pending, what the member's file holds now of what it would change, in French lines
   * from its section (e.g. the current postal address beside the new one); [] otherwise.
   */
  current: string[];
  answer: string | null;
  refusalReason: string | null;
  decidedBy: string | null;
  history: RequestHistoryEntry[];
  /** `downloadUrl`: `/api/gestion/demandes/:id/fichiers/:fileId` (opening is audited). */
  attachments: { id: string; fileName: string; sizeBytes: number; downloadUrl: string }[];
  /** Messages and questions get an answer (H3); the rest a decision (H2). */
  answerable: boolean;
  memberFile: {
    civility: string;
    firstName: string;
    lastName: string;
    birthDate: string;
    email: string | null;
    phone: string;
    mobile: string;
    memberships: { contract: string; employer: string | null; number: string; since: string }[];
  };
}

/**
 * `POST /api/gestion/demandes/:id/decision` {decision: 'accepted' | 'refused', reason?} →
 * QueueDetail: the section's hook applies the change in the same transaction; the member gets an
 * e-mail; 409 (detail "Cette demande a déjà été traitée.") for a second decision.
 * `POST /api/gestion/demandes/:id/reponse` {text} → QueueDetail (messages, questions).
 */
export interface DecisionInput {
  decision: 'accepted' | 'refused';
  reason?: string;
}

/* ------------------------------------------------------------------ H4 documents --------- */

/** `GET /api/gestion/documents/categories` → {items: PublishableCategory[]}: where a document can be published. */
export interface PublishableCategory {
  category: string;
  /** The page it shows on, e.g. "Contrat", "Documents clés". */
  label: string;
}

export interface PublishableCategoryList {
  items: PublishableCategory[];
}

/**
 * `POST /api/gestion/documents` (multipart): `category`, `title`, `audience` (member | employer |
 * all), `memberIdentifier` (audience member), `employerId` (audience employer), the PDF under
 * `fichiers` → 201 {id, recipients}: it shows with the orange unread marker (A5).
 */
export interface PublishedDocument {
  id: string;
  /** How many members see it. */
  recipients: number;
}

/* ------------------------------------------------------------------ H6 employers --------- */

/** Employer authorisations a manager switches (SPEC A6). */
export const EMPLOYER_FEATURES = {
  demande_indemnisation: "Demande d'indemnisation en ligne",
} as const;
export type EmployerFeature = keyof typeof EMPLOYER_FEATURES;

/** `GET /api/gestion/employeurs` → {items: Employer[]}; `PUT /api/gestion/employeurs/:id` EmployerUpdate → Employer. */
export interface Employer {
  id: string;
  name: string;
  /** SPEC B4: the identifier prospective members type in Espace Adhésion. */
  adhesionCode: string | null;
  /** Feature → on/off. */
  features: Record<EmployerFeature, boolean>;
  /** SPEC W2: origins allowed to embed the portal's widgets, e.g. `https://intranet.mairie-bourges.fr`. */
  widgetOrigins: string[];
  memberCount: number;
}

export interface EmployerList {
  items: Employer[];
}

export interface EmployerUpdate {
  adhesionCode: string | null;
  features: Record<EmployerFeature, boolean>;
  widgetOrigins: string[];
}

/* ------------------------------------------------------------------ H7 audit ------------- */

/** `GET /api/gestion/journal?actor=&action=&from=&to=&page=` (newest first, pages of 50). */
export interface AuditRecord {
  id: string;
  at: string;
  actorKind: 'member' | 'manager' | 'system';
  /** The manager's display name, the member's identifier, or "Système". */
  actor: string;
  action: string;
  targetKind: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  items: AuditRecord[];
  page: number;
  pageSize: number;
  total: number;
}

/* ------------------------------------------------------------------ N1 outbox ------------ */

/** The back office's (French-speaking staff). */
export const OUTBOX_STATUS_LABELS = {
  pending: 'En attente', // i18n-ignore
  sent: 'Envoyé', // i18n-ignore
  failed: 'En échec', // i18n-ignore
  // A link that expired before it could leave: the notice to ask again went instead.
  expired: 'Lien expiré, avis envoyé', // i18n-ignore
} as const;

/** `GET /api/gestion/messages?status=&channel=&page=` (newest first, pages of 50). */
export interface OutboxMessage {
  id: string;
  channel: 'email' | 'sms';
  recipient: string;
  subject: string;
  status: keyof typeof OUTBOX_STATUS_LABELS;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  nextAttemptAt: string | null;
}

export interface OutboxPage {
  items: OutboxMessage[];
  page: number;
  pageSize: number;
  total: number;
}
