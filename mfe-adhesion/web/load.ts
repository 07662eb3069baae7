import { ApiError } from '@portail/runtime';
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

const LOAD_FAILED = "Les informations n'ont pas pu être chargées. Réessayez dans quelques instants.";

export interface LoadFailure {
  message: string;
  /** Refused (feature off, SPEC A6: 403) or gone: trying again would not help. */
  retryable: boolean;
}

/** The French message of a failed call: the problem's `detail` when there is one. */
export function describeFailure(error: unknown): LoadFailure {
  if (!(error instanceof ApiError)) return { message: LOAD_FAILED, retryable: true };
  return { message: error.message || LOAD_FAILED, retryable: ![401, 403, 404].includes(error.status) };
}

/**
 * Loads what a page shows when the page connects, and renders the three states: "Chargement…",
 * the French reason (with "Réessayer" when it may help), or the page's content.
 */
export class LoadController<T> implements ReactiveController {
  status: 'loading' | 'ready' | 'error' = 'loading';
  value: T | undefined;
  failure: LoadFailure | undefined;
  private loads = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly loader: () => Promise<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.loads === 0) void this.load();
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
    } catch (error) {
      if (count !== this.loads) return;
      this.failure = describeFailure(error);
      this.status = 'error';
      this.host.requestUpdate();
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
    if (this.status === 'loading') return html`<p class="loading" role="status">Chargement…</p>`;
    const failure = this.failure ?? { message: LOAD_FAILED, retryable: true };
    return html`<pa-alert variant=${failure.retryable ? 'error' : 'info'}>
      <p>${failure.message}</p>
      ${failure.retryable ? html`<pa-button variant="secondary" @click=${() => this.load()}>Réessayer</pa-button>` : ''}
    </pa-alert>`;
  }
}
