import { type Kysely, sql } from 'kysely';
import { jsonb } from './json.js';
import type { Logger } from './logger.js';
import type { CoreDatabase } from './schema.js';
import type { AnyDatabase } from './section-database.js';
import type { SessionChange } from './session-cache.js';

/** The channel on which a committed live event reaches every process of the portal (SPEC P2). */
export const LIVE_EVENTS_CHANNEL = 'portail_live_events';

/** What happened, for the browser: the toast's French title, where to read it, and the counts it changes. */
export interface LiveEvent {
  type: 'decision' | 'answer' | 'document' | 'payment' | 'export-ready' | (string & {});
  /** The toast's text, in French (« Votre demande « … » a été prise en compte »). */
  title: string;
  /** The page to read it on (a path of the portal, `/suivi`…). */
  href?: string;
  /** A hint of the unread counts it changes (`{ documents: 1 }`); the browser reloads them anyway. */
  unread?: Record<string, number>;
}

/** A live event as a stream sends it: with its id (monotonic, `Last-Event-ID` on reconnection). */
export interface DeliveredLiveEvent extends LiveEvent {
  id: string;
}

/** Events a reconnecting stream may still be given (`Last-Event-ID`): the table keeps them this long. */
export const LIVE_EVENTS_RETENTION_MS = 10 * 60_000;
/** At most this many missed events are replayed on a reconnection. */
const REPLAY_LIMIT = 50;
/** A comment every 25 s keeps proxies (nginx: 60 s) and the browser from thinking the stream dead. */
const HEARTBEAT_MS = 25_000;
/** How soon the browser reconnects after a cut. */
const RETRY_MS = 3_000;

const encoder = new TextEncoder();
const HEARTBEAT = encoder.encode(': \n\n');

interface LiveStream {
  memberId: string;
  sessionId: string;
  /** Events come in while the missed ones are read: kept here, sent after them. */
  pending: DeliveredLiveEvent[] | null;
  /** Ids sent by the replay: an event both replayed and notified goes once. */
  replayed: Set<string>;
  timer: NodeJS.Timeout | null;
  controller: ReadableStreamDefaultController<Uint8Array>;
  ended: boolean;
}

function frame(event: DeliveredLiveEvent): Uint8Array {
  return encoder.encode(`id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`);
}

/** The event as stored and notified: French title and path kept short (NOTIFY's payload ≤ 8 kB). */
function cleaned(event: LiveEvent): LiveEvent {
  const title = String(event.title).trim().slice(0, 300);
  if (!title) throw new Error('a live event needs a title');
  const href =
    typeof event.href === 'string' && /^\/(?!\/)/.test(event.href) ? event.href.slice(0, 300) : undefined;
  const unread =
    event.unread &&
    Object.fromEntries(
      Object.entries(event.unread)
        .filter(([, count]) => Number.isInteger(count))
        .slice(0, 20),
    );
  return {
    type: String(event.type).slice(0, 40),
    title,
    ...(href ? { href } : {}),
    ...(unread ? { unread } : {}),
  };
}

/**
 * SPEC P2 live updates. A writer publishes in its own transaction (`publish`): the event is kept in
 * `core.live_events` (a few minutes, for reconnections) and NOTIFY'd on `LIVE_EVENTS_CHANNEL`, which
 * PostgreSQL delivers on commit only, to every process; each process sends it to the streams its
 * member has open there (`GET /api/evenements`, Server-Sent Events). A stream ends when its session
 * does (logout, revocation: the session changes' NOTIFY; idle or end of life: a timer).
 */
export class LiveEvents {
  readonly #streams = new Map<string, Set<LiveStream>>();
  #count = 0;
  #heartbeat: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Kysely<CoreDatabase>,
    private readonly sessionIdleMinutes: number,
    private readonly logger: Logger,
    private readonly heartbeatMs = HEARTBEAT_MS,
  ) {}

  /**
   * Tells the member's open pages of `event` when `trx` commits (never if it rolls back). Call it
   * with the writer's transaction, after its writes.
   */
  async publish(trx: AnyDatabase, memberId: string, event: LiveEvent): Promise<void> {
    await sql`
      WITH e AS (
        INSERT INTO core.live_events (member_id, event) VALUES (${memberId}, ${jsonb(cleaned(event))})
        RETURNING id, member_id, event
      )
      SELECT pg_notify(${LIVE_EVENTS_CHANNEL},
        json_build_object('id', id::text, 'memberId', member_id, 'event', event)::text)
      FROM e`.execute(trx);
  }

  /** Streams open in this process. */
  get openStreams(): number {
    return this.#count;
  }

  /** A NOTIFY of `LIVE_EVENTS_CHANNEL`: to this member's streams here. */
  receive(payload: string): void {
    let notice: { id?: unknown; memberId?: unknown; event?: unknown };
    try {
      notice = JSON.parse(payload);
    } catch {
      return;
    }
    if (typeof notice.id !== 'string' || typeof notice.memberId !== 'string') return;
    const streams = this.#streams.get(notice.memberId);
    if (!streams) return;
    const event = { ...(notice.event as LiveEvent), id: notice.id };
    for (const stream of streams) this.#deliver(stream, event);
  }

  #deliver(stream: LiveStream, event: DeliveredLiveEvent): void {
    if (stream.ended) return;
    if (stream.pending) {
      stream.pending.push(event);
      return;
    }
    if (stream.replayed.has(event.id)) return;
    this.#write(stream, frame(event));
  }

  #write(stream: LiveStream, bytes: Uint8Array): void {
    try {
      stream.controller.enqueue(bytes);
    } catch {
      this.#end(stream);
    }
  }

  /** A session changed (SESSION_CHANGES_CHANNEL): its streams end if it did. */
  sessionChanged(change: SessionChange): void {
    const affected: LiveStream[] = [];
    if ('memberId' in change) affected.push(...(this.#streams.get(change.memberId) ?? []));
    else
      for (const streams of this.#streams.values())
        for (const stream of streams)
          if ('all' in change || stream.sessionId === change.sessionId) affected.push(stream);
    if (affected.length > 0) void this.#checkSessions(affected);
  }

  /** Ends the streams whose session is over; the others are checked again when theirs may be. */
  async #checkSessions(streams: LiveStream[]): Promise<void> {
    const ids = [...new Set(streams.map((s) => s.sessionId))];
    let left: Map<string, number>;
    try {
      left = await this.#timeLeft(ids);
    } catch (error) {
      this.logger.warn({ err: String(error) }, 'live streams: session check failed');
      for (const stream of streams) this.#schedule(stream, 30_000);
      return;
    }
    for (const stream of streams) {
      const ms = left.get(stream.sessionId) ?? 0;
      if (ms <= 0) this.#end(stream, 'session-end');
      else this.#schedule(stream, ms + 1_000);
    }
  }

  /** What each session has left (ms): to its idle limit or its end, 0 when revoked or gone. */
  async #timeLeft(sessionIds: string[]): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('core.sessions')
      .select(['id', 'revoked_at', 'expires_at', 'last_seen_at'])
      .where('id', 'in', sessionIds)
      .execute();
    const now = Date.now();
    const idleMs = this.sessionIdleMinutes * 60_000;
    return new Map(
      rows.map((row) => [
        row.id,
        row.revoked_at
          ? 0
          : Math.min(new Date(row.expires_at).getTime(), new Date(row.last_seen_at).getTime() + idleMs) - now,
      ]),
    );
  }

  #schedule(stream: LiveStream, ms: number): void {
    if (stream.ended) return;
    if (stream.timer) clearTimeout(stream.timer);
    // (setTimeout takes at most ~24.8 days.)
    stream.timer = setTimeout(() => void this.#checkSessions([stream]), Math.min(ms, 2 ** 31 - 1));
    stream.timer.unref();
  }

  /**
   * The member's stream for this session: missed events first (those after `lastEventId`, when the
   * browser reconnects), then each event as it is committed, and a comment every 25 s.
   */
  open(memberId: string, sessionId: string, lastEventId: string | undefined): Response {
    const after = lastEventId && /^\d{1,18}$/.test(lastEventId) ? lastEventId : null;
    let stream: LiveStream | undefined;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        stream = {
          memberId,
          sessionId,
          pending: [],
          replayed: new Set(),
          timer: null,
          controller,
          ended: false,
        };
        this.#add(stream);
        controller.enqueue(encoder.encode(`retry: ${RETRY_MS}\n\n`));
        void this.#start(stream, after);
      },
      cancel: () => {
        if (stream) this.#end(stream);
      },
    });
    return new Response(body, {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        // nginx passes it on as it is written (deploy/nginx.conf also says so for every location).
        'X-Accel-Buffering': 'no',
      },
    });
  }

  async #start(stream: LiveStream, after: string | null): Promise<void> {
    try {
      const [missed, cursor] = await Promise.all([
        after ? this.#missed(stream.memberId, after) : Promise.resolve([]),
        after ? Promise.resolve(null) : this.#cursor(),
      ]);
      if (stream.ended) return;
      for (const event of missed) {
        stream.replayed.add(event.id);
        this.#write(stream, frame(event));
      }
      // A first connection: its starting point, so that a reconnection gets what came meanwhile.
      if (cursor !== null) this.#write(stream, encoder.encode(`id: ${cursor}\n\n`));
      const pending = stream.pending ?? [];
      stream.pending = null;
      for (const event of pending) this.#deliver(stream, event);
      await this.#checkSessions([stream]);
    } catch (error) {
      this.logger.warn({ err: String(error) }, 'live stream: start failed');
      this.#end(stream, 'restart');
    }
  }

  async #missed(memberId: string, after: string): Promise<DeliveredLiveEvent[]> {
    const rows = await this.db
      .selectFrom('core.live_events')
      .select(['id', 'event'])
      .where('member_id', '=', memberId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(REPLAY_LIMIT)
      .execute();
    return rows.map((row) => ({ ...(row.event as LiveEvent), id: String(row.id) }));
  }

  async #cursor(): Promise<string> {
    const row = await this.db
      .selectFrom('core.live_events')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    return String(row?.id ?? 0);
  }

  #add(stream: LiveStream): void {
    let streams = this.#streams.get(stream.memberId);
    if (!streams) {
      streams = new Set();
      this.#streams.set(stream.memberId, streams);
    }
    streams.add(stream);
    this.#count++;
    if (!this.#heartbeat) {
      this.#heartbeat = setInterval(() => this.#beat(), this.heartbeatMs);
      this.#heartbeat.unref();
    }
  }

  #beat(): void {
    for (const streams of this.#streams.values())
      for (const stream of streams) this.#write(stream, HEARTBEAT);
  }

  /**
   * Ends a stream. `closing`: the server ends it — `'session-end'`, the session is over and the
   * browser should not come back; `'restart'`, this process stops or failed, the browser reconnects.
   */
  #end(stream: LiveStream, closing?: 'session-end' | 'restart'): void {
    if (stream.ended) return;
    stream.ended = true;
    if (stream.timer) clearTimeout(stream.timer);
    const streams = this.#streams.get(stream.memberId);
    streams?.delete(stream);
    if (streams?.size === 0) this.#streams.delete(stream.memberId);
    this.#count--;
    if (this.#count === 0 && this.#heartbeat) {
      clearInterval(this.#heartbeat);
      this.#heartbeat = null;
    }
    if (closing) {
      try {
        // The shell closes its EventSource on this event (a reconnection would only get a 401).
        if (closing === 'session-end')
          stream.controller.enqueue(encoder.encode('event: session-end\ndata: {}\n\n'));
        stream.controller.close();
      } catch {
        // Already closed by the browser.
      }
    }
  }

  /** Ends every stream (the process stops). */
  closeAll(): void {
    for (const streams of [...this.#streams.values()])
      for (const stream of [...streams]) this.#end(stream, 'restart');
  }

  /** Forgets the events older than the retention (the host's maintenance). */
  async purge(olderThanMs = LIVE_EVENTS_RETENTION_MS): Promise<number> {
    const result = await this.db
      .deleteFrom('core.live_events')
      .where('created_at', '<', new Date(Date.now() - olderThanMs))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
