import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Kernel, Lifecycle } from '@portail/kernel';
import type { Hono } from 'hono';

/** The longest a stop waits for the requests under way before cutting their connections. */
const DRAIN_TIMEOUT_MS = 10_000;

/**
 * Serves `app` and stops gracefully on SIGTERM or SIGINT (a deploy, a restart): `/readyz` answers
 * 503 at once (the load balancer stops sending), no new connection is taken, the requests under way
 * finish (10 s at most; live-update streams are ended at once), the outbox worker stops after the message it is sending, then the pool
 * closes — so no request that completed is answered 500.
 */
export function servePortal(options: {
  app: Hono;
  kernel: Kernel;
  lifecycle: Lifecycle;
  port: number;
  hostname: string;
  onListening: () => void;
}): Server {
  const { app, kernel, lifecycle } = options;
  const server = serve(
    { fetch: app.fetch, port: options.port, hostname: options.hostname },
    options.onListening,
  ) as Server;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    lifecycle.draining = true;
    kernel.logger.info({ signal }, 'draining: no new connection, finishing the requests under way');
    const closed = new Promise<void>((done) => server.close(() => done()));
    // P2: the live-update streams never finish by themselves: ended now (the browsers reconnect to
    // another process), their connections closed once idle.
    kernel.liveEvents.closeAll();
    server.closeIdleConnections();
    setTimeout(() => server.closeIdleConnections(), 100).unref();
    const cut = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
    await closed;
    clearTimeout(cut);
    await kernel.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  return server;
}
