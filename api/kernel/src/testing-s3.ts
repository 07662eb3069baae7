// The tests' object store: with `TEST_OBJECT_STORE=s3` (`npm run test:api:s3`, and the production
// journeys), an S3-compatible server (s3rver, from npm) on the loopback, started once per test
// process, each test kernel under a key prefix of its own (so that one's sweep never sees
// another's objects). Without it, null: files on the local disk.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Config } from './config.js';

export const TEST_BUCKET = 'portail-tests';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

interface RunningS3 {
  url: string;
}

let running: Promise<RunningS3> | undefined;

/** Starts an S3-compatible server on a free loopback port, its objects in a temporary folder. */
export async function startTestS3(): Promise<RunningS3 & { close(): Promise<void> }> {
  // s3rver has no types; it is a development dependency, loaded only here.
  const { default: S3rver } = (await import('s3rver' as string)) as {
    default: new (
      options: object,
    ) => {
      run(): Promise<{ port: number }>;
      close(): Promise<void>;
      httpServer?: { unref(): void };
    };
  };
  const directory = mkdtempSync(join(tmpdir(), 'portail-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: TEST_BUCKET }],
  });
  const { port } = await server.run();
  // The test process ends when its tests do, whether or not this server was closed.
  server.httpServer?.unref();
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The object store a test kernel uses: its own prefix on the process's s3rver, or null (disk). */
export async function testS3Config(): Promise<S3Config | null> {
  if (process.env.TEST_OBJECT_STORE !== 's3') return null;
  running ??= startTestS3();
  const { url } = await running;
  return s3ConfigFor(url, `${randomUUID()}/`);
}

/** An S3 configuration for the test server at `url`. */
export function s3ConfigFor(url: string, prefix = ''): S3Config {
  return { url, bucket: TEST_BUCKET, region: 'us-east-1', prefix, forcePathStyle: true, ...CREDENTIALS };
}
