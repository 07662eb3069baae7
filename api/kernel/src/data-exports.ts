import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { msg, str } from '@lit/localize';
import { type Kysely, type Selectable, sql } from 'kysely';
import yazl from 'yazl';
import {
  DATA_EXPORT_API,
  DATA_EXPORT_PAGE_PATH,
  DATA_EXPORT_RETENTION_DAYS,
  type DataExportStatus,
  dataExportFileName,
} from '../contract/data-export.js';
import { intlLocale } from '../contract/i18n.js';
import type { AuditLog } from './audit.js';
import type { BlobStore } from './blob-store.js';
import { randomToken } from './crypto.js';
import { greeting } from './french.js';
import { withLocale } from './i18n.js';
import type { Logger } from './logger.js';
import { inMemberLocale } from './member-locale.js';
import type { Outbox } from './outbox.js';
import type { CoreDatabase, DataExportsTable } from './schema.js';
import type { AnyTransaction } from './section-database.js';

/**
 * One part of a member's archive (SPEC P3): a JSON document, or a stored file (`core.files` id)
 * streamed from the blob store into the ZIP. `path` is relative to the part's folder.
 */
export type DataExportEntry = { path: string; json: unknown } | { path: string; fileId: string };

/**
 * What a section (its slice's `dataExport(kernel)`) or the kernel puts in a member's archive, and
 * how it accounts for every table of its schema: exported, or excluded with the reason
 * (`data-export-coverage.api.test.ts` fails on a table that is neither).
 */
export interface DataExportPart {
  tables: {
    /** Tables whose rows about the member are in `entries` (schema-qualified). */
    exported: readonly string[];
    /** Tables left out, each with why (« secrets de session », « contenu éditorial commun »). */
    excluded: Readonly<Record<string, string>>;
  };
  /** The member's entries, in order; files are opened only when the ZIP reaches them. */
  entries(memberId: string): AsyncIterable<DataExportEntry>;
}

/**
 * Told in the final transaction of a ready archive: P2's live notice (`kernel.liveEvents.publish`)
 * plugs in here (`createKernel`).
 */
export type ExportReadyNotifier = (
  trx: AnyTransaction,
  memberId: string,
  event: { type: 'export-ready'; title: string; href: string },
) => Promise<void>;

export interface DataExportOptions {
  /** A running job is another worker's after this long unless renewed (its process died). */
  leaseSeconds?: number;
  /** Tries before a job is `failed`. */
  maxAttempts?: number;
  /** Wait before a failed try is taken again. */
  retrySeconds?: number;
}

type Job = Selectable<DataExportsTable>;

const DOWNLOAD_URL = `${DATA_EXPORT_API}/fichier`;

/** The archive's LISEZMOI.txt, in the language being written in (the member's: SPEC P6). */
function readme(): string {
  return msg(`Portail Adhérent — vos données (RGPD, articles 15 et 20)

Cette archive contient tout ce que le portail conserve à votre sujet :
- à la racine, les données communes du portail (identite.json, contrats.json, demandes.json,
  messages.json, consentements.json, connexions.json, documents.json, journal.json) ;
- un dossier par rubrique (adhesion, indemnisations, sante, compte…) avec ses données en JSON ;
- dans chaque dossier « fichiers », les documents et pièces jointes tels qu'ils sont conservés.
Les montants sont en centimes d'euro, les dates au format ISO 8601.
`);
}

/**
 * SPEC P3 « Télécharger mes données »: the member asks (`request`), a worker in every process
 * (`start`) claims pending jobs with `FOR UPDATE SKIP LOCKED` and a lease (a job left `running` by a
 * dead process is taken again once its lease has passed), streams the ZIP of every part — the
 * kernel's, then each section's — to a temporary file and files it in the object store (disk rename
 * or S3 multipart upload: never whole in memory), then in one transaction records it ready, queues
 * « Vos données sont prêtes » (no data in the mail) and tells the open tabs. `sweep` deletes the
 * archives of more than 7 days.
 */
export class DataExports {
  private readonly parts: { name: string; prefix: string; part: DataExportPart }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopping = false;
  private readonly leaseSeconds: number;
  private readonly maxAttempts: number;
  private readonly retrySeconds: number;
  /** Set by `createKernel` when P2's live events exist; called in the ready transaction. */
  notifyReady: ExportReadyNotifier | null = null;

  constructor(
    private readonly db: Kysely<CoreDatabase>,
    private readonly blobs: BlobStore,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    private readonly logger: Logger,
    private readonly publicUrl: string,
    options: DataExportOptions = {},
  ) {
    this.leaseSeconds = options.leaseSeconds ?? 120;
    this.maxAttempts = options.maxAttempts ?? 3;
    this.retrySeconds = options.retrySeconds ?? 60;
  }

  /** Adds a part: the kernel's at the archive's root (`''`), a section's in its folder. */
  addPart(name: string, part: DataExportPart, folder = `${name}/`): void {
    this.parts.push({ name, prefix: folder, part });
  }

  /** Every table each part accounts for: exported by it, or excluded with a reason. */
  coverage(): Map<string, { part: string; excluded: string | null }> {
    const tables = new Map<string, { part: string; excluded: string | null }>();
    for (const { name, part } of this.parts) {
      for (const table of part.tables.exported) tables.set(table, { part: name, excluded: null });
      for (const [table, reason] of Object.entries(part.tables.excluded)) {
        tables.set(table, { part: name, excluded: reason });
      }
    }
    return tables;
  }

  /**
   * Asks for an archive; one open job per member (partial unique index): a second request while
   * one is pending or running gets that one, `created: false`.
   */
  async request(
    memberId: string,
    ip: string | null,
  ): Promise<{ archive: DataExportStatus; created: boolean }> {
    const created = await this.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('core.data_exports')
        .values({ member_id: memberId })
        .onConflict((oc) =>
          // Literal, not parameters: a generic plan (prepared statement) must still match the
          // partial index's predicate to take it as the arbiter.
          oc.column('member_id').where(sql<boolean>`status IN ('pending', 'running')`).doNothing(),
        )
        .returningAll()
        .executeTakeFirst();
      if (row) {
        await this.audit.record(
          {
            actorKind: 'member',
            actorId: memberId,
            action: 'donnees.archive.demande',
            targetKind: 'data_export',
            targetId: row.id,
            ip,
          },
          trx,
        );
      }
      return row ?? null;
    });
    if (created) this.kick();
    const latest = created ?? (await this.latestJob(memberId));
    if (!latest) throw new Error('data export vanished');
    return { archive: this.describe(latest), created: created !== null };
  }

  /** The member's latest archive, as the page shows it; null when none was asked for. */
  async status(memberId: string): Promise<DataExportStatus | null> {
    const job = await this.latestJob(memberId);
    return job ? this.describe(job) : null;
  }

  /** The member's ready archive, streamed from the store; null when there is none (or it expired). */
  async open(
    memberId: string,
  ): Promise<{ id: string; stream: ReadableStream<Uint8Array>; sizeBytes: number; fileName: string } | null> {
    const row = await this.db
      .selectFrom('core.data_exports as e')
      .innerJoin('core.files as f', 'f.id', 'e.file_id')
      .select(['e.id', 'e.ready_at', 'f.storage_key', 'f.size_bytes'])
      .where('e.member_id', '=', memberId)
      .where('e.status', '=', 'ready')
      .where('e.expires_at', '>', sql<Date>`now()`)
      .orderBy('e.requested_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!row?.ready_at) return null;
    return {
      id: row.id,
      stream: await this.blobs.open(row.storage_key),
      sizeBytes: row.size_bytes,
      fileName: dataExportFileName(parisDay(new Date(row.ready_at))),
    };
  }

  private latestJob(memberId: string): Promise<Job | undefined> {
    return this.db
      .selectFrom('core.data_exports')
      .selectAll()
      .where('member_id', '=', memberId)
      .orderBy('requested_at', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  private describe(job: Job): DataExportStatus {
    const expiresAt = job.expires_at ? new Date(job.expires_at) : null;
    const state =
      job.status === 'pending' || job.status === 'running'
        ? 'pending'
        : job.status === 'ready' && expiresAt && expiresAt.getTime() <= Date.now()
          ? 'expired'
          : job.status;
    return {
      id: job.id,
      state,
      requestedAt: new Date(job.requested_at).toISOString(),
      readyAt: job.ready_at ? new Date(job.ready_at).toISOString() : null,
      expiresAt: expiresAt?.toISOString() ?? null,
      sizeBytes: state === 'ready' && job.size_bytes !== null ? Number(job.size_bytes) : null,
      downloadUrl: state === 'ready' ? DOWNLOAD_URL : null,
    };
  }

  /** Prepares every due archive (one at a time); returns how many became ready. */
  runDue(): Promise<number> {
    this.running ??= this.work().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async work(): Promise<number> {
    let ready = 0;
    while (!this.stopping) {
      const job = await this.claim();
      if (!job) break;
      if (await this.prepare(job)) ready++;
    }
    return ready;
  }

  /** The oldest due job: pending (its retry time passed) or running past its lease (a dead worker's). */
  private async claim(): Promise<Job | undefined> {
    return this.db
      .updateTable('core.data_exports')
      .set({
        status: 'running',
        attempts: sql`attempts + 1`,
        lease_until: sql`now() + make_interval(secs => ${this.leaseSeconds})`,
      })
      .where(
        'id',
        '=',
        this.db
          .selectFrom('core.data_exports')
          .select('id')
          .where((eb) =>
            eb.or([
              eb.and([
                eb('status', '=', 'pending'),
                eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', sql<Date>`now()`)]),
              ]),
              eb.and([eb('status', '=', 'running'), eb('lease_until', '<=', sql<Date>`now()`)]),
            ]),
          )
          .orderBy('requested_at')
          .limit(1)
          .forUpdate()
          .skipLocked(),
      )
      .returningAll()
      .executeTakeFirst();
  }

  /** Builds, files and announces one claimed archive; a failure is retried, then `failed`. */
  private async prepare(job: Job): Promise<boolean> {
    if (job.attempts > this.maxAttempts) {
      await this.giveUp(job, 'Trop de tentatives interrompues.'); // i18n-ignore: a log's
      return false;
    }
    const heartbeat = setInterval(
      () => {
        void this.db
          .updateTable('core.data_exports')
          .set({ lease_until: sql`now() + make_interval(secs => ${this.leaseSeconds})` })
          .where('id', '=', job.id)
          .where('status', '=', 'running')
          .where('attempts', '=', job.attempts)
          .execute()
          .catch(() => {});
      },
      (this.leaseSeconds * 1000) / 3,
    );
    const tempPath = join(this.blobs.tempDir, `data-export-${job.id}-${job.attempts}.zip`);
    let key: string | null = null;
    try {
      const built = await this.build(job, tempPath);
      key = `exports/${new Date().toISOString().slice(0, 7)}/${randomToken(18)}`;
      await this.blobs.objects.adopt(tempPath, key, 'application/zip');
      const recorded = await this.record(job, key, built);
      if (!recorded) {
        // Another worker took the job over (this one outlived its lease): its archive wins.
        await this.blobs.remove(key);
        return false;
      }
      return true;
    } catch (error) {
      this.logger.warn(
        { dataExportId: job.id, attempts: job.attempts, err: String(error) },
        'data export failed',
      );
      if (key) await this.blobs.remove(key).catch(() => {});
      if (job.attempts >= this.maxAttempts) await this.giveUp(job, String(error));
      else {
        await this.db
          .updateTable('core.data_exports')
          .set({
            status: 'pending',
            lease_until: sql`now() + make_interval(secs => ${this.retrySeconds})`,
            last_error: String(error).slice(0, 500),
          })
          .where('id', '=', job.id)
          .where('status', '=', 'running')
          .where('attempts', '=', job.attempts)
          .execute();
      }
      return false;
    } finally {
      clearInterval(heartbeat);
      await rm(tempPath, { force: true });
    }
  }

  private async giveUp(job: Job, reason: string): Promise<void> {
    await this.db
      .updateTable('core.data_exports')
      .set({ status: 'failed', lease_until: null, last_error: reason.slice(0, 500) })
      .where('id', '=', job.id)
      .where('status', '=', 'running')
      .execute();
  }

  /**
   * The ZIP of every part, streamed to `tempPath`: JSON documents as they come, stored files opened
   * one at a time when the ZIP reaches them (`addReadStreamLazy`), stored as they are (already
   * compressed formats). Returns its size and SHA-256, computed on the way.
   */
  private async build(job: Job, tempPath: string): Promise<{ sizeBytes: number; sha256: string }> {
    await mkdir(this.blobs.tempDir, { recursive: true });
    const zip = new yazl.ZipFile();
    const hash = createHash('sha256');
    let sizeBytes = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        sizeBytes += chunk.length;
        done(null, chunk);
      },
    });
    const failed = new Promise<never>((_resolve, reject) => zip.on('error', reject));
    failed.catch(() => {});
    const written = pipeline(zip.outputStream, measure, createWriteStream(tempPath));
    written.catch(() => {});
    const mtime = new Date();
    try {
      const text = await inMemberLocale(this.db, job.member_id, readme);
      zip.addBuffer(Buffer.from(text), 'LISEZMOI.txt', { mtime });
      for (const { prefix, part } of this.parts) {
        for await (const entry of part.entries(job.member_id)) {
          const path = `${prefix}${entry.path}`;
          if ('json' in entry) {
            zip.addBuffer(Buffer.from(JSON.stringify(entry.json, null, 2)), path, { mtime });
            continue;
          }
          const file = await this.blobs.find(entry.fileId);
          if (!file) continue;
          zip.addReadStreamLazy(path, { mtime, compress: false, size: file.size_bytes }, (done) => {
            this.blobs.open(file.storage_key).then(
              (stream) => done(null, Readable.fromWeb(stream as NodeWebStream<Uint8Array>)),
              (error: Error) => done(error, null as unknown as Readable),
            );
          });
        }
      }
      zip.end();
      await Promise.race([written, failed]);
    } catch (error) {
      (zip.outputStream as Readable).destroy();
      throw error;
    }
    return { sizeBytes, sha256: hash.digest('hex') };
  }

  /** The ready archive's one transaction: its file, the job, the e-mail, the audit, the live notice. */
  private async record(
    job: Job,
    key: string,
    built: { sizeBytes: number; sha256: string },
  ): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const readyAt = new Date();
      const expiresAt = new Date(readyAt.getTime() + DATA_EXPORT_RETENTION_DAYS * 86_400_000);
      const file = await trx
        .insertInto('core.files')
        .values({
          storage_key: key,
          file_name: dataExportFileName(parisDay(readyAt)),
          content_type: 'application/zip',
          size_bytes: built.sizeBytes,
          sha256: built.sha256,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const updated = await trx
        .updateTable('core.data_exports')
        .set({
          status: 'ready',
          ready_at: readyAt,
          expires_at: expiresAt,
          file_id: file.id,
          size_bytes: built.sizeBytes,
          lease_until: null,
          last_error: null,
        })
        .where('id', '=', job.id)
        .where('status', '=', 'running')
        .where('attempts', '=', job.attempts)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) {
        await trx.deleteFrom('core.files').where('id', '=', file.id).execute();
        return false;
      }
      const member = await trx
        .selectFrom('core.members')
        .select(['email', 'civility', 'first_name', 'last_name', 'locale'])
        .where('id', '=', job.member_id)
        .executeTakeFirstOrThrow();
      // SPEC P6: the e-mail and the live notice in the member's language.
      const { text, title, subject } = withLocale(member.locale, () => {
        const until = frenchDay(expiresAt);
        const page = `${this.publicUrl}${DATA_EXPORT_PAGE_PATH}`;
        return {
          text: [
            greeting({ civility: member.civility, firstName: member.first_name, lastName: member.last_name }),
            '',
            msg(
              str`L’archive de vos données que vous avez demandée est prête. Vous pouvez la télécharger jusqu’au ${until} depuis votre espace, rubrique Mon compte, « Télécharger mes données » :`,
            ),
            page,
            '',
            msg(
              'Pour votre sécurité, ce message ne contient aucune de vos données : l’archive ne se télécharge qu’une fois connecté à votre espace.',
            ),
            msg('Ce message est envoyé automatiquement : merci de ne pas y répondre.'),
          ].join('\n'),
          title: msg(str`Vos données sont prêtes : archive téléchargeable jusqu’au ${until}.`),
          subject: msg('Vos données sont prêtes'),
        };
      });
      if (member.email) {
        await this.outbox.enqueueEmail({ to: member.email, subject, text }, trx);
      }
      await this.audit.record(
        {
          actorKind: 'system',
          actorId: null,
          action: 'donnees.archive.prete',
          targetKind: 'data_export',
          targetId: job.id,
          after: { sizeBytes: built.sizeBytes, expiresAt: expiresAt.toISOString() },
        },
        trx,
      );
      // P2 live notice: `kernel.liveEvents.publish(trx, memberId, { type: 'export-ready', title, href })`,
      // wired by createKernel through `notifyReady` (the one call site).
      await this.notifyReady?.(trx, job.member_id, {
        type: 'export-ready',
        title,
        href: DATA_EXPORT_PAGE_PATH,
      });
      return true;
    });
  }

  /**
   * Deletes the archives whose 7 days have passed (at `now`): their file and object go, the job
   * stays as `expired` (the page says « Expirée »). An object left by a crash between the commit and
   * its removal has no row any more: the blob sweep removes it.
   */
  async sweep(now: Date = new Date()): Promise<number> {
    const due = await this.db
      .selectFrom('core.data_exports as e')
      .leftJoin('core.files as f', 'f.id', 'e.file_id')
      .select(['e.id', 'e.file_id', 'f.storage_key'])
      .where('e.status', '=', 'ready')
      .where('e.expires_at', '<=', now)
      .limit(100)
      .execute();
    for (const job of due) {
      await this.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('core.data_exports')
          .set({ status: 'expired', file_id: null })
          .where('id', '=', job.id)
          .execute();
        if (job.file_id) await trx.deleteFrom('core.files').where('id', '=', job.file_id).execute();
        await this.audit.record(
          {
            actorKind: 'system',
            actorId: null,
            action: 'donnees.archive.suppression',
            targetKind: 'data_export',
            targetId: job.id,
          },
          trx,
        );
      });
      if (job.storage_key) await this.blobs.remove(job.storage_key).catch(() => {});
    }
    return due.length;
  }

  /** Soon after a request, without waiting for the next tick. */
  private kick(): void {
    if (this.timer) setTimeout(() => void this.tick(), 10).unref();
  }

  private async tick(): Promise<void> {
    try {
      await this.runDue();
      await this.sweep();
    } catch (error) {
      this.logger.warn({ err: String(error) }, 'data export worker tick failed');
    }
  }

  /** The worker of this process (every host process runs one). */
  start(intervalMs = 5000): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
    void this.tick();
  }

  /** Stops after the archive being prepared (the next jobs stay for another process). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stopping = true;
    await this.running?.catch(() => {});
    this.stopping = false;
  }
}

/** `2026-12-07`: the day in France. */
function parisDay(at: Date): string {
  return at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
}

/** `07/12/2026`, in the language being written in. */
function frenchDay(at: Date): string {
  return at.toLocaleDateString(intlLocale(), { timeZone: 'Europe/Paris' });
}
