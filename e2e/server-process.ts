// The built server (`dist/main.js`) in a process of its own, as a deployment runs it: started,
// waited for until `/readyz` answers, stopped with a signal (SIGTERM: a graceful stop; SIGKILL: a
// crash), started again on the same port. Used by the production end-to-end run and the fault suite.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
export const SERVER_ENTRY = join(root, 'dist/main.js');

export class ServerProcess {
  /** The last 20 000 characters it printed (its JSON logs, its banner). */
  output = '';
  private child: ChildProcess | null = null;
  private exit: Promise<number | null> = Promise.resolve(null);

  constructor(
    readonly url: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {
    if (!existsSync(SERVER_ENTRY)) throw new Error('dist/main.js is missing: run « npm run build » first.');
  }

  /** Starts it and resolves once `/readyz` answers 200 (30 s at most). */
  async start(): Promise<void> {
    const child = spawn(process.execPath, ['--enable-source-maps', SERVER_ENTRY], {
      cwd: root,
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let exited: number | null | undefined;
    this.exit = new Promise((done) =>
      child.once('exit', (code, signal) => {
        exited = code ?? (signal ? -1 : null);
        done(exited);
      }),
    );
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (exited !== undefined) throw new Error(`the server exited (${exited}):\n${this.output}`);
      try {
        if ((await fetch(`${this.url}/readyz`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`the server did not get ready in 30 s:\n${this.output}`);
  }

  /** Sends `signal` and resolves with its exit code once it has exited. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    this.child?.kill(signal);
    return this.exit;
  }

  /** Its error lines (pino level 50 and above). */
  errors(): string[] {
    return this.output.split('\n').filter((line) => /"level":(50|60)/.test(line));
  }
}
