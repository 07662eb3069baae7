import { Hono } from 'hono';
import { sql } from 'kysely';
import type { CoreKernel } from './kernel.js';

/** A process's state for the load balancer: draining once it was asked to stop (SIGTERM). */
export interface Lifecycle {
  draining: boolean;
}

const READY_TIMEOUT_MS = 1000;

/** Why the database does not answer `SELECT 1` within a second, or null when it does. */
async function databaseProblem(kernel: CoreKernel): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((done) => {
    timer = setTimeout(() => done(`no answer within ${READY_TIMEOUT_MS} ms`), READY_TIMEOUT_MS);
  });
  const query = sql`SELECT 1`.execute(kernel.db).then(
    () => null,
    (error: { code?: string; message?: string }) => error.code ?? error.message ?? 'error',
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `/healthz` (the process answers) and `/readyz` (it should get traffic): 503 at once while
 * draining, 503 with the reason when the database does not answer within a second — never slower.
 */
export function healthRoutes(kernel: CoreKernel, lifecycle: Lifecycle, extra: Record<string, string> = {}) {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok', ...extra }));
  app.get('/readyz', async (c) => {
    c.header('Cache-Control', 'no-store');
    if (lifecycle.draining) return c.json({ status: 'draining', reason: 'arrêt en cours', ...extra }, 503); // i18n-ignore
    const problem = await databaseProblem(kernel);
    if (problem) return c.json({ status: 'unavailable', reason: `database: ${problem}`, ...extra }, 503);
    return c.json({ status: 'ready', ...extra });
  });
  return app;
}
