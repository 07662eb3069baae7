import {
  clientIp,
  contentDisposition,
  type Kernel,
  type MemberEnv,
  operation,
  ProblemError,
} from '@portail/kernel';
import {
  DATA_EXPORT_ALREADY_PENDING,
  DATA_EXPORT_API,
  type DataExportAnswer,
} from '@portail/kernel/contract/data-export';
import { Hono } from 'hono';

const ROUTE = DATA_EXPORT_API.replace('/api/compte', '');
/** In French (the catalog has its English): translated when the problem is written out. */
const NO_ARCHIVE = "Aucune archive n'est disponible : demandez-en une nouvelle.";

/**
 * SPEC P3 « Télécharger mes données »: ask for the archive (`POST`, one at a time: 409 while one is
 * being prepared), read its state (`GET`), download it (`GET …/fichier`, its owner only, streamed
 * from the store). The kernel's worker prepares it from every section's part.
 */
export function archiveRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  const page = [kernel.requireMember(), kernel.requirePage('compte.telechargement')] as const;

  app.get(
    ROUTE,
    ...page,
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: 'P3 Télécharger mes données : état de la dernière archive demandée',
      responses: { 200: 'DataExportAnswer' },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json({
        archive: await kernel.dataExports.status(c.get('member').id),
      } satisfies DataExportAnswer);
    },
  );

  app.post(
    ROUTE,
    ...page,
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: 'P3 Télécharger mes données : demander la préparation de l’archive (une à la fois)',
      responses: { 202: 'DataExportAnswer' },
    }),
    async (c) => {
      const { archive, created } = await kernel.dataExports.request(c.get('member').id, clientIp(c));
      if (!created) throw new ProblemError(409, DATA_EXPORT_ALREADY_PENDING, { code: 'data-export-pending' });
      return c.json({ archive } satisfies DataExportAnswer, 202);
    },
  );

  app.get(
    `${ROUTE}/fichier`,
    ...page,
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: 'P3 Télécharger mes données : l’archive ZIP, à son seul titulaire, pendant 7 jours',
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      responses: { 200: { media: 'application/zip', description: 'L’archive ZIP des données' } },
    }),
    async (c) => {
      const member = c.get('member');
      const archive = await kernel.dataExports.open(member.id);
      if (!archive) throw new ProblemError(404, NO_ARCHIVE);
      await kernel.audit.recordAlone({
        actorKind: 'member',
        actorId: member.id,
        action: 'donnees.archive.telechargement',
        targetKind: 'data_export',
        targetId: archive.id,
        ip: clientIp(c),
      });
      return c.body(archive.stream, 200, {
        'Content-Type': 'application/zip',
        'Content-Length': String(archive.sizeBytes),
        'Content-Disposition': contentDisposition(archive.fileName),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      });
    },
  );
  return app;
}
