// The built server (`dist/`, `npm run build`) as a deployment runs it: `NODE_ENV=production`, Node
// alone. It never seeds demo data, refuses what would make it unsafe, and serves compressed answers;
// `manager-create` makes the first manager; everything it imports from node_modules is a production
// dependency (`npm ci --omit=dev` installs it).
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import { type CoreKernel, createKernel, Directory, loadConfig, verifyPassword } from '@portail/kernel';
import { freePort, freshDatabase } from '@portail/kernel/testing';
import { seedDemo } from '../src/demo-seed.js';
import { productionConfigProblems } from '../src/production-checks.js';
import { SECTIONS } from '../src/sections.js';

const root = resolve(import.meta.dirname, '../..');
const dist = (name: string) => join(root, 'dist', `${name}.js`);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a built program to its end, `input` on its stdin. */
function run(program: string, args: string[], env: NodeJS.ProcessEnv, input = ''): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [dist(program), ...args], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('exit', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

let database: Awaited<ReturnType<typeof freshDatabase>>;
let dataDir: string;
let env: NodeJS.ProcessEnv;

/** A kernel on the test's database, for as long as `use` runs (PGlite opens in one process at a time). */
async function withKernel<T>(use: (kernel: CoreKernel) => Promise<T>): Promise<T> {
  const kernel = await createKernel(loadConfig(env, root), { sections: SECTIONS });
  try {
    return await use(kernel);
  } finally {
    await kernel.close();
  }
}

before(async () => {
  assert.ok(existsSync(dist('main')), 'dist/main.js: run « npm run build » first');
  database = await freshDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'portail-prod-'));
  env = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    ...(database.target.kind === 'postgres' ? { DATABASE_URL: database.target.url } : {}),
    SMTP_URL: 'smtp://127.0.0.1:2525',
    LOG_LEVEL: 'warn',
  };
});
after(async () => {
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the built server in production', () => {
  test('refuses to start without a mail server, or when asked for demo data', async () => {
    const { SMTP_URL: _smtp, ...withoutSmtp } = env;
    const noSmtp = await run('main', [], withoutSmtp);
    assert.equal(noSmtp.code, 1);
    assert.match(noSmtp.stderr, /SMTP_URL est obligatoire en production/);
    const seed = await run('main', [], { ...env, SEED_DEMO: '1' });
    assert.equal(seed.code, 1);
    assert.match(seed.stderr, /SEED_DEMO=1 est refusé en production/);
    assert.deepEqual(
      productionConfigProblems(loadConfig({ ...env, PUBLIC_URL: 'http://portail.example.fr' }), env),
      [
        'PUBLIC_URL doit être en https en production (reçu : http://portail.example.fr) : les cookies de session sont « Secure ».',
      ],
    );
  });

  test('starts on an empty database without any demo data, says nothing of a development mailbox, compresses, describes its API', async () => {
    // W1: a start serves the deployment as it finds it (a release since the build stays live).
    const mapFile = join(root, '.deploy/importmap.json');
    const mapBefore = { text: readFileSync(mapFile, 'utf8'), mtime: statSync(mapFile).mtimeMs };
    const port = await freePort();
    const server: ChildProcess = spawn(process.execPath, [dist('main')], {
      cwd: root,
      env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    });
    let stdout = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    try {
      const url = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 200 && !stdout.includes('Portail Adhérent'); i++) {
        await new Promise((done) => setTimeout(done, 100));
      }
      assert.match(stdout, /Portail Adhérent \(production\)/);
      assert.doesNotMatch(stdout, /boîte de développement|Portail2026|Gestion2026|démonstration/);
      const page = await fetch(`${url}/connexion`, { headers: { 'Accept-Encoding': 'br' } });
      assert.equal(page.status, 200);
      const map = JSON.parse(readFileSync(join(root, '.deploy/importmap.json'), 'utf8')) as {
        imports: Record<string, string>;
      };
      const shell = map.imports['@portail/shell'] ?? '';
      const bundle = await fetch(`${url}${shell}`, { headers: { 'Accept-Encoding': 'gzip, br' } });
      assert.equal(bundle.headers.get('content-encoding'), 'br');
      assert.equal(bundle.headers.get('vary'), 'Accept-Encoding');
      const mailbox = await (await fetch(`${url}/dev/boite-mail`)).text();
      assert.doesNotMatch(mailbox, /Boîte mail de développement/);
      // The API's description is served from the build (no TypeScript at hand); its reference page is not.
      const description = await fetch(`${url}/api/openapi.json`);
      assert.equal(description.status, 200);
      const openApi = (await description.json()) as { openapi: string; components: { schemas: object } };
      assert.equal(openApi.openapi, '3.1.0');
      assert.ok('MemberRequest' in openApi.components.schemas);
      assert.doesNotMatch(await (await fetch(`${url}/dev/api`)).text(), /swagger-ui/);
    } finally {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
    assert.deepEqual(
      { text: readFileSync(mapFile, 'utf8'), mtime: statSync(mapFile).mtimeMs },
      mapBefore,
      'the import map is left as it was',
    );
    await withKernel(async (kernel) => {
      assert.equal((await kernel.db.selectFrom('core.members').select('id').execute()).length, 0);
      assert.equal((await kernel.db.selectFrom('core.managers').select('id').execute()).length, 0);
    });
  });

  test('manager-create: the password from stdin or a file, never from argv; the rules hold; audited', async () => {
    const created = await run(
      'manager-create',
      ['nadia.martin', '--name', 'Nadia Martin', '--email', 'nadia.martin@example.fr'],
      env,
      'Gestionnaire2026\n',
    );
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /Gestionnaire « nadia\.martin » \(Nadia Martin\) créé/);
    const passwordFile = join(dataDir, 'password.txt');
    writeFileSync(passwordFile, 'Responsable2026x\n');
    const fromFile = await run(
      'manager-create',
      ['paul', '--email', 'paul@example.fr', '--password-file', passwordFile],
      env,
    );
    assert.equal(fromFile.code, 0, fromFile.stderr);

    const weak = await run('manager-create', ['weak', '--email', 'weak@example.fr'], env, 'Court2026\n');
    assert.equal(weak.code, 1);
    assert.match(weak.stderr, /au moins 12 caractères/);
    const demoLogin = await run(
      'manager-create',
      ['gestion', '--email', 'g@example.fr'],
      env,
      'Gestionnaire2026\n',
    );
    assert.equal(demoLogin.code, 1);
    assert.match(demoLogin.stderr, /identifiant publié du gestionnaire de démonstration/);
    const again = await run(
      'manager-create',
      ['nadia.martin', '--email', 'n@example.fr'],
      env,
      'Gestionnaire2027\n',
    );
    assert.equal(again.code, 1);
    assert.match(again.stderr, /existe déjà/);
    // SPEC P8: a manager's login codes go to their e-mail: no account without one.
    const noEmail = await run('manager-create', ['sans.adresse'], env, 'Gestionnaire2026\n');
    assert.equal(noEmail.code, 1);
    assert.match(noEmail.stderr, /--email/);

    await withKernel(async (kernel) => {
      const managers = await kernel.db
        .selectFrom('core.managers')
        .select(['login', 'display_name', 'password_hash', 'email'])
        .orderBy('login')
        .execute();
      assert.deepEqual(
        managers.map((m) => [m.login, m.display_name, m.email]),
        [
          ['nadia.martin', 'Nadia Martin', 'nadia.martin@example.fr'],
          ['paul', 'paul', 'paul@example.fr'],
        ],
      );
      assert.ok(await verifyPassword('Gestionnaire2026', managers[0]?.password_hash ?? ''));
      assert.ok(await verifyPassword('Responsable2026x', managers[1]?.password_hash ?? ''));
      const audit = await kernel.db
        .selectFrom('core.audit_log')
        .select('action')
        .where('action', '=', 'gestion.manager-created')
        .execute();
      assert.equal(audit.length, 2);
    });
  });

  test('P2: a stop ends the live-update streams at once, without waiting for them', async () => {
    const { memberId, token } = await withKernel(async (kernel) => {
      const memberId = await new Directory(kernel.db, kernel.sessions).createMember({
        identifier: 'L000001',
        email: null,
        civility: 'Mme',
        firstName: 'Léa',
        lastName: 'Direct',
        birthDate: '1980-01-01',
        password: null,
      });
      return {
        memberId,
        token: (await kernel.sessions.create(memberId, { ip: null, userAgent: null })).token,
      };
    });
    const port = await freePort();
    const server: ChildProcess = spawn(process.execPath, [dist('main')], {
      cwd: root,
      env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    });
    const exited = new Promise<number | null>((done) => server.once('exit', done));
    let stdout = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    try {
      for (let i = 0; i < 200 && !stdout.includes('Portail Adhérent'); i++) {
        await new Promise((done) => setTimeout(done, 100));
      }
      const stream = await fetch(`http://127.0.0.1:${port}/api/evenements`, {
        headers: { cookie: `__Host-portail_session=${token}` },
      });
      assert.equal(stream.status, 200);
      assert.match(stream.headers.get('content-type') ?? '', /^text\/event-stream/);
      assert.equal(stream.headers.get('content-encoding'), null, 'never compressed');
      const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
      assert.match(new TextDecoder().decode((await reader.read()).value), /retry: \d+/);
      const since = Date.now();
      server.kill('SIGTERM');
      while (!(await reader.read().catch(() => ({ done: true }))).done) {
        // what is left of the stream, until it ends
      }
      assert.equal(await exited, 0);
      assert.ok(Date.now() - since < 5_000, `stopped in ${Date.now() - since} ms`);
    } finally {
      server.kill('SIGKILL');
      // The database empty again: the next test's demo seed only seeds an empty one.
      await withKernel(async (kernel) => {
        await kernel.db.deleteFrom('core.sessions').where('member_id', '=', memberId).execute();
        await kernel.db.deleteFrom('core.members').where('id', '=', memberId).execute();
      });
    }
  });

  test('refuses a database holding the demo accounts with their published passwords', async () => {
    await withKernel((kernel) => seedDemo(kernel));
    const refused = await run('main', [], { ...env, PORT: String(await freePort()) });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /le compte gestionnaire de démonstration « gestion »/);
    assert.match(refused.stderr, /l'adhérent « A100001 » \(mot de passe de démonstration publié\)/);
  });
});

describe('the server build', () => {
  test('imports from node_modules only production dependencies, as the lock file installs them', () => {
    const externals = JSON.parse(readFileSync(join(root, 'dist/externals.json'), 'utf8')) as string[];
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
    };
    assert.ok(externals.length > 5);
    for (const path of externals) {
      assert.ok(existsSync(resolve(root, 'dist', path)), `${path} exists`);
      // `../api/node_modules/altcha-lib/dist/…` → `api/node_modules/altcha-lib`
      const relativePath = path.replace(/^\.\.\//, '');
      const match = relativePath.match(/^(.*?node_modules\/(?:@[^/]+\/)?[^/]+)\//);
      assert.ok(match?.[1], path);
      const entry = lock.packages[match[1]];
      assert.ok(entry, `${match[1]} is in the lock file`);
      assert.ok(!entry.dev && !entry.devOptional, `${match[1]} is a production dependency`);
    }
  });

  test('ships no TypeScript to run: the programs are plain JavaScript', () => {
    for (const name of ['main', 'slice', 'manager-create', 'seed-demo']) {
      const source = readFileSync(dist(name), 'utf8');
      assert.doesNotMatch(source, /from ["'][^"']+\.ts["']/, `${name}.js imports no .ts`);
      assert.doesNotMatch(source, /from ["'](tsx|typescript|vite|esbuild)["'/]/);
    }
  });
});

test('brotli bodies decompress to the file', async () => {
  // The precompressed file beside each bundle is the bundle (checked on the shell's).
  const map = JSON.parse(readFileSync(join(root, '.deploy/importmap.json'), 'utf8')) as {
    imports: Record<string, string>;
  };
  const file = join(root, '.deploy', map.imports['@portail/shell'] ?? '');
  assert.deepEqual(brotliDecompressSync(readFileSync(`${file}.br`)), readFileSync(file));
});
