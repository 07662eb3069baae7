import { type Context, Hono } from 'hono';
import type { DocumentList, DocumentReadAnswer } from '../contract/documents.js';
import type { BlobStore } from './blob-store.js';
import type { CoreKernel, Kernel } from './kernel.js';
import { operation, STORED_FILE_MEDIA } from './openapi.js';
import { ProblemError } from './problem.js';
import { clientIp, type MemberEnv } from './request-context.js';

const NOT_FOUND = "Ce document n'existe pas ou ne vous est pas destiné.";

export function contentDisposition(
  fileName: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The one download route of member documents: owner-only in SQL, marks read (SPEC A5), audited. */
export function documentRoutes(kernel: CoreKernel) {
  const app = new Hono<MemberEnv>();
  app.use('*', kernel.requireMember());

  app.get(
    '/:id',
    operation({
      summary: 'A5 Télécharger un document du membre (le marque lu ; ouverture journalisée)', // i18n-ignore
      responses: { 200: STORED_FILE },
    }),
    async (c) => {
      const member = c.get('member');
      const document = await kernel.documents.findFile(member.id, c.req.param('id'));
      // A widget's token downloads only the documents its widgets list (W2: documents clés).
      const widget = c.get('widget');
      if (!document || (widget && !widget.documentCategories.includes(document.category))) {
        throw new ProblemError(404, NOT_FOUND, { code: 'not-found' });
      }
      await kernel.db.transaction().execute(async (trx) => {
        await kernel.documents.markRead(member.id, document.id, trx);
        await kernel.audit.record(
          {
            actorKind: 'member',
            actorId: member.id,
            action: 'document.open',
            targetKind: 'document',
            targetId: document.id,
            ip: clientIp(c),
          },
          trx,
        );
      });
      return storedFileResponse(c, kernel.blobs, document);
    },
  );

  app.post(
    '/:id/read',
    operation({
      summary: 'A5 Marquer un document comme lu sans le télécharger', // i18n-ignore
      responses: { 200: 'DocumentReadAnswer' },
    }),
    async (c) => {
      const id = c.req.param('id');
      if (!(await kernel.documents.markRead(c.get('member').id, id))) {
        throw new ProblemError(404, NOT_FOUND, { code: 'not-found' });
      }
      return c.json({ id, unread: false } satisfies DocumentReadAnswer);
    },
  );

  return app;
}

/**
 * `GET /` listing the documents of the page `pageId` (B1 Contrat, B2 Formulaires, B3 Documents clés,
 * C1 forms…: its `documentCategory`): the route answers 403 when the page is not open to the member
 * (SPEC A6). `summary` describes it in `/api/openapi.json` (e.g. 'B1 Documents contractuels'); by
 * default, the page's label.
 */
export function documentListRoute(kernel: Kernel, pageId: string, summary?: string) {
  const { documentCategory, label } = kernel.menu.page(pageId);
  if (!documentCategory) throw new Error(`Page « ${pageId} » lists no documents (documentCategory)`); // i18n-ignore
  const app = new Hono<MemberEnv>();
  app.get(
    '/',
    kernel.requireMember(),
    kernel.requirePage(pageId),
    operation({
      summary: summary ?? `Documents de la page « ${label} » (non lus signalés, A5)`, // i18n-ignore
      responses: { 200: 'DocumentList' },
    }),
    async (c) => {
      c.header('Cache-Control', 'private, no-store');
      const items = await kernel.documents.list(c.get('member').id, documentCategory);
      return c.json({ items } satisfies DocumentList);
    },
  );
  return app;
}

/** How a route answering with `storedFileResponse` describes its answer (`operation`'s `responses`). */
export const STORED_FILE = {
  media: STORED_FILE_MEDIA,
  description:
    'Le fichier, en téléchargement (Content-Disposition: attachment), sous le type du fichier déposé', // i18n-ignore
} as const;

/** A file of the blob store sent as a private download; the caller has checked who may read it. */
export async function storedFileResponse(
  c: Context,
  blobs: BlobStore,
  file: { storage_key: string; file_name: string; content_type: string; size_bytes: number },
) {
  return c.body(await blobs.open(file.storage_key), 200, {
    'Content-Type': file.content_type,
    'Content-Length': String(file.size_bytes),
    'Content-Disposition': contentDisposition(file.file_name),
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
  });
}

/** A generated file (PDF…) sent as a private download. */
export function fileResponse(
  c: Context,
  body: Uint8Array,
  file: { fileName: string; contentType: string; inline?: boolean },
) {
  return c.body(body as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': file.contentType,
    'Content-Length': String(body.byteLength),
    'Content-Disposition': contentDisposition(file.fileName, file.inline ? 'inline' : 'attachment'),
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
  });
}
