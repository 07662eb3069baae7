import {
  clientIp,
  contentDisposition,
  type Kernel,
  operation,
  ProblemError,
  randomToken,
  STORED_FILE,
  sha256Hex,
} from '@portail/kernel';
import type { RobotChallenge } from '@portail/kernel/contract/robot-check';
import { Hono } from 'hono';
import { sql } from 'kysely';
import type { KitAccess } from '../contract/index.js';
import { kitAccessSchema } from '../contract/schemas.js';
import { adhesionDb } from './tables.js';

const KIT_CATEGORY = 'kit_adhesion';
const GRANT_MINUTES = 15;
export const UNKNOWN_IDENTIFIER =
  "Identifiant non reconnu. Vérifiez l'identifiant fourni par votre employeur, en respectant les tirets.";
const ROBOT_REFUSED =
  'La vérification « Je ne suis pas un robot » a échoué ou a expiré : cochez à nouveau la case.';

/**
 * B4 Espace Adhésion, for a prospective member without an account: the employer's identifier and a
 * self-hosted robot check give a short-lived grant to that employer's "Kit d'adhésion".
 */
export function espaceAdhesionRoutes(kernel: Kernel) {
  const app = new Hono();
  const db = adhesionDb(kernel);

  app.get(
    '/challenge',
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: '« Je ne suis pas un robot » : défi ALTCHA de l’Espace Adhésion (B4)',
      responses: { 200: 'RobotChallenge' },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      const challenge: RobotChallenge = await kernel.robotCheck.challenge();
      return c.json(challenge);
    },
  );

  app.post(
    '/acces',
    async (c, next) => {
      const ip = clientIp(c) ?? 'unknown';
      if (!(await kernel.rateLimiter.hit(`kit-access:${ip}`, 10, 900))) {
        throw new ProblemError(429, 'Trop de tentatives depuis votre connexion. Réessayez dans 15 minutes.', {
          code: 'rate-limited',
          headers: { 'Retry-After': '900' },
        });
      }
      await next();
    },
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: "B4 Espace Adhésion : accès au kit d'adhésion de l'employeur",
      description: // i18n-ignore: API documentation (OpenAPI), no member reads it
        "L'identifiant fourni par l'employeur et la preuve ALTCHA ouvrent pour 15 minutes les documents du kit.",
      body: kitAccessSchema,
      responses: { 200: 'KitAccess' },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const robot = await kernel.robotCheck.verify(input.altcha);
      if (robot !== 'ok') {
        throw new ProblemError(403, ROBOT_REFUSED, {
          code: 'captcha',
          errors: [{ field: 'altcha', detail: ROBOT_REFUSED }],
        });
      }
      const employer = await kernel.members.employerByAdhesionCode(input.identifier);
      if (!employer) {
        throw new ProblemError(404, UNKNOWN_IDENTIFIER, {
          code: 'unknown-identifier',
          errors: [{ field: 'identifier', detail: UNKNOWN_IDENTIFIER }],
        });
      }
      const grant = randomToken();
      const expiresAt = new Date(Date.now() + GRANT_MINUTES * 60_000);
      await db
        .insertInto('adhesion.kit_grants')
        .values({ token_hash: sha256Hex(grant), employer_id: employer.id, expires_at: expiresAt })
        .execute();
      await db.deleteFrom('adhesion.kit_grants').where('expires_at', '<', sql<Date>`now()`).execute();
      const documents = await kernel.documents.listForEmployer(employer.id, KIT_CATEGORY);
      c.header('Cache-Control', 'no-store');
      return c.json({
        employer: employer.name,
        expiresAt: expiresAt.toISOString(),
        documents: documents.map((d) => ({
          ...d,
          downloadUrl: `/api/adhesion/espace/documents/${d.id}?acces=${grant}`,
        })),
      } satisfies KitAccess);
    },
  );

  app.get(
    '/documents/:id',
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: "B4 Télécharger un document du kit d'adhésion",
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      description: "Avec `?acces=` l'accès donné par `POST /api/adhesion/espace/acces` (15 minutes).",
      responses: {
        200: STORED_FILE,
      },
    }),
    async (c) => {
      const grant = c.req.query('acces') ?? '';
      const row = grant
        ? await db
            .selectFrom('adhesion.kit_grants')
            .select('employer_id')
            .where('token_hash', '=', sha256Hex(grant))
            .where('expires_at', '>', sql<Date>`now()`)
            .executeTakeFirst()
        : undefined;
      if (!row) {
        throw new ProblemError(
          403,
          "L'accès au kit d'adhésion a expiré : saisissez à nouveau l'identifiant fourni par votre employeur.",
          {
            code: 'grant-expired',
          },
        );
      }
      const document = await kernel.documents.findEmployerFile(
        row.employer_id,
        KIT_CATEGORY,
        c.req.param('id'),
      );
      if (!document) throw new ProblemError(404, "Ce document n'existe pas.", { code: 'not-found' });
      return c.body(await kernel.blobs.open(document.storage_key), 200, {
        'Content-Type': document.content_type,
        'Content-Length': String(document.size_bytes),
        'Content-Disposition': contentDisposition(document.file_name),
        'Cache-Control': 'private, no-store',
      });
    },
  );

  return app;
}
