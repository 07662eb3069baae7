import type { Kysely } from 'kysely';
import { jsonb } from './json.js';
import type { CoreDatabase } from './schema.js';
import { type AnyDatabase, coreOf } from './section-database.js';

export interface AuditEntry {
  actorKind: 'member' | 'manager' | 'system';
  actorId: string | null;
  action: string;
  targetKind?: string;
  targetId?: string;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

/** Who did what to what, and when (SPEC H7; document openings per ARCHITECTURE "Personal data"). */
export class AuditLog {
  constructor(private readonly db: Kysely<CoreDatabase>) {}

  /**
   * An action the request writes nothing else for (a document opened, a login): its audit row alone.
   * Whatever changes data audits with `record(entry, trx)`, in the change's own transaction.
   */
  recordAlone(entry: AuditEntry): Promise<void> {
    return this.record(entry);
  }

  async record(entry: AuditEntry, given: AnyDatabase = this.db): Promise<void> {
    await coreOf(given)
      .insertInto('core.audit_log')
      .values({
        actor_kind: entry.actorKind,
        actor_id: entry.actorId,
        action: entry.action,
        target_kind: entry.targetKind ?? null,
        target_id: entry.targetId ?? null,
        before: entry.before === undefined ? null : jsonb(entry.before),
        after: entry.after === undefined ? null : jsonb(entry.after),
        ip: entry.ip ?? null,
      })
      .execute();
  }
}
