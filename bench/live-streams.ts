// `npm run bench:live` (SPEC P2): what idle live-update streams cost a portal process. Opens
// BENCH_STREAMS (1,000) `GET /api/evenements` streams, one per member session, on one portal process
// in production mode (a child process on a temporary PostgreSQL database), then measures its memory
// (RSS, V8 heap, after a full GC) before and after, and its CPU over BENCH_IDLE_SECONDS (60) of
// idle streams with their heartbeats (a comment every 25 s). Prints the cost per stream.
//
// Environment: DATABASE_URL (the server to create the bench database on), BENCH_STREAMS (1000),
// BENCH_IDLE_SECONDS (60).
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { type ClientRequest, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { Directory, type KernelConfig, loadConfig } from '@portail/kernel';
import postgres from 'postgres';
import { createPortal } from '../api/src/host.js';

const root = resolve(import.meta.dirname, '..');
const DATABASE = 'portail_bench_live';

interface Usage {
  rss: number;
  heapUsed: number;
  external: number;
  /** CPU time of the process so far (µs, user + system). */
  cpuMicros: number;
  streams: number;
}

type FromServer =
  | { kind: 'ready'; url: string; cookieName: string; tokens: string[] }
  | { kind: 'usage'; usage: Usage };

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Child process: the portal in production mode, its members and sessions.
// ---------------------------------------------------------------------------------------------

async function runServer(databaseUrl: string, storageDir: string, streams: number): Promise<void> {
  const config: KernelConfig = {
    ...loadConfig({ LOGIN_ATTEMPTS_PER_CLIENT: '100000' }, root),
    database: { kind: 'postgres', url: databaseUrl },
    storageDir,
    production: true,
    publicUrl: 'https://portail.example',
  };
  const { app, kernel } = await createPortal(config, { deployDir: join(root, '.deploy') });
  const directory = new Directory(kernel.db, kernel.sessions);
  const tokens: string[] = [];
  for (let n = 0; n < streams; n++) {
    const memberId = await directory.createMember({
      identifier: `L${String(n).padStart(6, '0')}`,
      email: null,
      civility: 'Mme',
      firstName: 'Banc',
      lastName: `Essai ${n}`,
      birthDate: '1980-01-01',
      password: null,
    });
    tokens.push((await kernel.sessions.create(memberId, { ip: '127.0.0.1', userAgent: 'bench' })).token);
  }
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
    process.send?.({
      kind: 'ready',
      url: `http://127.0.0.1:${info.port}`,
      cookieName: kernel.sessions.memberCookie.name,
      tokens,
    } satisfies FromServer),
  );
  process.on('message', (message: { kind: string }) => {
    if (message.kind === 'usage') {
      (globalThis as { gc?: () => void }).gc?.();
      const memory = process.memoryUsage();
      const cpu = process.cpuUsage();
      process.send?.({
        kind: 'usage',
        usage: {
          rss: memory.rss,
          heapUsed: memory.heapUsed,
          external: memory.external,
          cpuMicros: cpu.user + cpu.system,
          streams: kernel.liveEvents.openStreams,
        },
      } satisfies FromServer);
    }
    if (message.kind === 'stop') {
      server.close();
      (server as import('node:http').Server).closeAllConnections();
      void kernel.close().then(() => process.exit(0));
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Parent: opens the streams, measures.
// ---------------------------------------------------------------------------------------------

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL: the PostgreSQL server to create the bench database on');
  const streams = positive('BENCH_STREAMS', 1000);
  const idleSeconds = positive('BENCH_IDLE_SECONDS', 60);
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${DATABASE}`);
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${DATABASE}`;
  const storageDir = await mkdtemp(join(tmpdir(), 'portail-bench-live-'));
  let child: ChildProcess | undefined;
  const open: ClientRequest[] = [];
  try {
    child = fork(
      fileURLToPath(import.meta.url),
      ['serve', databaseUrl.toString(), storageDir, String(streams)],
      {
        execArgv: [...process.execArgv, '--expose-gc'],
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      },
    );
    const server = child;
    const next = <K extends FromServer['kind']>(kind: K) =>
      new Promise<Extract<FromServer, { kind: K }>>((done, fail) => {
        const onMessage = (message: FromServer) => {
          if (message.kind !== kind) return;
          server.off('message', onMessage);
          server.off('exit', onExit);
          done(message as Extract<FromServer, { kind: K }>);
        };
        const onExit = (code: number | null) => fail(new Error(`server process exited (${code})`));
        server.on('message', onMessage);
        server.once('exit', onExit);
      });
    const usage = async () => {
      server.send({ kind: 'usage' });
      return (await next('usage')).usage;
    };
    let since = performance.now();
    const ready = await next('ready');
    console.log(
      `\nP2 live streams benchmark: ${streams.toLocaleString('en')} members with a session, seeded in ${((performance.now() - since) / 1000).toFixed(1)} s; one production-mode portal process`,
    );
    // A first measure lets the child settle (GC, lazy compilation) before the one compared.
    await usage();
    const before = await usage();

    since = performance.now();
    let heartbeats = 0;
    const { hostname, port } = new URL(ready.url);
    await Promise.all(
      ready.tokens.map(
        (token) =>
          new Promise<void>((done, fail) => {
            const req = request(
              {
                hostname,
                port,
                path: '/api/evenements',
                agent: false,
                headers: { cookie: `${ready.cookieName}=${token}`, accept: 'text/event-stream' },
              },
              (res) => {
                if (res.statusCode !== 200) {
                  fail(new Error(`stream answered ${res.statusCode}`));
                  return;
                }
                let first = true;
                res.on('data', (chunk: Buffer) => {
                  if (first) {
                    first = false;
                    done();
                  } else if (chunk.toString().startsWith(':')) heartbeats++;
                });
                res.on('error', () => {});
              },
            );
            req.on('error', fail);
            req.end();
            open.push(req);
          }),
      ),
    );
    const openedIn = (performance.now() - since) / 1000;
    await new Promise((done) => setTimeout(done, 2_000));
    const after = await usage();
    console.log(
      `  ${after.streams.toLocaleString('en')} streams open in ${openedIn.toFixed(1)} s (each: session check, starting point)`,
    );

    await new Promise((done) => setTimeout(done, idleSeconds * 1000));
    const idle = await usage();
    const cpuMs = (idle.cpuMicros - after.cpuMicros) / 1000;
    const rss = after.rss - before.rss;
    const heap = after.heapUsed - before.heapUsed;
    console.log(
      `\n${'process'.padEnd(28)}${'before'.padStart(12)}${'after'.padStart(12)}${'per stream'.padStart(14)}`,
    );
    console.log(
      `${'RSS'.padEnd(28)}${mb(before.rss).padStart(12)}${mb(after.rss).padStart(12)}${kb(rss / streams).padStart(14)}`,
    );
    console.log(
      `${'V8 heap used (after GC)'.padEnd(28)}${mb(before.heapUsed).padStart(12)}${mb(after.heapUsed).padStart(12)}${kb(heap / streams).padStart(14)}`,
    );
    console.log(
      `\nCPU over ${idleSeconds} s idle (${heartbeats.toLocaleString('en')} heartbeats received): ${cpuMs.toFixed(0)} ms, ` +
        `${((cpuMs / (idleSeconds * 1000)) * 100).toFixed(2)} % of one core, ${((cpuMs * 1000) / streams / idleSeconds).toFixed(1)} µs per stream per second`,
    );
    console.log(`streams still open at the end: ${idle.streams.toLocaleString('en')}`);
  } finally {
    for (const req of open) req.destroy();
    if (child && child.exitCode === null) {
      child.send({ kind: 'stop' });
      await new Promise((done) => {
        const timer = setTimeout(() => {
          child?.kill();
          done(undefined);
        }, 10_000);
        child?.once('exit', () => {
          clearTimeout(timer);
          done(undefined);
        });
      });
    }
    await admin.unsafe(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.end();
    await rm(storageDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'serve') {
  const [databaseUrl, storageDir, streams] = process.argv.slice(3);
  if (!databaseUrl || !storageDir) throw new Error('serve: database URL and storage folder expected');
  await runServer(databaseUrl, storageDir, Number(streams) || 1000);
} else {
  await main();
}
