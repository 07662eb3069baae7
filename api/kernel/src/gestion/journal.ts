import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AuditPage, OutboxPage } from '../../contract/gestion.js';
import { calendarDate, optionalQuery, pageQuery } from '../../contract/inputs.js';
import type { CoreKernel } from '../kernel.js';
import { operation } from '../openapi.js';
import type { ManagerEnv } from './manager-auth.js';

const PAGE_SIZE = 50;
const day = optionalQuery(calendarDate());

const auditQuery = z.object({
  actor: z.string().trim().max(80).optional(),
  action: z.string().trim().max(80).optional(),
  from: day,
  to: day,
  page: pageQuery,
});

const outboxQuery = z.object({
  status: z.enum(['pending', 'sent', 'failed', 'expired']).optional(),
  channel: z.enum(['email', 'sms']).optional(),
  page: pageQuery,
});

/** H7 the audit log (read only: the table refuses updates and deletes) and N1 the outbox. */
export function journalRoutes(kernel: CoreKernel) {
  const { db } = kernel;
  const app = new Hono<ManagerEnv>();

  app.get(
    '/journal',
    operation({
      summary: 'H7 Journal d’audit (plus récent d’abord, par pages de 50)',
      query: auditQuery,
      responses: { 200: 'AuditPage' },
    }),
    async (c) => {
      const { actor, action, from, to, page } = c.req.valid('query');
      let query = db
        .selectFrom('core.audit_log as a')
        .leftJoin('core.managers as g', (join) =>
          join.on('a.actor_kind', '=', 'manager').on(sql`g.id::text`, '=', sql.ref('a.actor_id')),
        )
        .leftJoin('core.members as m', (join) =>
          join.on('a.actor_kind', '=', 'member').on(sql`m.id::text`, '=', sql.ref('a.actor_id')),
        );
      if (actor) {
        const like = `%${actor.replace(/[%_\\]/g, '\\$&')}%`;
        query = query.where((eb) =>
          eb.or([
            eb('g.display_name', 'ilike', like),
            eb('g.login', 'ilike', like),
            eb('m.identifier', 'ilike', like),
          ]),
        );
      }
      if (action) query = query.where('a.action', 'like', `${action.replace(/[%_\\]/g, '\\$&')}%`);
      // Days as the managers live them, in France's time whatever the server's.
      if (from)
        query = query.where('a.at', '>=', sql<Date>`(${from}::date::timestamp AT TIME ZONE 'Europe/Paris')`);
      if (to)
        query = query.where(
          'a.at',
          '<',
          sql<Date>`((${to}::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')`,
        );
      const [rows, total] = await Promise.all([
        query
          .select([
            'a.id',
            'a.at',
            'a.actor_kind',
            'a.action',
            'a.target_kind',
            'a.target_id',
            'a.before',
            'a.after',
            'g.display_name',
            'm.identifier',
          ])
          .orderBy('a.at', 'desc')
          .orderBy('a.id', 'desc')
          .limit(PAGE_SIZE)
          .offset((page - 1) * PAGE_SIZE)
          .execute(),
        query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        items: rows.map((r) => ({
          id: String(r.id),
          at: new Date(r.at).toISOString(),
          actorKind: r.actor_kind,
          actor: r.display_name ?? r.identifier ?? 'Système',
          action: r.action,
          targetKind: r.target_kind,
          targetId: r.target_id,
          before: r.before,
          after: r.after,
        })),
        page,
        pageSize: PAGE_SIZE,
        total: Number(total.n),
      } satisfies AuditPage);
    },
  );

  app.get(
    '/messages',
    operation({
      summary: 'N1 Messages de la boîte d’envoi (e-mails et SMS, plus récents d’abord, par pages de 50)',
      query: outboxQuery,
      responses: { 200: 'OutboxPage' },
    }),
    async (c) => {
      const { status, channel, page } = c.req.valid('query');
      let query = db.selectFrom('core.outbox');
      if (status) query = query.where('status', '=', status);
      if (channel) query = query.where('channel', '=', channel);
      const [rows, total] = await Promise.all([
        query
          .selectAll()
          .orderBy('created_at', 'desc')
          .orderBy('id')
          .limit(PAGE_SIZE)
          .offset((page - 1) * PAGE_SIZE)
          .execute(),
        query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        items: rows.map((r) => ({
          id: r.id,
          channel: r.channel,
          recipient: r.recipient,
          subject: r.subject,
          status: r.status,
          attempts: r.attempts,
          lastError: r.last_error,
          createdAt: new Date(r.created_at).toISOString(),
          sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
          nextAttemptAt: r.status === 'pending' ? new Date(r.next_attempt_at).toISOString() : null,
        })),
        page,
        pageSize: PAGE_SIZE,
        total: Number(total.n),
      } satisfies OutboxPage);
    },
  );

  return app;
}
