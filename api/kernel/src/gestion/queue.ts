import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { QueueDetail, QueueItem, QueuePage } from '../../contract/gestion.js';
import { isRecordId } from '../../contract/ids.js';
import { pageQuery } from '../../contract/inputs.js';
import { businessDaysLate, lastBusinessDayOnOrBefore } from '../../contract/processing.js';
import { REQUEST_STATUS_LABELS, REQUEST_STATUSES, type RequestStatus } from '../../contract/requests.js';
import { foldedSql, SEARCH_FOLD } from '../../migrations/017_member_search.js';
import { STORED_FILE, storedFileResponse } from '../document-routes.js';
import type { CoreKernel, SectionSlice } from '../kernel.js';
import { operation } from '../openapi.js';
import { ProblemError } from '../problem.js';
import { franceToday } from '../processing-estimates.js';
import type { ManagerEnv } from './manager-auth.js';

const PAGE_SIZE = 25;
const NOT_FOUND = "Cette demande n'existe pas.";
/** Requests a manager answers rather than decides (SPEC H3), besides the sections' `answerForms`. */
const ANSWERED_BY_TEXT = ['contact/message', 'contact/question'];

const querySchema = z.object({
  section: z.string().max(40).optional(),
  kind: z.string().max(60).optional(),
  /** An identifier or a name: each word the start of the member's identifier, last or first name. */
  member: z.string().trim().max(80).optional(),
  status: z.enum([...REQUEST_STATUSES, 'all']).default('pending'),
  age: z.coerce.number().int().min(0).max(3650).optional(),
  page: pageQuery,
});

const decisionSchema = z.object({
  decision: z.enum(['accepted', 'refused'], { error: 'Choisissez « Accepter » ou « Refuser ».' }),
  reason: z.string().trim().max(1000, { error: 'Le motif dépasse 1000 caractères.' }).optional(),
});

const answerSchema = z.object({
  text: z
    .string({ error: 'Saisissez la réponse.' })
    .max(5000, { error: 'La réponse dépasse 5000 caractères.' }),
});

const FOLD = new Map([...SEARCH_FOLD.from].map((letter, i) => [letter, SEARCH_FOLD.to[i] ?? letter]));

/** The words of a member search, folded as the search indexes are (lower case, no accents). */
function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5)
    .map((word) => [...word].map((letter) => FOLD.get(letter) ?? letter).join(''));
}

/** `LIKE` pattern of what starts with `word` (its own `%`, `_` and `\\` taken literally). */
const startsWith = (word: string) => `${word.replace(/[%_\\]/g, '\\$&')}%`;

/** H1 queue, H2 decisions, H3 answers: every request of the workflow, whatever section made it. */
export function queueRoutes(kernel: CoreKernel, sections: readonly SectionSlice[] = []) {
  const { db } = kernel;
  const ANSWERABLE = new Set([
    ...ANSWERED_BY_TEXT,
    ...sections.flatMap(({ section }) =>
      (section.backOffice?.answerForms ?? []).map((form) => `${section.name}/${form.kind}`),
    ),
  ]);
  const app = new Hono<ManagerEnv>();

  const itemQuery = () =>
    db
      .selectFrom('core.requests as r')
      .innerJoin('core.members as m', 'm.id', 'r.member_id')
      .select([
        'r.id',
        'r.section',
        'r.kind',
        'r.label',
        'r.status',
        'r.created_at',
        sql<string | null>`r.estimated_on::text`.as('estimated_on'),
        'm.id as member_id',
        'm.identifier',
        'm.first_name',
        'm.last_name',
        sql<number>`(SELECT count(*)::int FROM core.request_attachments a WHERE a.request_id = r.id)`.as(
          'attachment_count',
        ),
      ]);

  const itemOf = (
    row: Awaited<ReturnType<ReturnType<typeof itemQuery>['execute']>>[number],
    today = franceToday(),
  ): QueueItem => ({
    id: row.id,
    section: row.section,
    kind: row.kind,
    label: row.label,
    status: row.status,
    statusLabel: REQUEST_STATUS_LABELS[row.status],
    createdAt: new Date(row.created_at).toISOString(),
    ageDays: Math.floor((Date.now() - new Date(row.created_at).getTime()) / 86_400_000),
    estimatedAt: row.estimated_on,
    lateBusinessDays: row.status === 'pending' ? businessDaysLate(row.estimated_on, today) : 0,
    member: { id: row.member_id, identifier: row.identifier, name: `${row.first_name} ${row.last_name}` },
    attachmentCount: row.attachment_count,
  });

  async function detail(id: string): Promise<QueueDetail> {
    const row = isRecordId(id) ? await itemQuery().where('r.id', '=', id).executeTakeFirst() : undefined;
    if (!row) throw new ProblemError(404, NOT_FOUND, { code: 'not-found' });
    const [extra, history, attachments, member, channels, memberships, current] = await Promise.all([
      db
        .selectFrom('core.requests as r')
        .leftJoin('core.managers as g', 'g.id', 'r.decided_by')
        .select(['r.payload', 'r.answer', 'r.refusal_reason', 'g.display_name'])
        .where('r.id', '=', id)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('core.request_events')
        .select(['at', 'status', 'note'])
        .where('request_id', '=', id)
        .orderBy('at')
        .orderBy('id')
        .execute(),
      db
        .selectFrom('core.request_attachments as a')
        .innerJoin('core.files as f', 'f.id', 'a.file_id')
        .select(['f.id', 'f.file_name', 'f.size_bytes'])
        .where('a.request_id', '=', id)
        .orderBy('a.position')
        .execute(),
      kernel.members.profile(row.member_id),
      kernel.members.contactChannels(row.member_id),
      kernel.members.memberships(row.member_id),
      // Beside a change still to decide, what it would replace (once decided, the file has moved on).
      row.status === 'pending'
        ? kernel.requests.current({ section: row.section, kind: row.kind, memberId: row.member_id })
        : [],
    ]);
    const payload = extra.payload;
    return {
      ...itemOf(row),
      memberText: typeof payload.text === 'string' ? payload.text : null,
      summary: kernel.requests.describe({ section: row.section, kind: row.kind, payload }),
      current,
      answer: extra.answer,
      refusalReason: extra.refusal_reason,
      decidedBy: extra.display_name,
      history: history.map((e) => ({
        at: new Date(e.at).toISOString(),
        status: e.status as RequestStatus,
        note: e.note,
      })),
      attachments: attachments.map((a) => ({
        id: a.id,
        fileName: a.file_name,
        sizeBytes: a.size_bytes,
        downloadUrl: `/api/gestion/demandes/${id}/fichiers/${a.id}`,
      })),
      answerable: ANSWERABLE.has(`${row.section}/${row.kind}`),
      memberFile: {
        civility: member.civility,
        firstName: member.firstName,
        lastName: member.lastName,
        birthDate: member.birthDate,
        email: member.email,
        phone: channels.phone,
        mobile: channels.mobile,
        memberships: memberships.map((m) => ({
          contract: m.contractLabel,
          employer: m.employer,
          number: m.membershipNumber,
          since: m.startDate,
        })),
      },
    };
  }

  app.get(
    '/',
    operation({
      summary:
        'H1 File des demandes, filtrée par section, type, adhérent (identifiant ou nom), statut et ancienneté : les demandes en retard d’abord (P1, la plus en retard en tête, avec leur date de traitement estimée et leur retard en jours ouvrés), puis les plus anciennes',
      query: querySchema,
      responses: { 200: 'QueuePage' },
    }),
    async (c) => {
      const { section, kind, member, status, age, page } = c.req.valid('query');
      let query = itemQuery();
      let count = db.selectFrom('core.requests as r').select((eb) => eb.fn.countAll<string>().as('n'));
      const words = searchWords(member ?? '');
      if (words.length > 0) {
        // The members found by their indexes (017_member_search), then their requests (member_idx).
        const members = db
          .selectFrom('core.members as s')
          .select('s.id')
          .where((eb) =>
            eb.and(
              words.map((word) =>
                eb.or(
                  ['s.identifier', 's.last_name', 's.first_name'].map((column) =>
                    eb(sql.raw<string>(foldedSql(column)), 'like', startsWith(word)),
                  ),
                ),
              ),
            ),
          );
        query = query.where('r.member_id', 'in', members);
        count = count.where('r.member_id', 'in', members);
      }
      if (section) {
        query = query.where('r.section', '=', section);
        count = count.where('r.section', '=', section);
      }
      if (kind) {
        query = query.where('r.kind', '=', kind);
        count = count.where('r.kind', '=', kind);
      }
      if (status !== 'all') {
        query = query.where('r.status', '=', status);
        count = count.where('r.status', '=', status);
      }
      if (age !== undefined) {
        const before = new Date(Date.now() - age * 86_400_000);
        query = query.where('r.created_at', '<=', before);
        count = count.where('r.created_at', '<=', before);
      }
      // P1: pending past their estimated date by a business day at least (an estimate before the
      // last business day up to today) come first, the latest first (requests_late_idx); then the rest,
      // oldest first (requests_queue_idx). A page takes from the first list, then from the second.
      const today = franceToday();
      const cutoff = lastBusinessDayOnOrBefore(today);
      const [total, late, kinds] = await Promise.all([
        count.executeTakeFirstOrThrow(),
        count
          .where('r.status', '=', 'pending')
          .where('r.estimated_on', '<', cutoff)
          .executeTakeFirstOrThrow(),
        db
          .selectFrom('core.requests')
          .select(['section', 'kind'])
          .distinct()
          .orderBy('section')
          .orderBy('kind')
          .execute(),
      ]);
      const offset = (page - 1) * PAGE_SIZE;
      const lateCount = Number(late.n);
      const lateRows =
        offset < lateCount
          ? await query
              .where('r.status', '=', 'pending')
              .where('r.estimated_on', '<', cutoff)
              .orderBy('r.estimated_on')
              .orderBy('r.created_at')
              .orderBy('r.id')
              .limit(PAGE_SIZE)
              .offset(offset)
              .execute()
          : [];
      const otherRows =
        lateRows.length < PAGE_SIZE
          ? await query
              .where((eb) =>
                eb.or([
                  eb('r.status', '!=', 'pending'),
                  eb('r.estimated_on', 'is', null),
                  eb('r.estimated_on', '>=', cutoff),
                ]),
              )
              .orderBy('r.created_at')
              .orderBy('r.id')
              .limit(PAGE_SIZE - lateRows.length)
              .offset(Math.max(0, offset - lateCount))
              .execute()
          : [];
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        items: [...lateRows, ...otherRows].map((row) => itemOf(row, today)),
        page,
        pageSize: PAGE_SIZE,
        total: Number(total.n),
        kinds,
      } satisfies QueuePage);
    },
  );

  app.get(
    '/:id',
    operation({
      summary:
        'H1 Détail d’une demande : ce qu’elle demande, son historique, ses fichiers, le dossier de l’adhérent',
      responses: { 200: 'QueueDetail' },
    }),
    async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(await detail(c.req.param('id')));
    },
  );

  app.post(
    '/:id/decision',
    operation({
      summary: 'H2 Accepter ou refuser une demande (motif), l’adhérent est prévenu par e-mail',
      body: decisionSchema,
      responses: { 200: 'QueueDetail' },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const id = c.req.param('id');
      if ((await detail(id)).answerable) {
        throw new ProblemError(400, 'Un message ou une question se traite par une réponse.', {
          code: 'answer-required',
        });
      }
      await kernel.requests.decide({
        requestId: id,
        managerId: c.get('manager').managerId,
        decision: input.decision,
        ...(input.reason ? { reason: input.reason } : {}),
      });
      return c.json(await detail(id));
    },
  );

  app.post(
    '/:id/reponse',
    operation({
      summary: 'H3 Répondre à un message ou une question (l’adhérent reçoit la réponse par e-mail)',
      body: answerSchema,
      responses: { 200: 'QueueDetail' },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const id = c.req.param('id');
      await detail(id);
      await kernel.requests.answer({
        requestId: id,
        managerId: c.get('manager').managerId,
        text: input.text,
      });
      return c.json(await detail(id));
    },
  );

  app.get(
    '/:id/fichiers/:fileId',
    operation({
      summary: 'H1 Télécharger un fichier joint à une demande (ouverture journalisée)',
      responses: { 200: STORED_FILE },
    }),
    async (c) => {
      const { id, fileId } = c.req.param();
      const file =
        isRecordId(id) && isRecordId(fileId)
          ? await db
              .selectFrom('core.request_attachments as a')
              .innerJoin('core.files as f', 'f.id', 'a.file_id')
              .select(['f.id', 'f.storage_key', 'f.file_name', 'f.content_type', 'f.size_bytes'])
              .where('a.request_id', '=', id)
              .where('a.file_id', '=', fileId)
              .executeTakeFirst()
          : undefined;
      if (!file) throw new ProblemError(404, "Ce fichier n'existe pas.", { code: 'not-found' });
      await kernel.audit.record({
        actorKind: 'manager',
        actorId: c.get('manager').managerId,
        action: 'demande.fichier.ouverture',
        targetKind: 'file',
        targetId: file.id,
      });
      return storedFileResponse(c, kernel.blobs, file);
    },
  );

  return app;
}
