import {
  type AnyDatabase,
  type Kernel,
  type MemberEnv,
  operation,
  ownTables,
  ProblemError,
  STORED_FILE,
  storedFileResponse,
  todayIso,
} from '@portail/kernel';
import { isRecordId } from '@portail/kernel/contract/ids';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import {
  HISTORY_PERIODS,
  type HistoryPeriod,
  SENDING_KIND_LABELS,
  type Sending,
  type SendingKind,
  type SendingList,
} from '../contract/index.js';
import { type IndemnisationsTables, indemnisationsDb } from './tables.js';

export const documentUrl = (sendingId: string, fileId: string) =>
  `/api/indemnisations/envois/${sendingId}/documents/${fileId}`;

/** Records a sending (C5) with its documents in order, in the caller's transaction. */
export async function recordSending(
  db: AnyDatabase,
  input: {
    memberId: string;
    kind: SendingKind;
    requestId: string | null;
    documents: { fileId: string; label: string }[];
  },
): Promise<string> {
  const idb = ownTables<IndemnisationsTables>(db);
  const sending = await idb
    .insertInto('indemnisations.sendings')
    .values({ member_id: input.memberId, kind: input.kind, request_id: input.requestId })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.documents.length > 0) {
    await idb
      .insertInto('indemnisations.sending_documents')
      .values(
        input.documents.map((d, position) => ({
          sending_id: sending.id,
          file_id: d.fileId,
          position,
          label: d.label,
        })),
      )
      .execute();
  }
  return sending.id;
}

/** The first day shown by a period filter of C5/C6, or null for "Tous"/"Toutes". */
export function periodStart(period: HistoryPeriod, now = new Date()): string | null {
  const months = { mois: 0, '3m': 3, '6m': 6, '12m': 12, tous: null }[period];
  if (months === null) return null;
  // The month as the member lives it: today in Paris, not in the server's time zone.
  const [year, month] = todayIso(now).split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(year, month - 1, 1));
  if (months > 0) start.setUTCMonth(start.getUTCMonth() - months + 1);
  return start.toISOString().slice(0, 10);
}

export const periodSchema = z
  .enum(Object.keys(HISTORY_PERIODS) as [HistoryPeriod, ...HistoryPeriod[]], { error: 'Période inconnue.' })
  .default('tous');

/** C5's filter: a period, `tous` when absent or left empty (`?period=`). */
const sendingsQuerySchema = z.object({
  period: z.preprocess((value) => (value === '' ? undefined : value), periodSchema),
});

/** A member's sendings with their documents, newest first. */
export async function sendingsOf(kernel: Kernel, memberId: string, from: string | null, ids?: string[]) {
  const db = indemnisationsDb(kernel);
  let query = db
    .selectFrom('indemnisations.sendings')
    .select(['id', 'kind', 'sent_at'])
    .where('member_id', '=', memberId)
    .orderBy('sent_at', 'desc')
    .orderBy('id')
    .limit(200);
  if (from)
    query = query.where('sent_at', '>=', sql<Date>`(${from}::date::timestamp AT TIME ZONE 'Europe/Paris')`);
  if (ids) query = query.where('id', 'in', ids);
  const sendings = await query.execute();
  if (sendings.length === 0) return [];
  const documents = await db
    .selectFrom('indemnisations.sending_documents as d')
    .select(['d.sending_id', 'd.label', 'd.file_id'])
    .where(
      'd.sending_id',
      'in',
      sendings.map((s) => s.id),
    )
    .orderBy('d.position')
    .execute();
  const files = await kernel.blobs.describe(documents.map((d) => d.file_id));
  return sendings.map(
    (s): Sending => ({
      id: s.id,
      sentAt: new Date(s.sent_at).toISOString(),
      kind: s.kind,
      kindLabel: SENDING_KIND_LABELS[s.kind],
      documents: documents
        .filter((d) => d.sending_id === s.id)
        .map((d) => ({
          id: d.file_id,
          label: d.label,
          fileName: files.get(d.file_id)?.fileName ?? d.label,
          sizeBytes: files.get(d.file_id)?.sizeBytes ?? 0,
          downloadUrl: documentUrl(s.id, d.file_id),
        })),
    }),
  );
}

/** C5 Historique des envois and the download of each document (the member's own only). */
export function sendingRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.use('*', kernel.requireMember(), kernel.requirePage('indemnisations.historique-envois'));

  app.get(
    '/',
    operation({
      summary: 'C5 Historique des envois (par période)',
      query: sendingsQuerySchema,
      responses: { 200: 'SendingList' },
    }),
    async (c) => {
      const { period } = c.req.valid('query');
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        items: await sendingsOf(kernel, c.get('member').id, periodStart(period)),
      } satisfies SendingList);
    },
  );

  app.get(
    '/:id/documents/:fileId',
    operation({
      summary: 'C5 Télécharger un document d’un envoi',
      responses: {
        200: STORED_FILE,
      },
    }),
    async (c) => {
      const { id, fileId } = c.req.param();
      const member = c.get('member');
      const mine =
        isRecordId(id) && isRecordId(fileId)
          ? await indemnisationsDb(kernel)
              .selectFrom('indemnisations.sending_documents as d')
              .innerJoin('indemnisations.sendings as s', 's.id', 'd.sending_id')
              .select('d.file_id')
              .where('d.sending_id', '=', id)
              .where('d.file_id', '=', fileId)
              .where('s.member_id', '=', member.id)
              .executeTakeFirst()
          : undefined;
      const file = mine ? await kernel.blobs.find(mine.file_id) : undefined;
      if (!file)
        throw new ProblemError(404, "Ce document n'existe pas ou ne vous concerne pas.", {
          code: 'not-found',
        });
      await kernel.audit.recordAlone({
        actorKind: 'member',
        actorId: member.id,
        action: 'indemnisations.document.open',
        targetKind: 'file',
        targetId: file.id,
      });
      return storedFileResponse(c, kernel.blobs, file);
    },
  );

  return app;
}
