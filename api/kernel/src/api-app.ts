import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { contractSchemas } from './contract-schemas.js';
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE_DETAIL } from './database-errors.js';
import { createBackOfficeApi } from './gestion/index.js';
import { localeMiddleware } from './i18n.js';
import { jsonBodyLimit, urlGuard } from './input-guard.js';
import type { CoreKernel, SectionSlice } from './kernel.js';
import { createKernelApi } from './kernel-api.js';
import { openApiDocument, operation } from './openapi.js';
import { ProblemError, problemResponse } from './problem.js';
import type { MemberEnv } from './request-context.js';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A PostgreSQL "data exception" (SQLSTATE class 22: a value out of range, an impossible date, text
 * it cannot store, a malformed UUID…): the request's fault, whatever check let it through.
 */
function isDataException(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

/** Turns any error into `application/problem+json` with a French detail; never leaks internals. */
export function handleApiError(kernel: CoreKernel) {
  return (error: Error, c: Context): Response => {
    if (error instanceof ProblemError) return problemResponse(c, error);
    if (isDatabaseUnavailable(error)) {
      // The database is gone for a moment (restart, failover, network): say so at once, and when to retry.
      kernel.logger.warn(
        { err: String(error), requestId: c.get('requestId'), path: c.req.path },
        'database unavailable',
      );
      return problemResponse(
        c,
        new ProblemError(503, SERVICE_UNAVAILABLE_DETAIL, {
          code: 'unavailable',
          headers: { 'Retry-After': '5' },
        }),
      );
    }
    if (isDataException(error)) {
      // A safety net: every input has a schema; one that misses a case still gets a 400, not a 500.
      kernel.logger.warn(
        { err: error, requestId: c.get('requestId'), path: c.req.path },
        'data exception answered 400',
      );
      return problemResponse(
        c,
        new ProblemError(400, 'La requête contient une valeur que le portail ne peut pas traiter.', {
          code: 'invalid-value',
        }),
      );
    }
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse(
        c,
        new ProblemError(error.status as 400, 'La requête ne peut pas être traitée.'),
      );
    }
    kernel.logger.error({ err: error, requestId: c.get('requestId'), path: c.req.path }, 'unhandled error');
    return problemResponse(
      c,
      new ProblemError(500, "Une erreur inattendue s'est produite. Réessayez dans quelques instants.", {
        code: 'internal',
      }),
    );
  };
}

/**
 * `/api`: the kernel's routes and each section's slice under `/api/<section>`, mounted by `mountApi`
 * (which sets its error handler) in the host and in every API test, so tests exercise exactly what runs.
 */
export function createApiApp(kernel: CoreKernel, sections: readonly SectionSlice[]) {
  const app = new Hono<MemberEnv>();
  app.use('*', requestId());
  // SPEC P6: each request is answered in its language (`msg()`, problem+json `detail`).
  app.use('*', localeMiddleware());
  // Every answer timed and counted under its route's pattern (`/metrics`), and logged with its id.
  // Its lines hold no secret (id, route, status, time): no redaction pass, which would double their cost.
  const requestLog = kernel.logger.child({}, { redact: [] });
  app.use(
    '*',
    kernel.metrics.middleware((entry, c) =>
      requestLog.info({ requestId: c.get('requestId'), ...entry }, 'request'),
    ),
  );
  // Hostile input stops here, before authentication: bad characters in the URL, oversized bodies.
  app.use('*', urlGuard(), jsonBodyLimit());
  // SPEC W2: CORS, without credentials, for the origins employers registered, on widget routes only.
  app.use('*', async (c, next) => {
    const origin = c.req.header('origin');
    const widgetOrigin =
      origin &&
      kernel.widgets.registry.isWidgetPath(c.req.path) &&
      (await kernel.widgets.registeredOrigins()).has(origin)
        ? origin
        : null;
    if (widgetOrigin && c.req.method === 'OPTIONS') {
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': widgetOrigin,
        'Access-Control-Allow-Methods': 'GET, POST',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    // Same-origin writes only: a cross-site form or script is refused before any route runs. A
    // registered widget origin may post to public routes (B4 kit) — without the portal's cookies.
    if (UNSAFE_METHODS.has(c.req.method)) {
      const site = c.req.header('sec-fetch-site');
      const allowed = new Set([new URL(c.req.url).origin, new URL(kernel.config.publicUrl).origin]);
      const ownSite = !(origin && !allowed.has(origin)) && site !== 'cross-site';
      const publicWidgetPost =
        widgetOrigin && kernel.widgets.registry.isPublicPath(c.req.path) && !c.req.header('cookie');
      if (!ownSite && !publicWidgetPost) {
        throw new ProblemError(403, 'Requête refusée : elle ne provient pas du portail.', { code: 'origin' });
      }
    }
    await next();
    if (widgetOrigin) {
      c.header('Access-Control-Allow-Origin', widgetOrigin);
      c.header('Vary', 'Origin');
    }
  });
  app.route('/gestion', createBackOfficeApi(kernel, sections) as unknown as Hono<MemberEnv>);
  app.route('/', createKernelApi(kernel));
  for (const section of sections) app.route(`/${section.name}`, section.createApi(kernel));
  let description: Promise<object> | undefined;
  app.get(
    '/openapi.json',
    operation({
      summary: 'La description de cette API (OpenAPI 3.1)', // i18n-ignore
      responses: { 200: { media: 'application/json', description: 'Le document OpenAPI' } }, // i18n-ignore
    }),
    async (c) => {
      description ??= contractSchemas().then(
        (schemas) =>
          openApiDocument({
            routes: app.routes,
            prefix: '/api',
            schemas,
            production: kernel.config.production,
          }).document,
      );
      c.header('Cache-Control', 'public, max-age=300');
      return c.json(await description);
    },
  );
  // Registered last: only reached when no route above matched, whatever app this one is mounted in.
  app.all('*', () => {
    throw new ProblemError(404, "Cette adresse de l'API n'existe pas.", { code: 'unknown-route' });
  });
  return app;
}

/**
 * Mounts `createApiApp` at `/api` of `host`, and sets `host`'s error handler: problem+json for the
 * API, a plain French 500 elsewhere. (A mounted app with its own `onError` would have Hono wrap each
 * of its handlers in one more composition on every request: the API's error handler is the host's.)
 */
export function mountApi<H extends Hono>(host: H, kernel: CoreKernel, sections: readonly SectionSlice[]): H {
  host.route('/api', createApiApp(kernel, sections) as unknown as Hono);
  const apiError = handleApiError(kernel);
  host.onError((error, c) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return apiError(error, c);
    if (error instanceof HTTPException) return error.getResponse();
    kernel.logger.error({ err: error, path: c.req.path }, 'unhandled error');
    return c.text('Erreur interne du portail.', 500);
  });
  return host;
}
