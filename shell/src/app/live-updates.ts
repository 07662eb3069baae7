import { msg } from '@lit/localize';
import type { SessionInfo } from '@portail/kernel/contract';
import { emit, type LiveUpdateDetail, PORTAIL_EVENTS } from '@portail/runtime';
import type { PaToast } from '@portail/shared-design';
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { createRef, type Ref, ref } from 'lit/directives/ref.js';

/** The member's event stream (SPEC P2, `GET /api/evenements`). */
export const LIVE_EVENTS_URL = '/api/evenements';

/** How long a live update's toast stays (it pauses under the pointer or the focus, WCAG 2.2.1). */
const TOAST_MS = 10_000;

/**
 * SPEC P2 for the portal's root: while a member is logged in, one `EventSource` per tab (it
 * reconnects by itself, with `Last-Event-ID`); each event shows a toast (announced: `role=status`)
 * with a link to its page, refreshes the menu's unread markers and tells the open lists
 * (`PORTAIL_EVENTS.liveUpdate`) to reload. Closed at logout, or when the server ends the session.
 */
export class LiveUpdates implements ReactiveController {
  private source: EventSource | undefined;
  private memberId = '';
  private readonly toast: Ref<PaToast> = createRef();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.follow(null);
  }

  /** Opens the stream for `session`'s member (none, or CGU to accept: closed). */
  follow(session: SessionInfo | null): void {
    const memberId = session && !session.cguRequired ? session.member.id : '';
    if (memberId === this.memberId && (this.source || !memberId)) return;
    this.source?.close();
    this.source = undefined;
    this.memberId = memberId;
    if (!memberId || typeof EventSource === 'undefined') return;
    const source = new EventSource(LIVE_EVENTS_URL);
    source.onmessage = (message: MessageEvent<string>) => this.receive(message.data);
    // The session is over (logout in another tab, revocation): nothing more will come.
    source.addEventListener('session-end', () => {
      source.close();
      if (this.source === source) this.source = undefined;
    });
    this.source = source;
  }

  private receive(data: string): void {
    let event: LiveUpdateDetail;
    try {
      event = JSON.parse(data) as LiveUpdateDetail;
    } catch {
      return;
    }
    if (typeof event.title !== 'string' || !event.title) return;
    this.toast.value?.show(
      event.title,
      'info',
      TOAST_MS,
      event.href ? { href: event.href, label: msg('Voir le détail') } : undefined,
    );
    emit(PORTAIL_EVENTS.menuChanged, {});
    emit(PORTAIL_EVENTS.liveUpdate, event);
  }

  render() {
    return html`<pa-toast class="portail-live-toast" ${ref(this.toast)}></pa-toast>`;
  }
}
