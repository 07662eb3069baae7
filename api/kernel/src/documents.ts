import { type Kysely, sql } from 'kysely';
import type { MemberDocument } from '../contract/documents.js';
import { isRecordId } from '../contract/ids.js';
import type { BlobStore } from './blob-store.js';
import type { CoreDatabase, DocumentAudience } from './schema.js';
import { type AnyDatabase, coreOf } from './section-database.js';

export interface PublishDocument {
  category: string;
  title: string;
  audience: DocumentAudience;
  memberId?: string;
  employerId?: string;
  file: { fileName: string; contentType: string; data: Uint8Array };
  publishedAt?: Date;
}

/**
 * Documents published to members (SPEC B1–B3, H4). Every query filters by the member in SQL: a
 * document id alone never gives access (ARCHITECTURE: member-scoped queries).
 */
export class DocumentService {
  constructor(
    private readonly db: Kysely<CoreDatabase>,
    private readonly blobs: BlobStore,
  ) {}

  private visibleTo(memberId: string, given: AnyDatabase = this.db) {
    return coreOf(given)
      .selectFrom('core.documents as d')
      .innerJoin('core.files as f', 'f.id', 'd.file_id')
      .leftJoin('core.employers as e', 'e.id', 'd.employer_id')
      .leftJoin('core.document_reads as r', (join) =>
        join.onRef('r.document_id', '=', 'd.id').on('r.member_id', '=', memberId),
      )
      .where((eb) =>
        eb.or([
          eb.and([eb('d.audience', '=', 'member'), eb('d.member_id', '=', memberId)]),
          eb.and([
            eb('d.audience', '=', 'employer'),
            eb(
              'd.employer_id',
              'in',
              eb.selectFrom('core.memberships').select('employer_id').where('member_id', '=', memberId),
            ),
          ]),
          eb('d.audience', '=', 'all'),
        ]),
      );
  }

  async list(memberId: string, category: string, limit = 200): Promise<MemberDocument[]> {
    const rows = await this.visibleTo(memberId)
      .select([
        'd.id',
        'd.title',
        'd.published_at',
        'e.name as employer',
        'f.file_name',
        'f.size_bytes',
        sql<boolean>`r.document_id IS NULL`.as('unread'),
      ])
      .where('d.category', '=', category)
      .orderBy('d.published_at', 'desc')
      .orderBy('d.id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      employer: r.employer,
      title: r.title,
      fileName: r.file_name,
      sizeBytes: r.size_bytes,
      publishedAt: new Date(r.published_at).toISOString(),
      unread: r.unread,
      downloadUrl: `/api/documents/${r.id}`,
    }));
  }

  /** Unread documents per category, for the menu's counts (SPEC A5). */
  async unreadCounts(memberId: string): Promise<Map<string, number>> {
    const rows = await this.visibleTo(memberId)
      .select(['d.category', sql<number>`count(*)::int`.as('unread')])
      .where('r.document_id', 'is', null)
      .groupBy('d.category')
      .execute();
    return new Map(rows.map((r) => [r.category, r.unread]));
  }

  async findFile(memberId: string, documentId: string, given: AnyDatabase = this.db) {
    if (!isRecordId(documentId)) return undefined;
    return this.visibleTo(memberId, given)
      .select([
        'd.id',
        'd.title',
        'd.category',
        'f.storage_key',
        'f.file_name',
        'f.content_type',
        'f.size_bytes',
        'f.sha256',
      ])
      .where('d.id', '=', documentId)
      .executeTakeFirst();
  }

  /** Marks read; false when the member may not see that document. */
  async markRead(memberId: string, documentId: string, given: AnyDatabase = this.db): Promise<boolean> {
    // In the caller's transaction: on the embedded database (one connection) a read outside it
    // would wait for the transaction, which waits for it.
    if (!(await this.findFile(memberId, documentId, given))) return false;
    await coreOf(given)
      .insertInto('core.document_reads')
      .values({ document_id: documentId, member_id: memberId })
      .onConflict((oc) => oc.columns(['member_id', 'document_id']).doNothing())
      .execute();
    return true;
  }

  /** An employer's documents of a category, for someone who is not a member yet (B4 kit d'adhésion). */
  async listForEmployer(employerId: string, category: string) {
    const rows = await this.db
      .selectFrom('core.documents as d')
      .innerJoin('core.files as f', 'f.id', 'd.file_id')
      .select(['d.id', 'd.title', 'f.file_name', 'f.size_bytes', 'd.published_at'])
      .where('d.category', '=', category)
      .where((eb) =>
        eb.or([
          eb.and([eb('d.audience', '=', 'employer'), eb('d.employer_id', '=', employerId)]),
          eb('d.audience', '=', 'all'),
        ]),
      )
      .orderBy('d.published_at', 'desc')
      .orderBy('d.id')
      .limit(100)
      .execute();
    return rows.map((r) => ({ id: r.id, title: r.title, fileName: r.file_name, sizeBytes: r.size_bytes }));
  }

  async findEmployerFile(employerId: string, category: string, documentId: string) {
    if (!isRecordId(documentId)) return undefined;
    return this.db
      .selectFrom('core.documents as d')
      .innerJoin('core.files as f', 'f.id', 'd.file_id')
      .select(['d.id', 'd.title', 'f.storage_key', 'f.file_name', 'f.content_type', 'f.size_bytes'])
      .where('d.id', '=', documentId)
      .where('d.category', '=', category)
      .where((eb) =>
        eb.or([
          eb.and([eb('d.audience', '=', 'employer'), eb('d.employer_id', '=', employerId)]),
          eb('d.audience', '=', 'all'),
        ]),
      )
      .executeTakeFirst();
  }

  async publish(input: PublishDocument): Promise<string> {
    const file = await this.blobs.save(input.file);
    const row = await this.db
      .insertInto('core.documents')
      .values({
        category: input.category,
        title: input.title,
        file_id: file.id,
        audience: input.audience,
        member_id: input.memberId ?? null,
        employer_id: input.employerId ?? null,
        ...(input.publishedAt ? { published_at: input.publishedAt } : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
}
