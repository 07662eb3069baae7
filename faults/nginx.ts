// Debian's nginx (`apt-get install nginx`, `.ci/run` installs it when missing) in front of portal
// processes, with the deployment's own configuration (deploy/nginx.conf): its upstream's `server`
// lines become the given processes, its `listen` the given port; everything else as shipped.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
export const NGINX_CONF = join(root, 'deploy/nginx.conf');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));

/** The deployment's configuration with the test's upstream processes and listening port. */
export function siteConfig(listenPort: number, upstreams: readonly string[]): string {
  const shipped = readFileSync(NGINX_CONF, 'utf8');
  const withUpstreams = shipped.replace(
    /(upstream portail \{\n)((?:\s*#.*\n)*)((?:\s*server .*\n)+)/,
    (_all, head: string, comments: string, servers: string) => {
      const options = /server \S+ ([^;]*);/.exec(servers)?.[1] ?? '';
      return `${head}${comments}${upstreams.map((u) => `    server ${u} ${options};\n`).join('')}`;
    },
  );
  const site = withUpstreams.replace(/listen \d+;/, `listen 127.0.0.1:${listenPort};`);
  if (site === shipped || !site.includes(`server ${upstreams[0]}`)) {
    throw new Error('deploy/nginx.conf no longer has the upstream and listen lines this test replaces');
  }
  return site;
}

export class Nginx {
  private child: ChildProcess | null = null;
  private readonly dir = mkdtempSync(join(tmpdir(), 'portail-nginx-'));
  output = '';

  constructor(
    readonly port: number,
    private readonly upstreams: readonly string[],
  ) {
    if (!NGINX) throw new Error('nginx is missing: apt-get install -y nginx (.ci/run does it).');
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts nginx in the foreground, its files in a folder of its own; resolves once it listens. */
  async start(): Promise<void> {
    for (const sub of ['body', 'proxy', 'logs']) mkdirSync(join(this.dir, sub), { recursive: true });
    // As root, nginx's workers would take the `nobody` user, who cannot write this folder.
    const user = process.getuid?.() === 0 ? 'user root;\n' : '';
    writeFileSync(
      join(this.dir, 'nginx.conf'),
      `${user}daemon off;
worker_processes 1;
pid ${this.dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${this.dir}/body;
  proxy_temp_path ${this.dir}/proxy;
  fastcgi_temp_path ${this.dir}/body;
  uwsgi_temp_path ${this.dir}/body;
  scgi_temp_path ${this.dir}/body;
${siteConfig(this.port, this.upstreams)}
}
`,
    );
    const child = spawn(NGINX as string, ['-p', this.dir, '-c', join(this.dir, 'nginx.conf')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-10_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let exited = false;
    child.once('exit', () => {
      exited = true;
    });
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (exited) throw new Error(`nginx exited:\n${this.output}`);
      try {
        await fetch(`${this.url}/healthz`);
        return;
      } catch {
        await new Promise((done) => setTimeout(done, 50));
      }
    }
    throw new Error(`nginx did not listen in 10 s:\n${this.output}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGQUIT');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
