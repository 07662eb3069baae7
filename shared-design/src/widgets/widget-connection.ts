import { msg, str } from '@lit/localize';
import { describeFailure, LOADING, type LoadFailure, renderFailure, token } from '@portail/shared-design';
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * The portal a widget reads (the runtime's `widgetPortal(base)`): shared-design stays free of data
 * access, as for `pa-document-list`.
 */
export interface WidgetPortal {
  /** Which portal the widget reads: when it changes, the widget loads again. */
  readonly key: string;
  /** Opens the portal's login (from a click); rejects with a French reason, status 403 when refused. */
  connect(): Promise<unknown>;
  /** Calls back when the member's connection changes (another widget connected, a token expired). */
  subscribe(listener: () => void): () => void;
}

export interface WidgetConnectionOptions<T> {
  portal: () => WidgetPortal;
  /** The widget's data; a 401 (no token yet, or refused) means « Se connecter ». */
  load: () => Promise<T>;
  /** What logging in is for: « consulter vos documents clés ». */
  purpose: string;
}

type Status = 'loading' | 'logged-out' | 'connecting' | 'refused' | 'ready' | 'error';

/** Widgets' own rules, on top of `sectionPageStyles`: the heading at the top, the closing link. */
export const widgetStyles = css`
  h2 {
    margin-block-start: 0;
  }
  .all {
    margin-block: ${token['space-3']} 0;
  }
  [role='status']:empty {
    margin: 0;
  }
`;

export const WIDGET_CONNECTING = 'Connexion en cours dans la fenêtre du Portail Adhérent…';

/**
 * SPEC W2 — the states every member widget embedded on an intranet goes through, in one place:
 * « Chargement… »; not logged in → a « Se connecter » button (never an error) that opens the
 * portal's login; the portal refused this site → its French reason; a failure → the reason with
 * « Réessayer » when it may help; then the content. Widgets of one portal share the connection.
 */
export class WidgetConnection<T> implements ReactiveController {
  status: Status = 'loading';
  value: T | undefined;
  failure: LoadFailure | undefined;
  /** Why the last « Se connecter » did not succeed (popup closed or blocked). */
  notice = '';
  private key: string | undefined;
  private unsubscribe: (() => void) | undefined;
  private loads = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: WidgetConnectionOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.key !== undefined) this.listen();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Before each render: a new portal (its `api-base` changed) loads again. */
  hostUpdate(): void {
    const key = this.options.portal().key;
    if (key === this.key) return;
    this.key = key;
    this.listen();
    void this.load();
  }

  private listen(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.options.portal().subscribe(() => void this.load());
  }

  /** Loads (again); a newer load wins over an older one still under way. */
  async load(): Promise<void> {
    const count = ++this.loads;
    if (this.status !== 'connecting') this.status = 'loading';
    this.host.requestUpdate();
    try {
      const value = await this.options.load();
      if (count !== this.loads) return;
      this.value = value;
      this.status = 'ready';
      this.notice = '';
    } catch (error) {
      if (count !== this.loads) return;
      this.failure = describeFailure(error);
      if (this.failure.status === 401)
        this.status = this.status === 'connecting' ? 'connecting' : 'logged-out';
      else this.status = 'error';
    }
    this.host.requestUpdate();
  }

  /** « Se connecter »: the portal's login in a popup, then the data with the member's token. */
  async connect(): Promise<void> {
    this.status = 'connecting';
    this.notice = '';
    this.host.requestUpdate();
    const loads = this.loads;
    try {
      await this.options.portal().connect();
      // The new token already made `subscribe` load again, unless the portal does not notify.
      if (this.loads === loads) await this.load();
    } catch (error) {
      const failure = describeFailure(error);
      this.failure = failure;
      this.status = failure.status === 403 ? 'refused' : 'logged-out';
      this.notice = failure.status === 403 ? '' : failure.message;
      this.host.requestUpdate();
    }
  }

  private renderLogin() {
    const connecting = this.status === 'connecting';
    return html`<p>${msg(str`Connectez-vous au Portail Adhérent pour ${this.options.purpose}.`)}</p>
      ${this.notice ? html`<pa-alert variant="warning"><p>${this.notice}</p></pa-alert>` : nothing}
      <p role="status">${connecting ? msg('Connexion en cours dans la fenêtre du Portail Adhérent…') : nothing}</p>
      <pa-button variant="primary" @click=${() => this.connect()}>${msg('Se connecter')}</pa-button>`;
  }

  /**
   * The whole widget: its h2 `heading` (the widget sits in a page of the intranet, under its h1),
   * then `render(ready)`, busy while loading.
   */
  renderSection(heading: string, ready: (value: T) => unknown): unknown {
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${heading}</h2>
      <div aria-busy=${this.status === 'loading' ? 'true' : 'false'}>
        ${this.render(ready)}
      </div>
    </section>`;
  }

  render(ready: (value: T) => unknown): unknown {
    switch (this.status) {
      case 'ready':
        return ready(this.value as T);
      case 'loading':
        return LOADING;
      case 'logged-out':
      case 'connecting':
        return this.renderLogin();
      case 'refused':
        return html`<pa-alert variant="warning"><p>${this.failure?.message}</p></pa-alert>`;
      default:
        return renderFailure(this.failure ?? describeFailure(undefined), () => this.load());
    }
  }
}
