import type { ColumnType, Generated, RawBuilder } from 'kysely';

type Instant = ColumnType<Date, Date | string | undefined, Date | string>;
type DefaultedInstant = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns are read back as text (`to_char`/cast) where shown; stored from ISO strings. */
type CalendarDate = ColumnType<Date | string, string, string>;
type Json<T> = ColumnType<T, RawBuilder<T> | RawBuilder<unknown>, RawBuilder<T> | RawBuilder<unknown>>;

export interface EmployersTable {
  id: Generated<string>;
  name: string;
  adhesion_code: string | null;
  disabled_features: ColumnType<string[], string[] | undefined, string[]>;
  widget_origins: ColumnType<string[], string[] | undefined, string[]>;
  created_at: DefaultedInstant;
}

export interface MembersTable {
  id: Generated<string>;
  identifier: string;
  email: string | null;
  civility: string;
  first_name: string;
  last_name: string;
  birth_date: CalendarDate;
  password_hash: string | null;
  phone: ColumnType<string, string | undefined, string>;
  no_phone: ColumnType<boolean, boolean | undefined, boolean>;
  mobile: ColumnType<string, string | undefined, string>;
  email_alert: ColumnType<boolean, boolean | undefined, boolean>;
  sms_alert: ColumnType<boolean, boolean | undefined, boolean>;
  /** SPEC P6: the member's language (e-mails, PDFs, the portal after login). */
  locale: ColumnType<'fr' | 'en', 'fr' | 'en' | undefined, 'fr' | 'en'>;
  created_at: DefaultedInstant;
}

export interface ContractsTable {
  id: Generated<string>;
  code: string;
  label: string;
  kind: 'prevoyance' | 'sante';
}

export interface MembershipsTable {
  id: Generated<string>;
  member_id: string;
  employer_id: string | null;
  contract_id: string;
  membership_number: string;
  start_date: CalendarDate;
  end_date: CalendarDate | null;
}

export interface CguVersionsTable {
  version: number;
  title: string;
  sections: Json<{ heading: string; paragraphs: string[] }[]>;
  published_at: DefaultedInstant;
}

export interface CguAcceptancesTable {
  member_id: string;
  version: number;
  accepted_at: DefaultedInstant;
  ip: string | null;
}

export interface SessionsTable {
  id: Generated<string>;
  token_hash: string;
  /** Exactly one of member_id and manager_id is set. */
  member_id: string | null;
  manager_id: ColumnType<string | null, string | null | undefined, string | null>;
  csrf_token: string;
  created_at: DefaultedInstant;
  last_seen_at: DefaultedInstant;
  expires_at: Instant;
  revoked_at: Instant | null;
  ip: string | null;
  user_agent: string | null;
}

export interface PasswordResetTokensTable {
  token_hash: string;
  member_id: string;
  created_at: DefaultedInstant;
  expires_at: Instant;
  used_at: Instant | null;
}

export interface LoginFailuresTable {
  login_key: string;
  failures: number;
  last_failed_at: Instant;
  locked_until: Instant | null;
}

export interface WidgetTokensTable {
  token_hash: string;
  member_id: string;
  origin: string;
  created_at: DefaultedInstant;
  expires_at: Instant;
  /** The API paths (patterns) the token may read, fixed at issue. */
  routes: ColumnType<string[], string[] | undefined, string[]>;
  document_categories: ColumnType<string[], string[] | undefined, string[]>;
}

export interface IdempotencyKeysTable {
  member_id: string;
  key: string;
  method: string;
  path: string;
  request_id: string | null;
  status: number | null;
  content_type: string | null;
  body: string | null;
  created_at: DefaultedInstant;
}

export interface WidgetConsentsTable {
  member_id: string;
  origin: string;
  granted_at: DefaultedInstant;
}

export interface RateLimitsTable {
  key: string;
  window_start: Instant;
  hits: number;
}

export interface FilesTable {
  id: Generated<string>;
  storage_key: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  created_at: DefaultedInstant;
  /** The member who uploaded it (storage quota); null for generated or published files. */
  uploaded_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export type DocumentAudience = 'member' | 'employer' | 'all';

export interface DocumentsTable {
  id: Generated<string>;
  category: string;
  title: string;
  file_id: string;
  audience: DocumentAudience;
  member_id: string | null;
  employer_id: string | null;
  published_at: DefaultedInstant;
}

export interface DocumentReadsTable {
  document_id: string;
  member_id: string;
  read_at: DefaultedInstant;
}

export interface OutboxTable {
  id: Generated<string>;
  channel: 'email' | 'sms';
  recipient: string;
  subject: string;
  body_text: string;
  status: ColumnType<OutboxStatus, 'pending' | undefined, OutboxStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: DefaultedInstant;
  last_error: string | null;
  created_at: DefaultedInstant;
  sent_at: Instant | null;
  /** The end of the link it carries, if any; then what goes instead once it has passed. */
  expires_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  expired_subject: ColumnType<string | null, string | null | undefined, string | null>;
  expired_text: ColumnType<string | null, string | null | undefined, string | null>;
}

type OutboxStatus = 'pending' | 'sent' | 'failed' | 'expired';

export interface AuditLogTable {
  id: Generated<string>;
  at: DefaultedInstant;
  actor_kind: 'member' | 'manager' | 'system';
  actor_id: string | null;
  action: string;
  target_kind: string | null;
  target_id: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  ip: string | null;
}

export interface ManagersTable {
  id: Generated<string>;
  login: string;
  display_name: string;
  password_hash: string;
  /** Where the manager's login codes go (SPEC P8); a manager without one cannot log in. */
  email: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: DefaultedInstant;
}

/** SPEC P8: a login waiting for its second factor; the code kept as an HMAC keyed by the login's token. */
export interface LoginCodesTable {
  id: Generated<string>;
  /** SHA-256 of the bearer token the browser holds for this login. */
  token_hash: string;
  member_id: ColumnType<string | null, string | null | undefined, never>;
  manager_id: ColumnType<string | null, string | null | undefined, never>;
  /** Whose login this is; a decoy's too (SPEC P8 neutral step). */
  kind: ColumnType<'member' | 'manager', 'member' | 'manager', never>;
  /** The login throttle's account the code tries count in (`member:…`, `login:…`, `gestion:…`). */
  throttle_account: ColumnType<string, string, never>;
  /** A wrong password's or unknown login's stand-in: no code was sent, no try is right. */
  decoy: ColumnType<boolean, boolean | undefined, never>;
  code_hash: string;
  channel: 'email' | 'sms';
  attempts: ColumnType<number, number | undefined, number>;
  resends: ColumnType<number, number | undefined, number>;
  sent_at: DefaultedInstant;
  expires_at: Instant;
  used_at: Instant | null;
  created_at: DefaultedInstant;
}

/** SPEC P8 « Se souvenir de cet appareil »: a device cookie's hash, for 90 days unless revoked. */
export interface TrustedDevicesTable {
  id: Generated<string>;
  member_id: string;
  token_hash: string;
  user_agent: string | null;
  created_at: DefaultedInstant;
  last_used_at: DefaultedInstant;
  expires_at: Instant;
  revoked_at: Instant | null;
}

export interface RequestsTable {
  id: Generated<string>;
  member_id: string;
  section: string;
  kind: string;
  label: string;
  payload: Json<Record<string, unknown>>;
  status: ColumnType<
    'pending' | 'accepted' | 'refused' | 'withdrawn',
    'pending' | undefined,
    'accepted' | 'refused' | 'withdrawn'
  >;
  refusal_reason: string | null;
  decided_by: string | null;
  decided_at: Instant | null;
  hidden_by_member: ColumnType<boolean, boolean | undefined, boolean>;
  answer: string | null;
  answered_at: Instant | null;
  created_at: DefaultedInstant;
  updated_at: DefaultedInstant;
  /** P1: the day it should be processed by (read as `estimated_on::text`). */
  estimated_on: ColumnType<Date | string | null, string | null | undefined, string | null>;
}

export interface RequestEventsTable {
  id: Generated<string>;
  request_id: string;
  at: DefaultedInstant;
  status: string;
  note: string | null;
  actor_kind: 'member' | 'manager' | 'system';
  actor_id: string | null;
}

export interface RequestAttachmentsTable {
  request_id: string;
  file_id: string;
  position: ColumnType<number, number | undefined, number>;
}

export interface BeneficiariesTable {
  id: Generated<string>;
  member_id: string;
  first_name: string;
  last_name: string;
  birth_date: CalendarDate;
  relationship: 'adherent' | 'conjoint' | 'enfant';
}

export interface UsedChallengesTable {
  nonce: string;
  expires_at: Instant;
}

export interface ServerSecretsTable {
  name: string;
  value: string;
  created_at: DefaultedInstant;
}

export interface ActivationTokensTable {
  token_hash: string;
  member_id: string;
  /** The address the link went to (`email`); null for a code sent by post (`courrier`). */
  email: string | null;
  created_at: DefaultedInstant;
  expires_at: Instant;
  used_at: Instant | null;
  channel: ColumnType<'email' | 'courrier', 'email' | 'courrier' | undefined, 'email' | 'courrier'>;
  attempts: ColumnType<number, number | undefined, number>;
}

/** SPEC P3: a member's archive job (`data-exports.ts`). */
export interface DataExportsTable {
  id: Generated<string>;
  member_id: string;
  status: ColumnType<DataExportJobStatus, 'pending' | undefined, DataExportJobStatus>;
  requested_at: DefaultedInstant;
  attempts: ColumnType<number, number | undefined, number>;
  lease_until: Instant | null;
  ready_at: Instant | null;
  expires_at: Instant | null;
  file_id: string | null;
  /** bigint: read back as text by postgres.js. */
  size_bytes: ColumnType<string | number | null, number | null, number | null>;
  last_error: string | null;
}

export type DataExportJobStatus = 'pending' | 'running' | 'ready' | 'failed' | 'expired';

/** SPEC P2: the live events of the last minutes, for reconnecting streams (`live-events.ts`). */
export interface LiveEventsTable {
  /** bigint identity: read back as text (postgres.js). */
  id: ColumnType<string | number | bigint, never, never>;
  member_id: string;
  event: ColumnType<unknown, string, string>;
  created_at: DefaultedInstant;
}

/** The kernel's tables, schema-qualified. Sections add their own schema's tables beside these. */
export interface CoreDatabase {
  'core.employers': EmployersTable;
  'core.members': MembersTable;
  'core.contracts': ContractsTable;
  'core.memberships': MembershipsTable;
  'core.cgu_versions': CguVersionsTable;
  'core.cgu_acceptances': CguAcceptancesTable;
  'core.sessions': SessionsTable;
  'core.password_reset_tokens': PasswordResetTokensTable;
  'core.login_failures': LoginFailuresTable;
  'core.rate_limits': RateLimitsTable;
  'core.files': FilesTable;
  'core.documents': DocumentsTable;
  'core.document_reads': DocumentReadsTable;
  'core.outbox': OutboxTable;
  'core.audit_log': AuditLogTable;
  'core.widget_tokens': WidgetTokensTable;
  'core.widget_consents': WidgetConsentsTable;
  'core.idempotency_keys': IdempotencyKeysTable;
  'core.managers': ManagersTable;
  'core.requests': RequestsTable;
  'core.request_events': RequestEventsTable;
  'core.request_attachments': RequestAttachmentsTable;
  'core.beneficiaries': BeneficiariesTable;
  'core.used_challenges': UsedChallengesTable;
  'core.server_secrets': ServerSecretsTable;
  'core.activation_tokens': ActivationTokensTable;
  'core.live_events': LiveEventsTable;
  'core.data_exports': DataExportsTable;
  'core.login_codes': LoginCodesTable;
  'core.trusted_devices': TrustedDevicesTable;
}
