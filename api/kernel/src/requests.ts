import { msg, str } from '@lit/localize';
import { type Kysely, sql } from 'kysely';
import { localized, localizedLabel } from '../contract/i18n.js';
import { isRecordId } from '../contract/ids.js';
import { businessDaysLate } from '../contract/processing.js';
import { type MemberRequest, REQUEST_STATUS_LABELS, type RequestStatus } from '../contract/requests.js';
import type { AuditLog } from './audit.js';
import { greeting } from './french.js';
import { withLocale } from './i18n.js';
import { claimIdempotencyKey } from './idempotency.js';
import { jsonb } from './json.js';
import type { LiveEvents } from './live-events.js';
import { memberLocale } from './member-locale.js';
import type { Outbox } from './outbox.js';
import { ProblemError } from './problem.js';
import { franceToday, ProcessingEstimates } from './processing-estimates.js';
import type { CoreDatabase } from './schema.js';
import { type AnyDatabase, type AnyTransaction, coreOf } from './section-database.js';

export interface NewRequest {
  memberId: string;
  section: string;
  kind: string;
  label: string;
  payload?: Record<string, unknown>;
  fileIds?: string[];
  /** The audit row of its creation (SPEC H7): the member did `action`, with `after` if any. */
  audit: { action: string; after?: unknown; ip?: string | null };
}

export interface RequestRecord {
  id: string;
  memberId: string;
  section: string;
  kind: string;
  payload: Record<string, unknown>;
  status: RequestStatus;
}

/** Where the member follows their requests (Contact › Suivi, SPEC E4): live events link there. */
const SUIVI_PATH = '/contact/suivi';
/** The lines a manager reads about what a request asks (the new address, IBAN…). */
export type RequestDescriber = (payload: Record<string, unknown>) => string[];

/** What an acceptance did, for the member's e-mail: `memberText` (e.g. the new card's validity) follows "a été prise en compte.". */
export interface AcceptOutcome {
  memberText?: string;
}

/** What the owning section does when a manager accepts (SPEC H2): runs in the decision's transaction. */
export type AcceptHook = (
  trx: AnyTransaction,
  request: RequestRecord,
) => Promise<void> | Promise<AcceptOutcome | undefined>;

/** What the member's file holds now of what a request changes, in French lines (the current address…). */
export type CurrentReader = (memberId: string) => Promise<string[]>;

/** The history note of a request the member withdrew. */
const WITHDRAWN_NOTE = "Annulée par l'adhérent"; // i18n-ignore: stored as written

/**
 * The requests workflow (DIT): one table for every member request, whatever section owns it, with
 * its history; a section registers a hook that applies the effect on acceptance.
 */
export class RequestWorkflow {
  private readonly hooks = new Map<string, AcceptHook>();
  private readonly describers = new Map<string, RequestDescriber>();
  private readonly currentReaders = new Map<string, CurrentReader>();
  /** P1: how long each kind of request takes, measured on the decisions of the last 90 days. */
  readonly estimates: ProcessingEstimates;

  constructor(
    private readonly db: Kysely<CoreDatabase>,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    private readonly liveEvents?: LiveEvents,
  ) {
    this.estimates = new ProcessingEstimates(db);
  }

  onAccept(section: string, kind: string, hook: AcceptHook): void {
    this.hooks.set(`${section}/${kind}`, hook);
  }

  /** How the owning section shows what a request of this kind asks, to the manager (H1). */
  describeWith(section: string, kind: string, describer: RequestDescriber): void {
    this.describers.set(`${section}/${kind}`, describer);
  }

  describe(record: Pick<RequestRecord, 'section' | 'kind' | 'payload'>): string[] {
    return this.describers.get(`${record.section}/${record.kind}`)?.(record.payload) ?? [];
  }

  /** How the owning section reads what the member's file holds now, beside a request of this kind (H1). */
  currentWith(section: string, kind: string, reader: CurrentReader): void {
    this.currentReaders.set(`${section}/${kind}`, reader);
  }

  /** The member's current values that a request would change, or [] for a kind that changes none. */
  async current(record: Pick<RequestRecord, 'section' | 'kind' | 'memberId'>): Promise<string[]> {
    return (await this.currentReaders.get(`${record.section}/${record.kind}`)?.(record.memberId)) ?? [];
  }

  /**
   * A member's new request with its first history event, its files and its audit row — in `trx`,
   * the transaction of whatever else the request stands for: all of it commits, or none (a crash
   * never leaves a request without its history). The idempotency key of the member's action, if
   * any, is claimed in the same transaction (`idempotency.ts`).
   */
  async create(trx: AnyTransaction, input: NewRequest): Promise<string> {
    const db = coreOf(trx);
    // P1: the day it should be processed by, kept with it (Suivi shows what the confirmation said).
    const estimatedOn = await this.estimates.estimate(input.section, input.kind, new Date(), trx);
    const row = await db
      .insertInto('core.requests')
      .values({
        member_id: input.memberId,
        section: input.section,
        kind: input.kind,
        label: input.label,
        payload: jsonb(input.payload ?? {}),
        estimated_on: estimatedOn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('core.request_events')
      .values({
        request_id: row.id,
        status: 'pending',
        actor_kind: 'member',
        actor_id: input.memberId,
        note: null,
      })
      .execute();
    const fileIds = input.fileIds ?? [];
    if (fileIds.length > 0) {
      await db
        .insertInto('core.request_attachments')
        .values(fileIds.map((fileId, position) => ({ request_id: row.id, file_id: fileId, position })))
        .execute();
    }
    await this.audit.record(
      {
        actorKind: 'member',
        actorId: input.memberId,
        action: input.audit.action,
        targetKind: 'request',
        targetId: row.id,
        ...(input.audit.after === undefined ? {} : { after: input.audit.after }),
        ip: input.audit.ip ?? null,
      },
      trx,
    );
    await claimIdempotencyKey(trx, input.memberId, row.id);
    return row.id;
  }

  /** One request of the workflow by id (a section's back-office part reads its own kinds), or undefined. */
  async record(requestId: string, given: AnyDatabase = this.db): Promise<RequestRecord | undefined> {
    if (!isRecordId(requestId)) return undefined;
    const row = await coreOf(given)
      .selectFrom('core.requests')
      .select(['id', 'member_id', 'section', 'kind', 'payload', 'status'])
      .where('id', '=', requestId)
      .executeTakeFirst();
    return row
      ? {
          id: row.id,
          memberId: row.member_id,
          section: row.section,
          kind: row.kind,
          payload: row.payload,
          status: row.status,
        }
      : undefined;
  }

  /** P1: the estimated processing day of a request (`AAAA-MM-JJ`), read in `given` (e.g. its creation's transaction). */
  async estimatedAt(requestId: string, given: AnyDatabase = this.db): Promise<string | null> {
    const row = await coreOf(given)
      .selectFrom('core.requests')
      .select(sql<string | null>`estimated_on::text`.as('estimated_on'))
      .where('id', '=', requestId)
      .executeTakeFirst();
    return row?.estimated_on ?? null;
  }

  /**
   * A member's requests as their section reads them (its checks: "one pending change of a kind",
   * "a document of that nature sent since"), newest first: kind, label, status, payload, date.
   */
  async records(
    filter: {
      memberId: string;
      section: string;
      kind?: string;
      status?: RequestStatus;
      notStatus?: RequestStatus;
      since?: Date;
      /** Payload entries the request must hold, e.g. `{ nature: 'certificat-de-scolarite' }`. */
      payload?: Record<string, string>;
    },
    given: AnyDatabase = this.db,
  ): Promise<(RequestRecord & { label: string; createdAt: Date; estimatedAt: string | null })[]> {
    let query = coreOf(given)
      .selectFrom('core.requests')
      .select(['id', 'member_id', 'section', 'kind', 'label', 'status', 'payload', 'created_at'])
      .select(sql<string | null>`estimated_on::text`.as('estimated_on'))
      .where('member_id', '=', filter.memberId)
      .where('section', '=', filter.section)
      .orderBy('created_at', 'desc')
      .orderBy('id');
    if (filter.kind) query = query.where('kind', '=', filter.kind);
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.notStatus) query = query.where('status', '!=', filter.notStatus);
    if (filter.since) query = query.where('created_at', '>=', filter.since);
    for (const [key, value] of Object.entries(filter.payload ?? {})) {
      query = query.where(sql<string>`payload->>${key}`, '=', value);
    }
    const rows = await query.execute();
    return rows.map((r) => ({
      id: r.id,
      memberId: r.member_id,
      section: r.section,
      kind: r.kind,
      label: r.label,
      status: r.status,
      payload: r.payload,
      createdAt: new Date(r.created_at),
      estimatedAt: r.estimated_on,
    }));
  }

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
      .select(sql<string | null>`estimated_on::text`.as('estimated_on_day'))
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
    const attachments = await this.db
      .selectFrom('core.request_attachments as a')
      .innerJoin('core.files as f', 'f.id', 'a.file_id')
      .select(['a.request_id', 'f.id', 'f.file_name', 'f.size_bytes'])
      .where(
        'a.request_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('a.position')
      .execute();
    const today = franceToday();
    return rows.map((r) => ({
      id: r.id,
      section: r.section,
      kind: r.kind,
      // SPEC P6: in the language of the answer, through the catalogs (a label is stored in French by
      // the section that made it; one no catalog has stays French).
      label: localizedLabel(r.label),
      status: r.status,
      statusLabel: localized(REQUEST_STATUS_LABELS[r.status]),
      estimatedAt: r.estimated_on_day,
      late: r.status === 'pending' && businessDaysLate(r.estimated_on_day, today) > 0,
      refusalReason: r.refusal_reason,
      memberText: typeof r.payload.text === 'string' ? r.payload.text : null,
      answer: r.answer,
      answeredAt: r.answered_at ? new Date(r.answered_at).toISOString() : null,
      createdAt: new Date(r.created_at).toISOString(),
      updatedAt: new Date(r.updated_at).toISOString(),
      history: events
        .filter((e) => e.request_id === r.id)
        .map((e) => ({ at: new Date(e.at).toISOString(), status: e.status as RequestStatus, note: e.note })),
      attachments: attachments
        .filter((a) => a.request_id === r.id)
        .map((a) => ({
          id: a.id,
          fileName: a.file_name,
          sizeBytes: a.size_bytes,
          downloadUrl: `/api/demandes/${r.id}/fichiers/${a.id}`,
        })),
    }));
  }

  /** A file of one of the member's requests, or undefined (not theirs, not found). */
  async findAttachment(memberId: string, requestId: string, fileId: string) {
    if (!isRecordId(requestId) || !isRecordId(fileId)) return undefined;
    return this.db
      .selectFrom('core.request_attachments as a')
      .innerJoin('core.requests as r', 'r.id', 'a.request_id')
      .innerJoin('core.files as f', 'f.id', 'a.file_id')
      .select(['f.id', 'f.storage_key', 'f.file_name', 'f.content_type', 'f.size_bytes'])
      .where('a.request_id', '=', requestId)
      .where('a.file_id', '=', fileId)
      .where('r.member_id', '=', memberId)
      .executeTakeFirst();
  }

  /** "Ne plus afficher" (SPEC E4): hides a closed request from the member's Suivi; kept in the database. */
  async hide(memberId: string, requestId: string): Promise<void> {
    const row = isRecordId(requestId)
      ? await this.db
          .selectFrom('core.requests')
          .select(['id', 'status'])
          .where('id', '=', requestId)
          .where('member_id', '=', memberId)
          .executeTakeFirst()
      : undefined;
    if (!row)
      throw new ProblemError(404, "Cette demande n'existe pas ou ne vous concerne pas.", {
        code: 'not-found',
      });
    if (row.status === 'pending') {
      throw new ProblemError(409, "Une demande en cours de traitement reste affichée jusqu'à sa réponse.", {
        code: 'request-open',
      });
    }
    await this.db
      .updateTable('core.requests')
      .set({ hidden_by_member: true })
      .where('id', '=', row.id)
      .execute();
  }

  /**
   * The member withdraws their own request while it is still pending (SPEC D2: a change cancelled):
   * status `withdrawn`, a history event and an audit row, in one transaction; nothing is applied
   * and no manager can decide it any more. A request of another member or section is 404, a
   * request already decided (or withdrawn) 409.
   */
  async withdraw(input: {
    memberId: string;
    requestId: string;
    section: string;
    ip?: string | null;
  }): Promise<void> {
    const notFound = () =>
      new ProblemError(404, "Cette demande n'existe pas ou ne vous concerne pas.", { code: 'not-found' });
    if (!isRecordId(input.requestId)) throw notFound();
    await this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('core.requests')
        .select(['id', 'status', 'label'])
        .where('id', '=', input.requestId)
        .where('member_id', '=', input.memberId)
        .where('section', '=', input.section)
        .forUpdate()
        .executeTakeFirst();
      if (!row) throw notFound();
      if (row.status !== 'pending') {
        throw new ProblemError(409, 'Cette demande a déjà été traitée : elle ne peut plus être annulée.', {
          code: 'already-decided',
        });
      }
      await trx
        .updateTable('core.requests')
        .set({ status: 'withdrawn', updated_at: sql`now()` })
        .where('id', '=', row.id)
        .execute();
      await trx
        .insertInto('core.request_events')
        .values({
          request_id: row.id,
          status: 'withdrawn',
          note: WITHDRAWN_NOTE,
          actor_kind: 'member',
          actor_id: input.memberId,
        })
        .execute();
      await this.audit.record(
        {
          actorKind: 'member',
          actorId: input.memberId,
          action: 'demande.annulation',
          targetKind: 'request',
          targetId: row.id,
          before: { status: 'pending', demande: row.label },
          after: { status: 'withdrawn' },
          ip: input.ip ?? null,
        },
        trx,
      );
    });
  }

  /**
   * Answers a message or question (SPEC H3): the request is "pris en compte", the answer kept, and the
   * member told by a no-reply e-mail through the outbox, in one transaction.
   */
  async answer(input: { requestId: string; managerId: string; text: string }): Promise<void> {
    const text = input.text.trim();
    if (!text) {
      // i18n-ignore: the managers' (French-speaking staff)
      throw new ProblemError(400, 'Saisissez la réponse.', {
        // i18n-ignore
        errors: [{ field: 'answer', detail: 'Saisissez la réponse.' }],
      });
    }
    await this.db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('core.requests')
        .set({
          status: 'accepted',
          answer: text,
          answered_at: sql`now()`,
          decided_by: input.managerId,
          decided_at: sql`now()`,
          updated_at: sql`now()`,
        })
        .where('id', '=', input.requestId)
        .where('status', '=', 'pending')
        .returning(['id', 'member_id', 'label'])
        .executeTakeFirst();
      if (!row) throw new ProblemError(409, 'Cette demande a déjà été traitée.', { code: 'already-decided' });
      await trx
        .insertInto('core.request_events')
        .values({
          request_id: row.id,
          status: 'accepted',
          note: 'Réponse envoyée', // i18n-ignore: stored as written
          actor_kind: 'manager',
          actor_id: input.managerId,
        })
        .execute();
      const member = await trx
        .selectFrom('core.members')
        .select(['email', 'civility', 'first_name', 'last_name', 'locale'])
        .where('id', '=', row.member_id)
        .executeTakeFirstOrThrow();
      // SPEC P6: the member's language, not the manager's nor the request's.
      const inTheirs = <T>(write: () => T): T => withLocale(member.locale, write);
      if (member.email) {
        const to = member.email;
        await inTheirs(() => {
          const label = localized(row.label);
          return this.outbox.enqueueEmail(
            {
              to,
              subject: msg(str`Portail Adhérent : réponse à votre demande « ${label} »`),
              text: [
                greeting({
                  civility: member.civility,
                  firstName: member.first_name,
                  lastName: member.last_name,
                }),
                msg(str`Nos services ont répondu à votre demande « ${label} » :`),
                text,
                `${msg('Retrouvez cette réponse dans « Suivi », rubrique Contact, du Portail Adhérent.')}\n${msg('Ce message est envoyé automatiquement : merci de ne pas y répondre.')}`,
              ].join('\n\n'),
            },
            trx,
          );
        });
      }
      await this.audit.record(
        {
          actorKind: 'manager',
          actorId: input.managerId,
          action: 'demande.reponse',
          targetKind: 'request',
          targetId: row.id,
          before: { status: 'pending' },
          after: { status: 'accepted', answer: text },
        },
        trx,
      );
      // SPEC P2: the member's open pages show it at once (on commit).
      await this.liveEvents?.publish(trx, row.member_id, {
        type: 'answer',
        title: inTheirs(() => {
          const label = localized(row.label);
          return msg(str`Nos services ont répondu à votre demande « ${label} ».`);
        }),
        href: SUIVI_PATH,
      });
    });
  }

  /**
   * Accepts or refuses a pending request once (SPEC H2): a second decision gets 409. Acceptance runs
   * the owning section's hook in the same transaction.
   */
  async decide(input: {
    requestId: string;
    managerId: string;
    decision: 'accepted' | 'refused';
    reason?: string;
  }): Promise<RequestRecord> {
    if (input.decision === 'refused' && !input.reason?.trim()) {
      // i18n-ignore: the managers' (French-speaking staff)
      throw new ProblemError(400, 'Indiquez le motif du refus.', {
        // i18n-ignore
        errors: [{ field: 'reason', detail: 'Indiquez le motif du refus.' }],
      });
    }
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('core.requests')
        .set({
          status: input.decision,
          refusal_reason: input.decision === 'refused' ? (input.reason?.trim() ?? null) : null,
          decided_by: input.managerId,
          decided_at: sql`now()`,
          updated_at: sql`now()`,
        })
        .where('id', '=', input.requestId)
        .where('status', '=', 'pending')
        .returning(['id', 'member_id', 'section', 'kind', 'payload', 'status', 'label'])
        .executeTakeFirst();
      if (!row) {
        throw new ProblemError(409, 'Cette demande a déjà été traitée.', { code: 'already-decided' });
      }
      await trx
        .insertInto('core.request_events')
        .values({
          request_id: row.id,
          status: input.decision,
          note: input.decision === 'refused' ? (input.reason?.trim() ?? null) : null,
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
      // SPEC P6: what the hook writes for the member (a text, a PDF) in the member's language.
      const locale = await memberLocale(trx, row.member_id);
      const hook = this.hooks.get(`${row.section}/${row.kind}`);
      const outcome =
        input.decision === 'accepted' && hook ? await withLocale(locale, () => hook(trx, record)) : undefined;
      await this.audit.record(
        {
          actorKind: 'manager',
          actorId: input.managerId,
          action: input.decision === 'refused' ? 'demande.refus' : 'demande.acceptation',
          targetKind: 'request',
          targetId: row.id,
          before: { status: 'pending', demande: this.describe(record) },
          after: { status: input.decision, ...(input.reason ? { motif: input.reason.trim() } : {}) },
        },
        trx,
      );
      await withLocale(locale, () =>
        this.tellMember(
          trx,
          row.member_id,
          row.label,
          input.decision,
          input.reason?.trim(),
          outcome?.memberText,
        ),
      );
      await this.liveEvents?.publish(trx, row.member_id, {
        type: 'decision',
        title: withLocale(locale, () => {
          const label = localized(row.label);
          return input.decision === 'refused'
            ? msg(str`Votre demande « ${label} » a été refusée.`)
            : msg(str`Votre demande « ${label} » a été prise en compte.`);
        }),
        href: SUIVI_PATH,
      });
      return record;
    });
  }

  /**
   * The member's e-mail about a decision (SPEC H2), sent through the outbox with the decision; in the
   * language being written in (the member's: the caller's `withLocale`).
   */
  private async tellMember(
    trx: Kysely<CoreDatabase>,
    memberId: string,
    label: string,
    decision: 'accepted' | 'refused',
    reason: string | undefined,
    accepted: string | undefined,
  ): Promise<void> {
    const member = await trx
      .selectFrom('core.members')
      .select(['email', 'civility', 'first_name', 'last_name'])
      .where('id', '=', memberId)
      .executeTakeFirstOrThrow();
    if (!member.email) return;
    const shown = localized(label);
    const outcome =
      decision === 'refused'
        ? `${msg(str`Votre demande « ${shown} » n'a pas pu être prise en compte, pour le motif suivant :`)}\n\n${reason}`
        : `${msg(str`Votre demande « ${shown} » a été prise en compte.`)}${accepted ? `\n\n${accepted}` : ''}`;
    await this.outbox.enqueueEmail(
      {
        to: member.email,
        subject:
          decision === 'refused'
            ? msg(str`Portail Adhérent : votre demande « ${shown} » a été refusée`)
            : msg(str`Portail Adhérent : votre demande « ${shown} » a été prise en compte`),
        text: [
          greeting({ civility: member.civility, firstName: member.first_name, lastName: member.last_name }),
          outcome,
          `${msg('Retrouvez son suivi dans « Suivi », rubrique Contact, du Portail Adhérent.')}\n${msg('Ce message est envoyé automatiquement : merci de ne pas y répondre.')}`,
        ].join('\n\n'),
      },
      trx,
    );
  }
}
