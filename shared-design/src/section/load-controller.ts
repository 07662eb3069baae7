import { PORTAIL_EVENTS } from '@portail/kernel/contract/events';
import { describeFailure, LOADING, type LoadFailure, renderFailure } from '@portail/shared-design';
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Loads what a page shows when the page connects (and again on `load()`), and renders the three
 * states: "Chargement…", the French reason (with "Réessayer" when it may help), or the content.
 * The last value stays in `value` while a new load is under way. `{ live: true }`: loads again,
 * quietly (`refresh()`), on each live update the server tells (SPEC P2, `PORTAIL_EVENTS.liveUpdate`).
 */
export class LoadController<T> implements ReactiveController {
  status: 'loading' | 'ready' | 'error' = 'loading';
  value: T | undefined;
  failure: LoadFailure | undefined;
  private loads = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly loader: () => Promise<T>,
    private readonly options: { live?: boolean } = {},
  ) {
    host.addController(this);
  }

  private readonly onLiveUpdate = (): void => void this.refresh();

  hostConnected(): void {
    if (this.options.live) window.addEventListener(PORTAIL_EVENTS.liveUpdate, this.onLiveUpdate);
    if (this.loads === 0) void this.load();
  }

  hostDisconnected(): void {
    window.removeEventListener(PORTAIL_EVENTS.liveUpdate, this.onLiveUpdate);
  }

  /** Loads (again); a newer load wins over an older one still under way. */
  async load(): Promise<void> {
    const count = ++this.loads;
    this.status = 'loading';
    this.failure = undefined;
    this.host.requestUpdate();
    try {
      const value = await this.loader();
      if (count !== this.loads) return;
      this.set(value);
      return;
    } catch (error) {
      if (count !== this.loads) return;
      this.failure = describeFailure(error);
      this.status = 'error';
    }
    this.host.requestUpdate();
  }

  /**
   * Loads again without showing « Chargement… » (what is shown stays until the new value comes; a
   * failure leaves it): a live update (SPEC P2).
   */
  async refresh(): Promise<void> {
    if (this.status !== 'ready') return this.load();
    const count = ++this.loads;
    try {
      const value = await this.loader();
      if (count === this.loads) this.set(value);
    } catch {
      // The value shown stays; the next visit loads again.
    }
  }

  /** Replaces the loaded value, e.g. with what the server answered to a change. */
  set(value: T): void {
    this.value = value;
    this.status = 'ready';
    this.host.requestUpdate();
  }

  render(ready: (value: T) => unknown): unknown {
    if (this.status === 'ready') return ready(this.value as T);
    if (this.status === 'loading') return LOADING;
    return renderFailure(this.failure ?? describeFailure(undefined), () => this.load());
  }

  /**
   * A filtered list whose filters need its first page (their choices come with it): « Chargement… »
   * or the failure until a page came; then the filters and, under them, the results — or, while
   * the next page loads or when it failed, that state, the filters staying as they were typed.
   */
  renderWithFilters(filters: (value: T) => unknown, results: (value: T) => unknown): unknown {
    const { status, value, failure } = this;
    const retry = () => this.load();
    if (value === undefined) return status === 'error' && failure ? renderFailure(failure, retry) : LOADING;
    return html`${filters(value)}
      <div aria-busy=${status === 'loading' ? 'true' : 'false'}>
        ${
          status === 'loading'
            ? LOADING
            : status === 'error' && failure
              ? renderFailure(failure, retry)
              : results(value)
        }
      </div>`;
  }
}
