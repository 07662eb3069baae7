import { PORTAIL_EVENTS } from '@portail/kernel/contract/events';
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

const LOAD_FAILED = "Les informations n'ont pas pu être chargées. Réessayez dans quelques instants.";

export interface LoadFailure {
  message: string;
  /** Refused (prévoyance-only member: 403), invalid (400), logged out or gone: trying again would not help. */
  retryable: boolean;
  status: number;
}

/** An API error as the runtime throws it: `message` is the problem's French detail. */
function isApiError(error: unknown): error is Error & { status: number } {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}

/** The French message of a failed call: the problem's `detail` when there is one. */
export function describeFailure(error: unknown): LoadFailure {
  if (!isApiError(error)) return { message: LOAD_FAILED, retryable: true, status: 0 };
  return {
    message: error.message || LOAD_FAILED,
    retryable: ![400, 401, 403, 404].includes(error.status),
    status: error.status,
  };
}

/** The alert of a failed load: the French reason, with "Réessayer" when it may help. */
export function renderFailure(failure: LoadFailure, retry: () => unknown) {
  return html`<pa-alert variant=${failure.retryable ? 'error' : 'info'}>
    <p>${failure.message}</p>
    ${failure.retryable ? html`<pa-button variant="secondary" @click=${retry}>Réessayer</pa-button>` : ''}
  </pa-alert>`;
}

export const LOADING = html`<p class="loading" role="status">Chargement…</p>`;

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
