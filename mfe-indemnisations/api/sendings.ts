import {
  type AnyDatabase,
  type Kernel,
  localized,
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
  type HistoryRange,
  historyRange,
  REFERENCE_PREFIXES,
  SENDING_KIND_LABELS,
  type Sending,
  type SendingConfirmation,
  type SendingKind,
  type SendingList,
  shortReference,
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

/** The days a period filter of C5/C6 covers (the contract's rule), from today in France. */
export function periodRange(period: HistoryPeriod, now = new Date()): HistoryRange {
  return historyRange(period, todayIso(now));
}

export const periodSchema = z
  .enum(Object.keys(HISTORY_PERIODS) as [HistoryPeriod, ...HistoryPeriod[]], { error: 'Période inconnue.' })
  .default('tous');

/** C5's filter: a period, `tous` when absent or left empty (`?period=`). */
const sendingsQuerySchema = z.object({
  period: z.preprocess((value) => (value === '' ? undefined : value), periodSchema),
});

/** Where a day (yyyy-mm-dd) begins in France, as an instant. */
const dayStart = (day: string) => sql<Date>`(${day}::date::timestamp AT TIME ZONE 'Europe/Paris')`;

/** A member's sendings with their documents, newest first, within `range` (days in France). */
export async function sendingsOf(
  kernel: Kernel,
  memberId: string,
  range: HistoryRange | null,
  ids?: string[],
) {
  const db = indemnisationsDb(kernel);
  let query = db
    .selectFrom('indemnisations.sendings as s')
    // A claim's sending shows the claim's reference (on its PDF and in Suivi).
    .leftJoin('indemnisations.claims as c', 'c.sending_id', 's.id')
    .select(['s.id', 's.kind', 's.sent_at', 'c.id as claim_id'])
    .where('s.member_id', '=', memberId)
    .orderBy('s.sent_at', 'desc')
    .orderBy('s.id')
    .limit(200);
  if (range?.from) query = query.where('s.sent_at', '>=', dayStart(range.from));
  if (range?.to) query = query.where('s.sent_at', '<', sql<Date>`${dayStart(range.to)} + interval '1 day'`);
  if (ids) query = query.where('s.id', 'in', ids);
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
      reference: s.claim_id
        ? shortReference(REFERENCE_PREFIXES.claim, s.claim_id)
        : shortReference(REFERENCE_PREFIXES[s.kind === 'formulaire' ? 'formulaire' : 'justificatifs'], s.id),
      sentAt: new Date(s.sent_at).toISOString(),
      kind: s.kind,
      kindLabel: SENDING_KIND_LABELS[s.kind],
      documents: documents
        .filter((d) => d.sending_id === s.id)
        .map((d) => ({
          id: d.file_id,
          // The labels the portal gave (« Bordereau d'envoi »…) in the request's language.
          label: localized(d.label),
          fileName: files.get(d.file_id)?.fileName ?? d.label,
          sizeBytes: files.get(d.file_id)?.sizeBytes ?? 0,
          downloadUrl: documentUrl(s.id, d.file_id),
        })),
    }),
  );
}

/** P1: the estimated processing date of the request a sending raised (null for none). */
export async function sendingEstimate(kernel: Kernel, sendingId: string): Promise<string | null> {
  const row = await indemnisationsDb(kernel)
    .selectFrom('indemnisations.sendings')
    .select('request_id')
    .where('id', '=', sendingId)
    .executeTakeFirst();
  return row?.request_id ? kernel.requests.estimatedAt(row.request_id) : null;
}

/** A sending just made (C1, C4) as its confirmation shows it: with its estimated processing date (P1). */
export async function sendingConfirmation(
  kernel: Kernel,
  memberId: string,
  sendingId: string,
): Promise<SendingConfirmation> {
  const [sending] = await sendingsOf(kernel, memberId, null, [sendingId]);
  if (!sending) throw new Error(`sending ${sendingId} not found right after it was made`);
  return { ...sending, estimatedAt: await sendingEstimate(kernel, sendingId) };
}

/** C5 Historique des envois and the download of each document (the member's own only). */
export function sendingRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.use('*', kernel.requireMember(), kernel.requirePage('indemnisations.historique-envois'));

  app.get(
    '/',
    operation({
      // i18n-ignore: API documentation
      summary: 'C5 Historique des envois (par période)',
      query: sendingsQuerySchema,
      responses: { 200: 'SendingList' },
    }),
    async (c) => {
      const { period } = c.req.valid('query');
      const range = periodRange(period);
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        items: await sendingsOf(kernel, c.get('member').id, range),
        range,
      } satisfies SendingList);
    },
  );

  app.get(
    '/:id/documents/:fileId',
    operation({
      // i18n-ignore: API documentation
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
