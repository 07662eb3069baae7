import {
  type CoreKernel,
  compressAnswers,
  createKernel,
  healthRoutes,
  type KernelConfig,
  type KernelOptions,
  type Lifecycle,
  mountApi,
  ProblemError,
  problemResponse,
  type SectionSlice,
} from '@portail/kernel';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { SECTIONS } from './sections.js';

export interface SlicePortal {
  app: Hono;
  kernel: CoreKernel;
  slice: SectionSlice;
}

export function sliceNamed(name: string | undefined): SectionSlice {
  const slice = SECTIONS.find((s) => s.name === name);
  if (!slice) {
    throw new Error(
      `SECTION doit être l'une de : ${SECTIONS.map((s) => s.name).join(', ')} (reçu : ${name}).`,
    );
  }
  return slice;
}

/**
 * The paths one section's process answers: its slice (`/api/<name>`) and, when it has one, its part
 * of the back office (`/api/gestion/<name>`). The reverse proxy sends exactly these here.
 */
export function slicePrefixes(slice: SectionSlice): string[] {
  return [`/api/${slice.name}`, ...(slice.createBackOfficeApi ? [`/api/gestion/${slice.name}`] : [])];
}

/**
 * One section's API on its own (SPEC W1, ARCHITECTURE "a section's API is releasable on its own"):
 * the same `/api` app as the host's (origin checks, problem+json, the slice's routes) but with only
 * this slice, and every other `/api` path a 404. Members' and managers' sessions are rows in the
 * shared database, so the cookie the host's login set works here too.
 */
export function createSliceApp(
  kernel: CoreKernel,
  slice: SectionSlice,
  lifecycle: Lifecycle = { draining: false },
): Hono {
  const app = new Hono();
  app.use(compressAnswers());
  app.route('/', healthRoutes(kernel, lifecycle, { section: slice.name }));
  // As the host's `/api`: same-origin framing only (PDF printing from a hidden frame).
  app.use(
    '/api/*',
    secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'self'"] } }),
  );
  const prefixes = slicePrefixes(slice);
  app.use('*', async (c, next) => {
    const path = c.req.path;
    if (prefixes.some((p) => path === p || path.startsWith(`${p}/`))) return next();
    return problemResponse(
      c,
      new ProblemError(404, `Ce service ne répond qu'aux adresses ${prefixes.join(' et ')}.`, {
        code: 'unknown-route',
      }),
    );
  });
  return mountApi(app, kernel, [slice]);
}

/**
 * The kernel with this one slice (its migrations run with the kernel's) and its app. The outbox
 * worker is not started: the slice's e-mails wait in the shared outbox table for the host's worker.
 */
export async function createSlicePortal(
  config: KernelConfig,
  sectionName: string | undefined,
  options: Omit<KernelOptions, 'sections'> & { lifecycle?: Lifecycle } = {},
): Promise<SlicePortal> {
  const slice = sliceNamed(sectionName);
  const kernel = await createKernel(config, { ...options, sections: [slice] });
  return { app: createSliceApp(kernel, slice, options.lifecycle), kernel, slice };
}
