import { createHash } from 'node:crypto';
import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { msg, str } from '@lit/localize';
import busboy from 'busboy';
import type { Context } from 'hono';
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { FieldError } from '../contract/problem.js';
import {
  SNIFF_BYTES,
  sniffUploadFormat,
  UPLOAD_FIELD,
  UPLOAD_LIMITS,
  UPLOAD_MESSAGES,
  type UploadedFile,
  type UploadFormat,
} from '../contract/uploads.js';
import { badStringAt, LONE_SURROGATE } from './bad-characters.js';
import type { BlobStore } from './blob-store.js';
import type { KernelConfig } from './config.js';
import { randomToken } from './crypto.js';
import { badCharacterProblem, fieldErrorsOf, INVALID_FORM, ProblemError } from './problem.js';
import type { RateLimiter } from './rate-limit.js';
import type { MemberEnv } from './request-context.js';
import type { CoreDatabase } from './schema.js';
import type { AnyDatabase } from './section-database.js';

/** Bytes of a multipart body beyond the files themselves (boundaries, headers, text fields). */
const FORM_OVERHEAD_BYTES = 256 * 1024;
/** Longest text field accepted in an upload form (a message is far shorter). */
const MAX_FIELD_BYTES = 16 * 1024;

/** A file received and checked, still in a temporary file until `store` files it. */
export interface ReceivedFile {
  fileName: string;
  contentType: UploadFormat;
  sizeBytes: number;
  sha256: string;
  tempPath: string;
}

export interface ReceivedUpload {
  /** The text fields of the form (last value wins). */
  fields: Record<string, string>;
  files: ReceivedFile[];
  /**
   * Files the received files in the blob store, recorded with `db` (pass the transaction that also
   * writes what they belong to). If that transaction fails, `receive` removes them again.
   */
  store(db: AnyDatabase): Promise<UploadedFile[]>;
}

/** Keeps the file name a member gave, without any path, control characters or excessive length. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .replace(LONE_SURROGATE, '')
    .trim();
  return (cleaned || 'document').slice(-150);
}

/**
 * Streamed multipart uploads of supporting documents (SPEC C4, E3, D2): each file goes to a
 * temporary file as it arrives while its size, SHA-256 and format (from its first bytes) are taken;
 * a file that breaks a rule is dropped at once and the whole send is refused with the exact French
 * message, field `fichiers`. Nothing a refused, failed or interrupted send brought is kept.
 */
export class Uploads {
  /** Files accepted and filed in the store since the process started (`/metrics`). */
  readonly filed = { files: 0, bytes: 0 };

  constructor(
    private readonly blobs: BlobStore,
    private readonly db: Kysely<CoreDatabase>,
    private readonly rateLimiter: RateLimiter,
    private readonly limits: KernelConfig['uploadLimits'],
  ) {}

  /** A member's sendings: so many an hour, counted before the body is read. */
  private async countSending(memberId: string): Promise<void> {
    if (!(await this.rateLimiter.hit(`upload:${memberId}`, this.limits.perMemberPerHour, 3600))) {
      throw new ProblemError(
        429,
        'Vous avez envoyé beaucoup de documents en peu de temps : réessayez dans une heure.',
        { code: 'rate-limited', headers: { 'Retry-After': '3600' } },
      );
    }
  }

  /**
   * A member's files: so many bytes kept in all. Checked before the body is read with its announced
   * length, and again with what the files really weigh.
   */
  private async checkQuota(memberId: string, newBytes: number): Promise<void> {
    const { used } = await this.db
      .selectFrom('core.files')
      .select(sql<number>`coalesce(sum(size_bytes), 0)::bigint`.as('used'))
      .where('uploaded_by', '=', memberId)
      .executeTakeFirstOrThrow();
    if (Number(used) + newBytes > this.limits.quotaBytes) {
      const megabytes = Math.round(this.limits.quotaBytes / (1024 * 1024));
      throw new ProblemError(
        413,
        msg(
          str`Votre espace de stockage de documents est plein (${megabytes} Mo) : contactez-nous pour envoyer d'autres documents.`,
        ),
        { code: 'quota-exceeded', errors: [{ field: 'fichiers', detail: 'Espace de stockage plein.' }] },
      );
    }
  }

  /**
   * Reads the multipart body of `c`, then runs `use` with what it holds. The temporary files are
   * removed afterwards; the stored ones too if `use` throws (e.g. its transaction rolled back).
   * On a member's route, the files are theirs: counted in their quota and rate limit.
   */
  async receive<T>(c: Context, use: (upload: ReceivedUpload) => Promise<T>): Promise<T> {
    const tempPaths: string[] = [];
    const storedKeys: string[] = [];
    const member = (c as Context<MemberEnv>).get('member') as MemberEnv['Variables']['member'] | undefined;
    if (member) {
      await this.countSending(member.id);
      await this.checkQuota(member.id, Number(c.req.header('content-length') ?? 0) || 0);
    }
    try {
      const { fields, files } = await this.parse(c.req.raw, tempPaths);
      if (member)
        await this.checkQuota(
          member.id,
          files.reduce((total, file) => total + file.sizeBytes, 0),
        );
      const upload: ReceivedUpload = {
        fields,
        files,
        store: async (db) => {
          const stored: UploadedFile[] = [];
          for (const file of files) {
            const { file: record, key } = await this.blobs.adopt({ ...file, uploadedBy: member?.id }, db);
            storedKeys.push(key);
            this.filed.files++;
            this.filed.bytes += file.sizeBytes;
            stored.push({ ...record, contentType: file.contentType });
          }
          return stored;
        },
      };
      return await use(upload);
    } catch (error) {
      await Promise.all(storedKeys.map((key) => this.blobs.remove(key)));
      throw error;
    } finally {
      await Promise.all(tempPaths.map((path) => this.blobs.removeTemp(path)));
    }
  }

  private async parse(
    request: Request,
    tempPaths: string[],
  ): Promise<{ fields: Record<string, string>; files: ReceivedFile[] }> {
    const contentType = request.headers.get('content-type') ?? '';
    if (!/^multipart\/form-data/i.test(contentType) || !request.body) {
      throw new ProblemError(415, 'Envoyez le formulaire avec ses fichiers (multipart/form-data).', {
        code: 'multipart-required',
      });
    }
    const declared = Number(request.headers.get('content-length') ?? 0);
    if (declared > UPLOAD_LIMITS.maxTotalBytes + FORM_OVERHEAD_BYTES)
      throw refusal(413, UPLOAD_MESSAGES.totalSize);

    await mkdir(this.blobs.tempDir, { recursive: true });
    const fields: Record<string, string> = {};
    const files: ReceivedFile[] = [];
    const refusals: { status: 413 | 415 | 400; message: string; fileName: string }[] = [];
    const pending: Promise<void>[] = [];
    const fileStreams = new Set<Readable>();
    const tally = { keptBytes: 0 };
    let fileCount = 0;

    const parser = busboy({
      headers: { 'content-type': contentType },
      defParamCharset: 'utf8',
      limits: {
        fileSize: UPLOAD_LIMITS.maxFileBytes + 1, // one byte over is enough to know
        fieldSize: MAX_FIELD_BYTES,
        fields: 20,
        parts: UPLOAD_LIMITS.maxFiles + 40,
      },
    });

    parser.on('field', (name, value, info) => {
      if (info.valueTruncated)
        refusals.push({ status: 400, message: 'Un champ du formulaire est trop long.', fileName: '' });
      fields[name] = value;
    });

    parser.on('file', (name, stream, info) => {
      const fileName = cleanFileName(info.filename ?? '');
      if (name !== UPLOAD_FIELD || !info.filename) {
        stream.resume(); // an empty "no file chosen" part, or a part this form does not take
        return;
      }
      fileCount += 1;
      if (fileCount > UPLOAD_LIMITS.maxFiles) {
        refusals.push({ status: 413, message: UPLOAD_MESSAGES.fileCount, fileName });
        stream.resume();
        return;
      }
      const position = fileCount - 1;
      const tempPath = join(this.blobs.tempDir, randomToken(18));
      tempPaths.push(tempPath);
      fileStreams.add(stream);
      stream.once('end', () => fileStreams.delete(stream));
      pending.push(
        this.receiveFile(stream, tempPath, tally).then((outcome) => {
          if ('refused' in outcome) {
            refusals.push({ ...outcome.refused, fileName });
            return this.blobs.removeTemp(tempPath);
          }
          files[position] = { fileName, tempPath, ...outcome }; // in the order they were sent
        }),
      );
    });

    const body = Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>);
    try {
      await new Promise<void>((resolve, reject) => {
        // The connection closed before the body ended (the member left, the network dropped).
        const interrupted = () => reject(new Error('upload interrupted'));
        if (request.signal.aborted) interrupted();
        request.signal.addEventListener('abort', interrupted, { once: true });
        parser.on('close', resolve);
        parser.on('error', reject);
        body.on('error', reject);
        body.pipe(parser);
      });
      await Promise.all(pending);
    } catch {
      body.destroy();
      for (const stream of fileStreams) stream.destroy(new Error('upload interrupted'));
      await Promise.allSettled(pending);
      throw new ProblemError(400, UPLOAD_MESSAGES.interrupted, { code: 'upload-interrupted' });
    }

    if (refusals.length > 0) {
      const first = refusals[0] as (typeof refusals)[number];
      const errors: FieldError[] = refusals.map((r) => ({
        field: UPLOAD_FIELD,
        detail: r.fileName ? `${r.fileName} : ${r.message}` : r.message,
      }));
      throw new ProblemError(first.status, first.message, { code: 'upload-refused', errors });
    }
    return { fields, files: files.filter(Boolean) };
  }

  /**
   * Writes one file part to `tempPath`, checking its format, its size and the running total of the
   * files kept so far (`tally`, counted chunk by chunk: parts arrive one after the other).
   */
  private async receiveFile(
    stream: Readable & { truncated?: boolean },
    tempPath: string,
    tally: { keptBytes: number },
  ): Promise<
    | { contentType: UploadFormat; sizeBytes: number; sha256: string }
    | { refused: { status: 413 | 415 | 400; message: string } }
  > {
    const hash = createHash('sha256');
    const handle = await open(tempPath, 'w');
    let head = Buffer.alloc(0);
    let size = 0;
    let written = 0;
    let format: UploadFormat | null = null;
    let refused: { status: 413 | 415 | 400; message: string } | null = null;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        if (refused) continue; // drain what is left of a refused file without keeping it
        size += chunk.length;
        if (!format) {
          head = Buffer.concat([head, chunk]).subarray(0, SNIFF_BYTES);
          if (head.length >= SNIFF_BYTES || size >= SNIFF_BYTES) {
            format = sniffUploadFormat(head);
            if (!format) refused = { status: 415, message: UPLOAD_MESSAGES.format };
          }
        }
        if (!refused && tally.keptBytes + chunk.length > UPLOAD_LIMITS.maxTotalBytes) {
          refused = { status: 413, message: UPLOAD_MESSAGES.totalSize };
        }
        if (refused) continue;
        tally.keptBytes += chunk.length;
        written += chunk.length;
        hash.update(chunk);
        await handle.write(chunk);
      }
    } finally {
      await handle.close();
    }
    if (!refused && (stream.truncated || size > UPLOAD_LIMITS.maxFileBytes))
      refused = { status: 413, message: UPLOAD_MESSAGES.fileSize };
    if (!refused && size === 0) refused = { status: 400, message: UPLOAD_MESSAGES.empty };
    format ??= sniffUploadFormat(head);
    if (!refused && !format) refused = { status: 415, message: UPLOAD_MESSAGES.format };
    if (refused || !format) {
      tally.keptBytes -= written;
      return { refused: refused ?? { status: 415, message: UPLOAD_MESSAGES.format } };
    }
    return { contentType: format, sizeBytes: size, sha256: hash.digest('hex') };
  }
}

function refusal(status: 413 | 415, message: string): ProblemError {
  return new ProblemError(status, message, {
    code: 'upload-refused',
    errors: [{ field: UPLOAD_FIELD, detail: message }],
  });
}

/** The text fields of an upload, validated by a contract schema (French field errors otherwise). */
export function uploadFields<S extends z.ZodType>(upload: ReceivedUpload, schema: S): z.output<S> {
  const badField = badStringAt(upload.fields);
  if (badField !== null) throw badCharacterProblem(badField);
  const parsed = schema.safeParse(upload.fields);
  if (!parsed.success) {
    throw new ProblemError(400, INVALID_FORM, { code: 'validation', errors: fieldErrorsOf(parsed.error) });
  }
  return parsed.data;
}
