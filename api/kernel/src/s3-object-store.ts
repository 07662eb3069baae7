import { createReadStream } from 'node:fs';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { S3Config } from './config.js';
import type { ObjectStore, StoredObject } from './object-store.js';

/** Parts of a multipart upload: the smallest S3 accepts, so an upload holds at most 2 × 5 MB in memory. */
const PART_BYTES = 5 * 1024 * 1024;

/**
 * Objects in a bucket of an S3-compatible store (AWS S3, MinIO, Ceph, s3rver in the tests), under
 * an optional key prefix. Loaded only when `S3_URL` is set, so the embedded default never loads
 * the AWS SDK.
 */
export class S3ObjectStore implements ObjectStore {
  readonly kind = 's3';
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(config: S3Config) {
    this.client = new S3Client({
      endpoint: config.url,
      region: config.region,
      forcePathStyle: config.forcePathStyle,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      maxAttempts: 3,
    });
    this.bucket = config.bucket;
    this.prefix = config.prefix;
  }

  async put(key: string, data: Uint8Array, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.prefix + key,
        Body: data,
        ContentType: contentType,
        ContentLength: data.byteLength,
      }),
    );
  }

  async adopt(tempPath: string, key: string, contentType: string): Promise<void> {
    const upload = new Upload({
      client: this.client,
      params: {
        Bucket: this.bucket,
        Key: this.prefix + key,
        Body: createReadStream(tempPath),
        ContentType: contentType,
      },
      partSize: PART_BYTES,
      queueSize: 2,
      // A failed upload aborts its multipart upload: no part is left behind in the bucket.
      leavePartsOnError: false,
    });
    await upload.done();
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.prefix + key }));
  }

  async open(key: string): Promise<ReadableStream<Uint8Array>> {
    const answer = await this.client.send(
      new GetObjectCommand({ Bucket: this.bucket, Key: this.prefix + key }),
    );
    if (!answer.Body) throw new Error(`object ${key} has no body`);
    return answer.Body.transformToWebStream() as ReadableStream<Uint8Array>;
  }

  async *list(): AsyncIterable<StoredObject> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: this.prefix || undefined,
          ContinuationToken: token,
          MaxKeys: 1000,
        }),
      );
      for (const object of page.Contents ?? []) {
        if (!object.Key) continue;
        yield {
          key: object.Key.slice(this.prefix.length),
          sizeBytes: object.Size ?? 0,
          modifiedAt: object.LastModified?.getTime() ?? 0,
        };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}
