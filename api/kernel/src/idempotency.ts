import { AsyncLocalStorage } from 'node:async_hooks';
import type { Context } from 'hono';
import { type Kysely, sql, type Transaction } from 'kysely';
import { IDEMPOTENCY_HEADER } from '../contract/auth.js';
import { ProblemError } from './problem.js';
import type { CoreDatabase } from './schema.js';

/** The key of the member's action being handled, for `claimIdempotencyKey` (same async flow). */
const current = new AsyncLocalStorage<{ memberId: string; key: string }>();

/**
 * An action still running for this long is taken over: its process died before committing it. Longer
 * than any write lasts (an upload of 10 MB on a slow line); `IDEMPOTENCY_ABANDONED_SECONDS`.
 */
const ABANDONED_AFTER_SECONDS = Number(process.env.IDEMPOTENCY_ABANDONED_SECONDS ?? 60);
/** First answers kept to replay, at most this large (larger ones are not replayed, only refused). */
const MAX_STORED_BODY = 256 * 1024;

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * Called by `RequestWorkflow.create` inside the creation's transaction: the member's action that
 * created `requestId` is bound to its key, so a retry knows the request exists even if the process
 * died before it could answer.
 */
export async function claimIdempotencyKey(
  trx: Transaction<CoreDatabase>,
  memberId: string,
  requestId: string,
): Promise<void> {
  const action = current.getStore();
  if (!action || action.memberId !== memberId) return;
  await trx
    .updateTable('core.idempotency_keys')
    .set({ request_id: requestId })
    .where('member_id', '=', memberId)
    .where('key', '=', action.key)
    .execute();
}

function replay(row: { status: number; content_type: string | null; body: string | null }): Response {
  return new Response(row.body, {
    status: row.status,
    headers: {
      ...(row.content_type ? { 'Content-Type': row.content_type } : {}),
      'Cache-Control': 'no-store',
      'Idempotent-Replayed': 'true',
    },
  });
}

/**
 * A member's write with an `Idempotency-Key` (the runtime sends one per action and the same on a
 * retry): the first time it runs and its answer (a success) is kept; again, the first answer is
 * given back without running anything. A refusal keeps nothing: the key serves the corrected action. While the first is still running, 409; when it committed but its process
 * died before answering, 409 saying it is recorded. Without the header, the write just runs.
 */
export async function withIdempotency(
  c: Context,
  db: Kysely<CoreDatabase>,
  memberId: string,
  next: () => Promise<void>,
): Promise<Response | undefined> {
  const key = c.req.header(IDEMPOTENCY_HEADER);
  // No key, or already handled for this request (a route behind two `requireMember`): just run.
  if (key === undefined || current.getStore()?.key === key) return void (await next());
  if (!KEY_PATTERN.test(key)) {
    throw new ProblemError(400, 'En-tête Idempotency-Key invalide (8 à 100 lettres, chiffres, - ou _).', {
      code: 'idempotency-key',
    });
  }
  const path = c.req.path;
  const claimed = await db
    .insertInto('core.idempotency_keys')
    .values({ member_id: memberId, key, method: c.req.method, path })
    .onConflict((oc) => oc.columns(['member_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (!claimed) {
    const taken = await db
      .updateTable('core.idempotency_keys')
      .set({ created_at: sql`now()` })
      .where('member_id', '=', memberId)
      .where('key', '=', key)
      .where('status', 'is', null)
      .where('request_id', 'is', null)
      .where('created_at', '<', sql<Date>`now() - make_interval(secs => ${ABANDONED_AFTER_SECONDS})`)
      .returning('key')
      .executeTakeFirst();
    if (!taken) return refuseOrReplay(db, memberId, key, c.req.method, path);
  }
  try {
    await current.run({ memberId, key }, next);
  } catch (error) {
    await forgetUnlessRecorded(db, memberId, key);
    throw error;
  }
  const res = c.res;
  // A refusal did nothing: the key may serve again, for the corrected action.
  if (res.status >= 400) {
    await forgetUnlessRecorded(db, memberId, key);
    return undefined;
  }
  const body = await res.clone().text();
  await db
    .updateTable('core.idempotency_keys')
    .set({
      status: res.status,
      content_type: res.headers.get('Content-Type'),
      body: body.length <= MAX_STORED_BODY ? body : null,
    })
    .where('member_id', '=', memberId)
    .where('key', '=', key)
    .execute();
  return undefined;
}

/** A failed action may run again with its key: unless it created its request already. */
async function forgetUnlessRecorded(db: Kysely<CoreDatabase>, memberId: string, key: string): Promise<void> {
  await db
    .deleteFrom('core.idempotency_keys')
    .where('member_id', '=', memberId)
    .where('key', '=', key)
    .where('request_id', 'is', null)
    .execute();
}

async function refuseOrReplay(
  db: Kysely<CoreDatabase>,
  memberId: string,
  key: string,
  method: string,
  path: string,
): Promise<Response> {
  const row = await db
    .selectFrom('core.idempotency_keys')
    .selectAll()
    .where('member_id', '=', memberId)
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  if (row.method !== method || row.path !== path) {
    throw new ProblemError(422, 'Cette clé d’idempotence a déjà servi à une autre action.', {
      code: 'idempotency-key-reused',
    });
  }
  if (row.status !== null && row.body !== null) return replay({ ...row, status: row.status });
  if (row.request_id !== null || row.status !== null) {
    throw new ProblemError(409, 'Votre envoi a déjà été enregistré : il apparaît dans votre suivi.', {
      code: 'already-recorded',
    });
  }
  throw new ProblemError(409, 'Cet envoi est en cours : patientez quelques secondes avant de réessayer.', {
    code: 'in-progress',
    headers: { 'Retry-After': '2' },
  });
}

/** Keys older than a day are forgotten (maintenance sweep). */
export async function purgeIdempotencyKeys(db: Kysely<CoreDatabase>): Promise<number> {
  const removed = await db
    .deleteFrom('core.idempotency_keys')
    .where('created_at', '<', sql<Date>`now() - interval '1 day'`)
    .executeTakeFirst();
  return Number(removed.numDeletedRows);
}
