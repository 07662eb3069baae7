import type { SessionIdle } from '@portail/kernel/contract';
import { ApiError, api, lastApiRequestAt } from '@portail/runtime';

/** The warning comes this long before the idle limit (a third of the limit when that is shorter). */
const WARNING_MS = 120_000;
/** Typing keeps the session alive at most once a minute (half the limit when that is shorter). */
const KEEPALIVE_EVERY_MS = 60_000;
/** The tabs of the portal tell each other of a session kept alive. */
const CHANNEL = 'portail:session';
const ACTIVITY_EVENTS = ['keydown', 'input', 'pointerdown'] as const;

export interface IdleHandlers {
  /** The session ends at `deadline` (ms since the epoch) unless the member stays: warn them. */
  warn(deadline: number): void;
  /** No warning any longer: the session was kept alive (here, or in another tab). */
  calm(): void;
  /** The session is over on the server (its cookie cleared). */
  expired(): void;
}

/** The time left (ms) that the server gives, without restarting the clock; null when unreachable. */
async function serverTimeLeft(): Promise<number | null> {
  try {
    // Not through `api`: this question does not restart the idle clock, nor may it count as a call.
    const response = await fetch('/api/auth/session/idle', {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (!response.ok) return null;
    return ((await response.json()) as SessionIdle).idleRemainingSeconds * 1000;
  } catch {
    return null;
  }
}

/**
 * SPEC A8, the session's idle limit as the page sees it: every API call restarts the server's
 * clock (`lastApiRequestAt`). Before the limit (2 minutes, a third of it when shorter) it asks the
 * server what is left — another tab may have kept the session alive — and `warn`s the member;
 * `keepAlive()` (« Rester connecté ») restarts the clock and tells the other tabs, whose warning
 * goes (`calm`). At the limit, once the server confirms it, `expired`. The member typing or
 * clicking in the page counts as activity (WCAG 2.2.1): past half the limit, it keeps the session
 * alive, at most once a minute.
 */
export class IdleWatch {
  private readonly timeoutMs: number;
  private readonly leadMs: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private warned = false;
  private stopped = false;
  /** The session's end as the server (or another tab) said, valid until this tab calls the API again. */
  private known: { deadline: number; lastCall: number } | undefined;
  private keeping: Promise<void> | undefined;
  private lastKeepAlive = 0;
  private readonly channel =
    typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);

  constructor(
    timeoutSeconds: number,
    private readonly handlers: IdleHandlers,
  ) {
    this.timeoutMs = timeoutSeconds * 1000;
    this.leadMs = Math.min(WARNING_MS, this.timeoutMs / 3);
    for (const type of ACTIVITY_EVENTS) {
      document.addEventListener(type, this.onActivity, { capture: true, passive: true });
    }
    document.addEventListener('visibilitychange', this.onVisible);
    this.channel?.addEventListener('message', this.onMessage);
    this.arm();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    for (const type of ACTIVITY_EVENTS)
      document.removeEventListener(type, this.onActivity, { capture: true });
    document.removeEventListener('visibilitychange', this.onVisible);
    this.channel?.close();
  }

  /** When the session ends, as this tab knows. */
  deadline(): number {
    const lastCall = lastApiRequestAt();
    if (this.known && lastCall <= this.known.lastCall) return this.known.deadline;
    return lastCall + this.timeoutMs;
  }

  /**
   * « Rester connecté », or the member typing: the server restarts the idle clock. A 401 (the
   * session ended meanwhile) is the expiry; another failure leaves the watch as it was.
   */
  keepAlive(): Promise<void> {
    this.keeping ??= this.sendKeepAlive().finally(() => {
      this.keeping = undefined;
    });
    return this.keeping;
  }

  private async sendKeepAlive(): Promise<void> {
    this.lastKeepAlive = Date.now();
    try {
      const answer = await api<SessionIdle>('/api/auth/session/keepalive', { method: 'POST' });
      if (this.stopped) return;
      const deadline = Date.now() + answer.idleRemainingSeconds * 1000;
      this.known = { deadline, lastCall: lastApiRequestAt() };
      this.channel?.postMessage({ deadline });
      this.calm();
    } catch (error) {
      if (this.stopped) return;
      if (error instanceof ApiError && error.status === 401) this.expire();
      else {
        // Not sent (the network): the warning comes again when due.
        this.warned = false;
        this.arm();
      }
    }
  }

  private calm(): void {
    if (this.warned) {
      this.warned = false;
      this.handlers.calm();
    }
    this.arm();
  }

  private expire(): void {
    this.stop();
    this.handlers.expired();
  }

  private arm(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    // The warning's time, or once warned the end (a moment after, the server's clock being the judge).
    const at = this.warned ? this.deadline() + 250 : this.deadline() - this.leadMs;
    this.timer = setTimeout(() => void this.check(), Math.max(0, at - Date.now()));
  }

  private async check(): Promise<void> {
    if (this.stopped) return;
    const ownDeadline = this.deadline();
    if (ownDeadline - this.leadMs > Date.now()) return this.calm();
    if (this.warned && ownDeadline > Date.now()) return this.arm();
    // Time to warn, or to end: the server knows whether another tab kept the session alive.
    const left = await serverTimeLeft();
    if (this.stopped) return;
    const deadline = left === null ? ownDeadline : Date.now() + left;
    this.known = { deadline, lastCall: lastApiRequestAt() };
    if (left !== null && left <= 0) return this.expire();
    if (deadline - this.leadMs > Date.now()) return this.calm();
    if (left === null && deadline <= Date.now()) {
      // The server cannot be reached: asked again in a while, the warning staying up.
      this.known = { deadline: Date.now() + 5_000, lastCall: lastApiRequestAt() };
    }
    if (!this.warned) {
      this.warned = true;
      this.handlers.warn(this.deadline());
    }
    this.arm();
  }

  /** Typing, clicking: past half the limit, the session is kept alive (not while the warning asks). */
  private readonly onActivity = (): void => {
    if (this.warned || this.keeping || this.stopped) return;
    const now = Date.now();
    if (this.deadline() - now > this.timeoutMs / 2) return;
    if (now - this.lastKeepAlive < Math.min(KEEPALIVE_EVERY_MS, this.timeoutMs / 2)) return;
    void this.keepAlive();
  };

  /** Back to a tab whose timers the browser slowed down: the clock is looked at now. */
  private readonly onVisible = (): void => {
    if (document.visibilityState === 'visible') void this.check();
  };

  /** Another tab kept the session alive until `deadline`. */
  private readonly onMessage = (event: MessageEvent<{ deadline?: unknown }>): void => {
    const deadline = event.data?.deadline;
    if (typeof deadline !== 'number' || this.stopped) return;
    this.known = { deadline: Math.max(deadline, this.deadline()), lastCall: lastApiRequestAt() };
    this.calm();
  };
}
