import { Hono } from 'hono';
import { type CguDocument, cguAcceptSchema } from '../contract/cgu.js';
import { sessionInfo } from './auth-routes.js';
import { cguStateOf } from './cgu-state.js';
import type { CoreKernel } from './kernel.js';
import { operation } from './openapi.js';
import { ProblemError } from './problem.js';
import { clientIp, type MemberEnv } from './request-context.js';

/** SPEC A3: the CGU, readable by anyone; accepted (version, date, IP kept) before anything else. */
export function cguRoutes(kernel: CoreKernel) {
  const { db } = kernel;
  const app = new Hono<MemberEnv>();

  app.get(
    '/current',
    operation({
      summary:
        'A3 Conditions générales en vigueur (lisibles par tous ; acceptées ou non par le membre connecté)', // i18n-ignore
      responses: { 200: 'CguDocument' },
    }),
    async (c) => {
      const current = await db
        .selectFrom('core.cgu_versions')
        .selectAll()
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!current) throw new ProblemError(404, "Aucune condition générale n'est publiée.");
      const lookup = await kernel.sessions.lookup(kernel.sessions.memberCookie.read(c));
      const accepted = lookup.status === 'valid' ? !lookup.cgu.required : null;
      const body: CguDocument = {
        version: current.version,
        title: current.title,
        publishedAt: new Date(current.published_at).toISOString(),
        sections: current.sections,
        accepted,
      };
      c.header('Cache-Control', 'no-store');
      return c.json(body);
    },
  );

  app.post(
    '/accept',
    kernel.requireMember({ allowWithoutCgu: true }),
    operation({
      summary: 'A3 Accepter la dernière version des conditions générales (version, date et IP conservées)', // i18n-ignore
      body: cguAcceptSchema,
      responses: { 200: 'SessionInfo' },
    }),
    async (c) => {
      const { version } = c.req.valid('json');
      const { latest } = await cguStateOf(db, c.get('member').id);
      if (version !== latest) {
        throw new ProblemError(
          409,
          'Une nouvelle version des conditions générales a été publiée : relisez-la avant de valider.',
          {
            code: 'cgu-outdated',
          },
        );
      }
      const memberId = c.get('member').id;
      // The acceptance (SPEC A3: version, date, IP) and its audit row, whole or not at all.
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('core.cgu_acceptances')
          .values({ member_id: memberId, version, ip: clientIp(c) })
          .onConflict((oc) => oc.columns(['member_id', 'version']).doNothing())
          .execute();
        await kernel.sessions.changed({ memberId }, trx);
        await kernel.audit.record(
          {
            actorKind: 'member',
            actorId: memberId,
            action: 'cgu.accept',
            targetKind: 'cgu',
            targetId: String(version),
            ip: clientIp(c),
          },
          trx,
        );
      });
      // The latest version is now accepted.
      return c.json(sessionInfo(kernel, c.get('session'), false));
    },
  );

  return app;
}
