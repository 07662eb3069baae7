import { Hono } from 'hono';
import { safeEqual } from './crypto.js';
import type { CoreKernel } from './kernel.js';

/**
 * `GET /metrics` (Prometheus text format) for the operators' scraper, never for the public: with
 * `METRICS_TOKEN` set it asks for `Authorization: Bearer <token>`; without it, it is open in
 * development and absent (404) in production.
 */
export function metricsRoute(kernel: CoreKernel) {
  const app = new Hono();
  const token = kernel.config.metricsToken;
  app.get('/metrics', async (c) => {
    if (!token && kernel.config.production) return c.text('Not Found', 404);
    if (token) {
      const given = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
      if (!safeEqual(given, token)) {
        return c.text('Unauthorized', 401, { 'WWW-Authenticate': 'Bearer realm="metrics"' });
      }
    }
    return c.body(await kernel.metrics.text(), 200, {
      'Content-Type': kernel.metrics.contentType,
      'Cache-Control': 'no-store',
    });
  });
  return app;
}
