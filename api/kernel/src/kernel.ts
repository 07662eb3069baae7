import type { Hono, MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { Catalog, Locale } from '../contract/i18n.js';
import type { SectionManifest } from '../contract/section.js';
import { coreMigrations } from '../migrations/index.js';
import { PostalAddresses, type PostalAddressSource, registerLetterWorkflow } from './activation-by-post.js';
import { AuditLog } from './audit.js';
import { BlobStore, createObjectStore } from './blob-store.js';
import type { KernelConfig } from './config.js';
import { coreDataExport } from './core-data-export.js';
import { type DataExportPart, DataExports } from './data-exports.js';
import { openDatabase } from './database.js';
import { DocumentService } from './documents.js';
import { type ManagerEnv, managerAuth } from './gestion/manager-auth.js';
import { installServerLocalization, registerCatalogs } from './i18n.js';
import { LIVE_EVENTS_CHANNEL, LiveEvents } from './live-events.js';
import { createLogger, type Logger } from './logger.js';
import { LoginThrottle } from './login-throttle.js';
import { Maintenance } from './maintenance.js';
import { MemberAlerts } from './member-alerts.js';
import { memberAuth, requirePage } from './member-auth.js';
import { MemberFiles } from './member-files.js';
import { MenuRegistry } from './menu.js';
import { Metrics } from './metrics.js';
import { migrateAll, type SchemaMigrations } from './migrations.js';
import {
  developmentMailbox,
  developmentSms,
  httpSmsTransport,
  type MailTransport,
  noSmsProvider,
  Outbox,
  type SmsTransport,
  smtpTransport,
} from './outbox.js';
import { RateLimiter } from './rate-limit.js';
import type { MemberEnv } from './request-context.js';
import { type AcceptHook, type CurrentReader, type RequestDescriber, RequestWorkflow } from './requests.js';
import { RobotCheck } from './robot-check.js';
import type { CoreDatabase } from './schema.js';
import { SecondFactor } from './second-factor.js';
import { ownTables } from './section-database.js';
import { parseSessionChange, SESSION_CHANGES_CHANNEL } from './session-cache.js';
import { SessionStore } from './sessions.js';
import { TrustedDevices } from './trusted-devices.js';
import { Uploads } from './uploads.js';
import { WidgetAccess } from './widget-access.js';
import { WidgetRegistry } from './widget-registry.js';

/**
 * The services a section's API slice receives (ARCHITECTURE: `createXApi(kernel)`): its own
 * tables through `database()`, the kernel's data through the services only.
 */
export interface Kernel {
  config: KernelConfig;
  /** The database typed with the section's own tables `T` only (`SanteTables`…). */
  database<T>(): Kysely<T>;
  logger: Logger;
  sessions: SessionStore;
  rateLimiter: RateLimiter;
  /** Password guessing: tries counted before the check, progressive waits, rate limits (A1, D4, H1). */
  loginThrottle: LoginThrottle;
  audit: AuditLog;
  blobs: BlobStore;
  /** Streamed multipart uploads of supporting documents, checked against SPEC C4's limits. */
  uploads: Uploads;
  documents: DocumentService;
  outbox: Outbox;
  menu: MenuRegistry;
  /** The member's file (profile, memberships, beneficiaries), read-only for sections. */
  members: MemberFiles;
  /** E-mail and SMS alerts as the member's preferences say (SPEC H5, N1). */
  alerts: MemberAlerts;
  /** Every member request (DIT), whatever section owns it, with accept hooks (SPEC H2). */
  requests: RequestWorkflow;
  /**
   * SPEC P2: `liveEvents.publish(trx, memberId, { type, title, href?, unread? })` in the writer's
   * transaction tells the member's open pages (toast, unread markers) when it commits.
   */
  liveEvents: LiveEvents;
  /** Widgets on employer intranets: registered origins and their bearer tokens (SPEC W2). */
  widgets: WidgetAccess;
  /** Housekeeping of the host (orphaned files, old idempotency keys): `start()` in the host only. */
  maintenance: Maintenance;
  /**
   * SPEC P3 « Télécharger mes données »: members' archives, prepared by a worker (`start()` in
   * every host process) from the kernel's part and each slice's `dataExport`.
   */
  dataExports: DataExports;
  /** Members' postal addresses for the letters the portal sends (provided by Mon compte). */
  postalAddresses: PostalAddresses;
  /** Self-hosted "Je ne suis pas un robot" (ALTCHA). */
  robotCheck: RobotCheck;
  /** Member-scoped routes: session, CSRF on writes, CGU accepted. */
  requireMember(options?: { allowWithoutCgu?: boolean }): MiddlewareHandler<MemberEnv>;
  /** Back-office routes (SPEC H): a manager's session and CSRF token; members get 401. */
  requireManager: MiddlewareHandler<ManagerEnv>;
  /**
   * SPEC A6: 403 unless the page `pageId` (`'compte.donnees'`, as the section's contract declares it)
   * is open to this member (employer authorisation, contract kind).
   */
  requirePage(pageId: string): MiddlewareHandler<MemberEnv>;
  close(): Promise<void>;
}

/** The kernel as the kernel itself, the host and the tests hold it: with the core tables. */
export interface CoreKernel extends Kernel {
  db: Kysely<CoreDatabase>;
  /** The process's metrics (`/metrics`): the host serves them, `createApiApp` feeds them. */
  metrics: Metrics;
  /** SPEC P8: login codes after a right password (members on unknown devices, managers always). */
  secondFactor: SecondFactor;
  /** SPEC P8 « Se souvenir de cet appareil »: members' remembered devices (90 days). */
  trustedDevices: TrustedDevices;
}

/** What the workflow does with a request kind of the section (SPEC H1–H2). */
export interface RequestKindHooks {
  /** How the manager reads what a request asks (H1), e.g. ["Adresse : 3 rue …"]. */
  describe?: RequestDescriber;
  /** Applied in the decision's transaction when the manager accepts (H2). */
  onAccept?: AcceptHook;
  /**
   * What the member's file holds now of what a request of this kind changes, read beside it (H1),
   * e.g. the current postal address beside the new one.
   */
  current?: CurrentReader;
}

/** A section's server side: its manifest, and what the host mounts under `/api/<name>`. */
export interface SectionSlice {
  /** `section.name`. */
  readonly name: string;
  readonly section: SectionManifest;
  migrations?: SchemaMigrations;
  createApi(kernel: Kernel): Hono<MemberEnv>;
  /** The section's part of the back office (SPEC H), mounted under `/api/gestion/<name>`. */
  createBackOfficeApi?(kernel: Kernel): Hono<ManagerEnv>;
  /** The workflow's hooks of its request kinds (their labels are in the manifest). */
  requestKinds?(kernel: Kernel): Readonly<Record<string, RequestKindHooks>>;
  /** Members' postal addresses, for the kernel's letters (A9 by post): the section keeping them. */
  postalAddresses?: PostalAddressSource;
  /** Demo data of this section, written once after the kernel's demo seed (`npm start`). */
  seedDemo?(kernel: Kernel): Promise<void>;
  /**
   * SPEC P3: the section's part of a member's archive (its folder `<name>/`) and, for every table
   * of its schema, exported or excluded with a reason (a table neither fails a test).
   */
  dataExport?(kernel: Kernel): DataExportPart;
  /**
   * SPEC P6: the section's translations (`locales/en.ts`: its contract's, pages' and API's French
   * texts → English), for its answers, e-mails and PDFs in another language than French.
   */
  messages?: Partial<Record<Locale, Catalog>>;
}

/** A section's slice from its manifest and its server parts. */
export function sectionSlice(
  section: SectionManifest,
  parts: Omit<SectionSlice, 'name' | 'section'>,
): SectionSlice {
  return { name: section.name, section, ...parts };
}

export interface KernelOptions {
  logger?: Logger;
  mailTransport?: MailTransport;
  smsTransport?: SmsTransport;
  sections?: readonly SectionSlice[];
  /** Proof-of-work difficulty of the robot check (tests lower it). */
  robotCheckDifficulty?: { cost: number; maxCounter: number };
}

/** Opens the database, runs the core and sections' migrations, and builds the kernel services. */
export async function createKernel(config: KernelConfig, options: KernelOptions = {}): Promise<CoreKernel> {
  installServerLocalization();
  const handle = openDatabase<CoreDatabase>(config.database);
  const { db } = handle;
  const sections = options.sections ?? [];
  for (const section of sections) if (section.messages) registerCatalogs(section.messages);
  await migrateAll(db as Kysely<unknown>, [
    coreMigrations,
    ...sections.flatMap((s) => (s.migrations ? [s.migrations] : [])),
  ]);
  const logger = options.logger ?? createLogger();
  const sessions = new SessionStore(db, config);
  if (sessions.cache.ttlMs > 0) {
    await handle.listen(SESSION_CHANGES_CHANNEL, (payload) =>
      sessions.cache.forget(parseSessionChange(payload)),
    );
  }
  const liveEvents = new LiveEvents(db, config.sessionIdleMinutes, logger);
  await handle.listen(LIVE_EVENTS_CHANNEL, (payload) => liveEvents.receive(payload));
  await handle.listen(SESSION_CHANGES_CHANNEL, (payload) =>
    liveEvents.sessionChanged(parseSessionChange(payload)),
  );
  const blobs = new BlobStore(db, config.storageDir, await createObjectStore(config.storageDir, config.s3));
  const transport =
    options.mailTransport ?? (config.smtpUrl ? smtpTransport(config.smtpUrl) : developmentMailbox);
  const sms =
    options.smsTransport ??
    (config.smsUrl ? httpSmsTransport(config.smsUrl) : config.production ? noSmsProvider : developmentSms);
  const outbox = new Outbox(db, transport, config.mailFrom, logger, sms, config.outboxLeaseSeconds);
  const menu = new MenuRegistry(config.identityProvider?.name ?? null);
  const rateLimiter = new RateLimiter(db);
  const uploads = new Uploads(blobs, db, rateLimiter, config.uploadLimits);
  const audit = new AuditLog(db);
  const widgets = new WidgetAccess(db, new WidgetRegistry(sections.map((s) => s.section)));
  const members = new MemberFiles(db);
  for (const { section } of sections) menu.register(section);
  const maintenance = new Maintenance(db, blobs, logger, config.orphanFileAgeSeconds * 1000, liveEvents);
  const kernel: CoreKernel = {
    config,
    db,
    database: <T>() => ownTables<T>(db),
    logger,
    sessions,
    rateLimiter,
    loginThrottle: new LoginThrottle(db, rateLimiter, config.loginLimits),
    secondFactor: new SecondFactor(db, outbox),
    trustedDevices: new TrustedDevices(db, config.production),
    audit,
    blobs,
    uploads,
    metrics: new Metrics({ db, pool: handle.usage, sessionCache: sessions.cache, uploads }),
    documents: new DocumentService(db, blobs),
    outbox,
    menu,
    members,
    alerts: new MemberAlerts(members, outbox),
    requests: new RequestWorkflow(db, outbox, audit, liveEvents),
    liveEvents,
    robotCheck: new RobotCheck(db, options.robotCheckDifficulty),
    requireMember: memberAuth(db, sessions, widgets),
    widgets,
    requirePage: (pageId) => requirePage(menu.page(pageId)),
    requireManager: managerAuth(sessions),
    postalAddresses: new PostalAddresses(),
    maintenance,
    dataExports: new DataExports(db, blobs, outbox, audit, logger, config.publicUrl),
    async close() {
      await kernel.dataExports.stop();
      liveEvents.closeAll();
      await maintenance.stop();
      await outbox.stop();
      await handle.close();
      await blobs.objects.close();
    },
  };
  registerLetterWorkflow(kernel);
  kernel.dataExports.addPart('core', coreDataExport(db), '');
  // P3 → P2: « Vos données sont prêtes » as a live notice, in the archive's final transaction.
  kernel.dataExports.notifyReady = (trx, memberId, event) => kernel.liveEvents.publish(trx, memberId, event);
  for (const slice of sections) {
    if (slice.postalAddresses) kernel.postalAddresses.provide(slice.postalAddresses);
    if (slice.dataExport) kernel.dataExports.addPart(slice.name, slice.dataExport(kernel));
    for (const [kind, hooks] of Object.entries(slice.requestKinds?.(kernel) ?? {})) {
      if (hooks.onAccept) kernel.requests.onAccept(slice.name, kind, hooks.onAccept);
      if (hooks.describe) kernel.requests.describeWith(slice.name, kind, hooks.describe);
      if (hooks.current) kernel.requests.currentWith(slice.name, kind, hooks.current);
    }
  }
  return kernel;
}
