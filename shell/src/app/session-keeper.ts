import type { SessionInfo } from '@portail/kernel/contract';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { IdleWatch } from './idle-timer.js';

let warningChunk: Promise<void> | undefined;

/** The warning's element, in its own chunk (with the forms entry), fetched when first due. */
function loadWarning(): Promise<void> {
  warningChunk ??= import('../session-warning/define.js').then(
    () => undefined,
    (error: unknown) => {
      warningChunk = undefined;
      throw error;
    },
  );
  return warningChunk;
}

/**
 * SPEC A8 for the portal's root: follows the member's session with an IdleWatch and shows its
 * warning (`render()`): « Rester connecté » keeps the session alive, « Se déconnecter » logs out
 * (`logout`); at the limit the session is over (`expired`).
 */
export class SessionKeeper implements ReactiveController {
  private watch: IdleWatch | undefined;
  /** When the session ends, while the warning shows; 0 otherwise. */
  private deadline = 0;
  /** The warning's element is defined: it stays rendered, closed while `deadline` is 0. */
  private loaded = false;
  /** Counts the warnings, so that one given while its chunk loads is dropped once calmed. */
  private warnings = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly on: { expired(): void; logout(): void },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.follow(null);
  }

  /** Watches the idle limit of `session` (none: nobody logged in). */
  follow(session: SessionInfo | null): void {
    this.watch?.stop();
    this.show(0);
    this.watch = session
      ? new IdleWatch(session.idleTimeoutSeconds, {
          warn: (deadline) => void this.warn(deadline),
          calm: () => this.show(0),
          expired: () => {
            this.show(0);
            this.on.expired();
          },
        })
      : undefined;
  }

  private async warn(deadline: number): Promise<void> {
    const warning = ++this.warnings;
    try {
      await loadWarning();
    } catch {
      // Without its chunk there is no warning: the session ends at its limit, as it would.
      return;
    }
    this.loaded = true;
    if (warning === this.warnings) this.show(deadline);
  }

  private show(deadline: number): void {
    if (deadline === 0) this.warnings++;
    if (this.deadline === deadline) return;
    this.deadline = deadline;
    this.host.requestUpdate();
  }

  private readonly stay = (): void => {
    this.show(0);
    void this.watch?.keepAlive();
  };

  private readonly leave = (): void => {
    this.show(0);
    this.on.logout();
  };

  render() {
    if (!this.loaded) return nothing;
    return html`<portail-session-warning
      .deadline=${this.deadline}
      @portail-stay=${this.stay}
      @portail-leave=${this.leave}
    ></portail-session-warning>`;
  }
}
