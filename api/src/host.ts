import { resolve } from 'node:path';
import {
  type CoreKernel,
  compressAnswers,
  createKernel,
  healthRoutes,
  type KernelConfig,
  type KernelOptions,
  type Lifecycle,
  mailboxPage,
  metricsRoute,
  mountApi,
} from '@portail/kernel';
import { sectionSummary } from '@portail/kernel/contract';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { apiReferencePage } from './api-reference.js';
import { SECTIONS } from './sections.js';
import { webRoutes } from './web.js';

export interface Portal {
  app: Hono;
  kernel: CoreKernel;
}

/** The whole portal in one Hono app: health, `/api` (kernel + sections), dev mailbox, and the web. */
export async function createPortal(
  config: KernelConfig,
  options: Omit<KernelOptions, 'sections'> & { deployDir?: string; lifecycle?: Lifecycle } = {},
): Promise<Portal> {
  const kernel = await createKernel(config, { ...options, sections: SECTIONS });
  const app = new Hono();
  app.use(compressAnswers());
  app.route('/', healthRoutes(kernel, options.lifecycle ?? { draining: false }));
  kernel.metrics.collectProcessMetrics();
  app.route('/', metricsRoute(kernel));
  // Same-origin framing only, so that the portal can print a PDF (G2) from a hidden frame.
  app.use(
    '/api/*',
    secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'self'"] } }),
  );
  mountApi(app, kernel, SECTIONS);
  if (!config.production && kernel.outbox.transportKind === 'development') {
    app.route('/dev/boite-mail', mailboxPage(kernel));
  }
  if (!config.production) app.route('/dev/api', apiReferencePage());
  app.route(
    '/',
    webRoutes(options.deployDir ?? resolve(process.cwd(), '.deploy'), {
      https: config.production && config.publicUrl.startsWith('https:'),
      sections: SECTIONS.map((slice) => sectionSummary(slice.section)),
      pages: SECTIONS.flatMap((slice) => slice.section.pages),
      memberCookie: kernel.sessions.memberCookie.name,
      identityProvider: config.identityProvider
        ? { name: config.identityProvider.name, label: config.identityProvider.label }
        : null,
    }),
  );
  return { app, kernel };
}
