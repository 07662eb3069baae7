import { type Kysely, sql, type Transaction } from 'kysely';
import { type MemberRequest, REQUEST_STATUS_LABELS, type RequestStatus } from '../contract/requests.js';
import { jsonb } from './json.js';
import { ProblemError } from './problem.js';
import type { CoreDatabase } from './schema.js';

export interface NewRequest {
  memberId: string;
  section: string;
  kind: string;
  label: string;
  payload?: Record<string, unknown>;
  fileIds?: string[];
}

export interface RequestRecord {
  id: string;
  memberId: string;
  section: string;
  kind: string;
  payload: Record<string, unknown>;
  status: RequestStatus;
}

/** What the owning section does when a manager accepts (SPEC H2): runs in the decision's transaction. */
export type AcceptHook = (trx: Transaction<CoreDatabase>, request: RequestRecord) => Promise<void>;

/**
 * The requests workflow (DIT): one table for every member request, whatever section owns it, with
 * its history; a section registers a hook that applies the effect on acceptance.
 */
export class RequestWorkflow {
  private readonly hooks = new Map<string, AcceptHook>();

  constructor(private readonly db: Kysely<CoreDatabase>) {}

  onAccept(section: string, kind: string, hook: AcceptHook): void {
    this.hooks.set(`${section}/${kind}`, hook);
  }

  async create(input: NewRequest, db: Kysely<CoreDatabase> = this.db): Promise<string> {
    const row = await db
      .insertInto('core.requests')
      .values({
        member_id: input.memberId,
        section: input.section,
        kind: input.kind,
        label: input.label,
        payload: jsonb(input.payload ?? {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('core.request_events')
      .values({
        request_id: row.id,
        status: 'en_cours',
        actor_kind: 'member',
        actor_id: input.memberId,
        note: null,
      })
      .execute();
    for (const fileId of input.fileIds ?? []) {
      await db
        .insertInto('core.request_attachments')
        .values({ request_id: row.id, file_id: fileId })
        .execute();
    }
    return row.id;
  }

  /** The member's requests, newest first (filtered in SQL by the member). */
  async listForMember(
    memberId: string,
    filter: {
      section?: string;
      kind?: string;
      status?: RequestStatus;
      includeHidden?: boolean;
      limit?: number;
    } = {},
  ): Promise<MemberRequest[]> {
    let query = this.db
      .selectFrom('core.requests')
      .selectAll()
      .where('member_id', '=', memberId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(filter.limit ?? 100);
    if (filter.section) query = query.where('section', '=', filter.section);
    if (filter.kind) query = query.where('kind', '=', filter.kind);
    if (filter.status) query = query.where('status', '=', filter.status);
    if (!filter.includeHidden) query = query.where('hidden_by_member', '=', false);
    const rows = await query.execute();
    if (rows.length === 0) return [];
    const events = await this.db
      .selectFrom('core.request_events')
      .select(['request_id', 'at', 'status', 'note'])
      .where(
        'request_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      section: r.section,
      kind: r.kind,
      label: r.label,
      status: r.status,
      statusLabel: REQUEST_STATUS_LABELS[r.status],
      refusalReason: r.refusal_reason,
      createdAt: new Date(r.created_at).toISOString(),
      updatedAt: new Date(r.updated_at).toISOString(),
      history: events
        .filter((e) => e.request_id === r.id)
        .map((e) => ({ at: new Date(e.at).toISOString(), status: e.status as RequestStatus, note: e.note })),
    }));
  }

  /**
   * Accepts or refuses a pending request once (SPEC H2): a second decision gets 409. Acceptance runs
   * the owning section's hook in the same transaction.
   */
  async decide(input: {
    requestId: string;
    managerId: string;
    decision: 'pris_en_compte' | 'refuse';
    reason?: string;
  }): Promise<RequestRecord> {
    if (input.decision === 'refuse' && !input.reason?.trim()) {
      throw new ProblemError(400, 'Indiquez le motif du refus.', {
        errors: [{ field: 'reason', detail: 'Indiquez le motif du refus.' }],
      });
    }
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('core.requests')
        .set({
          status: input.decision,
          refusal_reason: input.decision === 'refuse' ? (input.reason?.trim() ?? null) : null,
          decided_by: input.managerId,
          decided_at: sql`now()`,
          updated_at: sql`now()`,
        })
        .where('id', '=', input.requestId)
        .where('status', '=', 'en_cours')
        .returning(['id', 'member_id', 'section', 'kind', 'payload', 'status'])
        .executeTakeFirst();
      if (!row) {
        throw new ProblemError(409, 'Cette demande a déjà été traitée.', { code: 'already-decided' });
      }
      await trx
        .insertInto('core.request_events')
        .values({
          request_id: row.id,
          status: input.decision,
          note: input.decision === 'refuse' ? (input.reason?.trim() ?? null) : null,
          actor_kind: 'manager',
          actor_id: input.managerId,
        })
        .execute();
      const record: RequestRecord = {
        id: row.id,
        memberId: row.member_id,
        section: row.section,
        kind: row.kind,
        payload: row.payload,
        status: row.status,
      };
      if (input.decision === 'pris_en_compte')
        await this.hooks.get(`${row.section}/${row.kind}`)?.(trx, record);
      return record;
    });
  }
}
