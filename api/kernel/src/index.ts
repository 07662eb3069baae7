export { localized } from '../contract/i18n.js';
export { createApiApp, handleApiError, mountApi } from './api-app.js';
export type { AuditEntry } from './audit.js';
export { AuditLog } from './audit.js';
export { BlobStore, type StoredFile, type SweepResult } from './blob-store.js';
export { compiledOnce } from './compiled-query.js';
export { acceptedEncoding, compressAnswers } from './compression.js';
export {
  type IdentityProviderConfig,
  identityProviderConfig,
  type KernelConfig,
  loadConfig,
} from './config.js';
export { archiveFilePath } from './core-data-export.js';
export { hashPassword, randomToken, sha256Hex, verifyPassword } from './crypto.js';
export { type DataExportEntry, type DataExportPart, DataExports } from './data-exports.js';
export { type DatabaseHandle, type DatabaseTarget, openDatabase } from './database.js';
export { Directory } from './directory.js';
export {
  contentDisposition,
  documentListRoute,
  fileResponse,
  STORED_FILE,
  storedFileResponse,
} from './document-routes.js';
export { DocumentService, type PublishDocument } from './documents.js';
export {
  type Addressee,
  byCivility,
  civilityTitle,
  formatEuros,
  frenchDate,
  frenchDateTime,
  frenchLongDate,
  greeting,
  todayIso,
} from './french.js';
export type { ManagerEnv } from './gestion/manager-auth.js';
export { paymentInputs } from './gestion/payees.js';
export { healthRoutes, type Lifecycle } from './health.js';
export {
  localeMiddleware,
  registerCatalogs,
  requestLocale,
  translatedLabels,
  withLocale,
} from './i18n.js';
export { isoDate, jsonb } from './json.js';
export {
  type CoreKernel,
  createKernel,
  type Kernel,
  type KernelOptions,
  type RequestKindHooks,
  type SectionSlice,
  sectionSlice,
} from './kernel.js';
export { createKernelApi } from './kernel-api.js';
export {
  type DeliveredLiveEvent,
  LIVE_EVENTS_CHANNEL,
  type LiveEvent,
  LiveEvents,
} from './live-events.js';
export { createLogger, type Logger } from './logger.js';
export { MAILBOX_STYLE, type MailboxMessage, mailboxHtml, mailboxPage } from './mailbox-page.js';
export { type MemberAlert, MemberAlerts } from './member-alerts.js';
export { type AuthenticatedMember, type MembershipSummary, pageAccess } from './member-context.js';
export {
  type BeneficiaryRecord,
  type ContactChannels,
  MemberFiles,
  type MemberProfile,
  type MembershipDetail,
} from './member-files.js';
export { inMemberLocale, memberLocale } from './member-locale.js';
export { Metrics } from './metrics.js';
export { metricsRoute } from './metrics-route.js';
export { migrateAll, type SchemaMigrations } from './migrations.js';
export { type Answer, type OperationSpec, openApiDocument, operation } from './openapi.js';
export {
  developmentMailbox,
  developmentSms,
  httpSmsTransport,
  type MailTransport,
  noSmsProvider,
  Outbox,
  type OutgoingEmail,
  type OutgoingSms,
  retryDelayMs,
  type SmsTransport,
  smtpTransport,
  UndeliverableError,
} from './outbox.js';
export {
  type PdfSection,
  type PdfTable,
  type PdfTableColumn,
  pdfSafe,
  renderTextPdf,
  type TextPdf,
} from './pdf.js';
export {
  fieldErrorsOf,
  INVALID_FORM,
  ProblemError,
  problemBody,
  problemResponse,
  readJson,
  readQuery,
} from './problem.js';
export { clientIp, clientIpFrom, type MemberEnv } from './request-context.js';
export {
  type AcceptHook,
  type AcceptOutcome,
  type NewRequest,
  type RequestDescriber,
  type RequestRecord,
  RequestWorkflow,
} from './requests.js';
export { RobotCheck, type RobotCheckResult } from './robot-check.js';
export type { CoreDatabase } from './schema.js';
export { type AnyDatabase, type AnyTransaction, ownTables } from './section-database.js';
export { kernelKey, sqlMigration } from './sql-migration.js';
export { deviceLabel, TrustedDevices } from './trusted-devices.js';
export { cleanFileName, type ReceivedFile, type ReceivedUpload, Uploads, uploadFields } from './uploads.js';
