import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import { randomToken, sha256Hex } from './crypto.js';
import type { CoreDatabase } from './schema.js';

export interface StoredFile {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

/** Files on disk (an S3-compatible store would implement the same), metadata in `core.files`. */
export class BlobStore {
  constructor(
    private readonly db: Kysely<CoreDatabase>,
    private readonly dir: string,
  ) {}

  async save(input: { fileName: string; contentType: string; data: Uint8Array }): Promise<StoredFile> {
    const key = `${new Date().toISOString().slice(0, 7)}/${randomToken(18)}`;
    const path = join(this.dir, key);
    await mkdir(join(this.dir, key.slice(0, 7)), { recursive: true });
    await writeFile(`${path}.part`, input.data);
    await rename(`${path}.part`, path);
    const row = await this.db
      .insertInto('core.files')
      .values({
        storage_key: key,
        file_name: input.fileName,
        content_type: input.contentType,
        size_bytes: input.data.byteLength,
        sha256: sha256Hex(input.data),
      })
      .returning(['id', 'file_name', 'content_type', 'size_bytes', 'sha256'])
      .executeTakeFirstOrThrow();
    return {
      id: row.id,
      fileName: row.file_name,
      contentType: row.content_type,
      sizeBytes: row.size_bytes,
      sha256: row.sha256,
    };
  }

  /**
   * Files a finished upload (a temporary file already checked and hashed) under a new key, and
   * records it with `db` (a transaction, so that the record goes with what it belongs to). Returns
   * the stored file and the path it now has, for the caller to remove if that transaction fails.
   */
  async adopt(
    input: { tempPath: string; fileName: string; contentType: string; sizeBytes: number; sha256: string },
    db: Kysely<CoreDatabase> = this.db,
  ): Promise<{ file: StoredFile; path: string }> {
    const key = `${new Date().toISOString().slice(0, 7)}/${randomToken(18)}`;
    const path = join(this.dir, key);
    await mkdir(join(this.dir, key.slice(0, 7)), { recursive: true });
    await rename(input.tempPath, path);
    const row = await db
      .insertInto('core.files')
      .values({
        storage_key: key,
        file_name: input.fileName,
        content_type: input.contentType,
        size_bytes: input.sizeBytes,
        sha256: input.sha256,
      })
      .returning(['id', 'file_name', 'content_type', 'size_bytes', 'sha256'])
      .executeTakeFirstOrThrow();
    return {
      file: {
        id: row.id,
        fileName: row.file_name,
        contentType: row.content_type,
        sizeBytes: row.size_bytes,
        sha256: row.sha256,
      },
      path,
    };
  }

  /** Where temporary files of uploads in progress live (same volume as the store: renames are atomic). */
  get tempDir(): string {
    return join(this.dir, 'tmp');
  }

  /** Removes a file by path (an upload that did not go through); missing files are fine. */
  async removePath(path: string): Promise<void> {
    await rm(path, { force: true });
  }

  /** A web stream of the file's bytes; the caller has already checked who may read it. */
  open(storageKey: string): ReadableStream<Uint8Array> {
    return Readable.toWeb(createReadStream(join(this.dir, storageKey))) as ReadableStream<Uint8Array>;
  }
}
