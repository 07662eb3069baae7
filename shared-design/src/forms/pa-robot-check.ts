import { msg } from '@lit/localize';
import { currentLocale } from '@portail/kernel/contract/i18n';
import { hostBase, token } from '@portail/shared-design';
import type { AltchaWidgetElement } from 'altcha/external';
import {
  adoptStyles,
  type CSSResultOrNative,
  css,
  html,
  LitElement,
  nothing,
  type PropertyValues,
} from 'lit';
import { property, query, state } from 'lit/decorators.js';

export interface RobotCheckDetail {
  /** The payload to post with the form once verified; null otherwise (not ticked, expired, reset…). */
  payload: string | null;
}

/** What the lazily imported widget module gives (importing it defines `<altcha-widget>`). */
export interface RobotCheckWidgetModule {
  styles: CSSResultOrNative;
}

export const ROBOT_CHECK_LOADING = 'Chargement de la vérification « Je ne suis pas un robot »…';
export const ROBOT_CHECK_UNAVAILABLE =
  "La vérification « Je ne suis pas un robot » n'a pas pu être chargée. Rechargez la page pour réessayer.";
export const ROBOT_CHECK_REQUIRED = 'Cochez la case « Je ne suis pas un robot ».';

const ERROR_ID = 'robot-error';

/**
 * "Je ne suis pas un robot": the self-hosted ALTCHA widget (proof of work, French texts) solving the
 * challenge of `challenge-url`. The widget (~35 KB gzipped, its worker and CSS) is imported the first
 * time an element connects, never before: pages without a robot check do not download it.
 * `error` shows under the box in red, tied to its checkbox with aria-describedby (RGAA 11.10).
 * The payload is single use: after a refused or accepted submission, call `reset()`.
 * @fires pa-robot-change - {payload} whenever the check is verified (payload) or no longer is (null)
 */
export class PaRobotCheck extends LitElement {
  /** How the widget module is fetched; tests put a stand-in here before rendering an element. */
  static loadWidget: () => Promise<RobotCheckWidgetModule> = () => import('./robot-check-widget.js');
  private static loading:
    | { from: () => Promise<RobotCheckWidgetModule>; widget: Promise<RobotCheckWidgetModule> }
    | undefined;

  static override styles = [
    hostBase,
    css`
      :host {
        display: block;
        margin-block-end: ${token['space-4']};
        --altcha-max-width: 100%;
        --altcha-color-primary: ${token['color-primary']};
        --altcha-color-error: ${token['color-error']};
      }
      .loading {
        margin: 0;
        color: ${token['color-text-muted']};
      }
      .error {
        margin: ${token['space-1']} 0 0;
        color: ${token['color-error']};
        font-size: ${token['font-size-sm']};
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: 'challenge-url' }) challengeUrl = '';
  @property() error = '';
  @state() private status: 'loading' | 'ready' | 'unavailable' = 'loading';
  @query('altcha-widget') private widget?: AltchaWidgetElement;
  private verifiedPayload: string | null = null;

  /** The payload to send (field `altcha`) once the member's tick is verified; null otherwise. */
  get payload(): string | null {
    return this.verifiedPayload;
  }

  /** True once the widget is there (false while it loads or when it could not be loaded). */
  get ready(): boolean {
    return this.status === 'ready';
  }

  /** Back to unchecked, e.g. after the server consumed (or refused) the payload. */
  reset(): void {
    this.widget?.reset();
    this.setPayload(null);
  }

  override focus(options?: FocusOptions): void {
    this.checkbox()?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.status !== 'ready') void this.load();
  }

  private static widgetModule(): Promise<RobotCheckWidgetModule> {
    if (PaRobotCheck.loading?.from !== PaRobotCheck.loadWidget) {
      const from = PaRobotCheck.loadWidget;
      PaRobotCheck.loading = { from, widget: from() };
    }
    return PaRobotCheck.loading.widget;
  }

  private async load(): Promise<void> {
    this.status = 'loading';
    try {
      const { styles } = await PaRobotCheck.widgetModule();
      const root = this.renderRoot;
      if (root instanceof ShadowRoot) {
        adoptStyles(root, [...(this.constructor as typeof PaRobotCheck).elementStyles, styles]);
      }
      this.status = 'ready';
    } catch (error) {
      console.error('Vérification anti-robot non chargée', error); // i18n-ignore: a log
      PaRobotCheck.loading = undefined; // a later element tries again
      this.status = 'unavailable';
    }
  }

  private checkbox(): HTMLInputElement | null | undefined {
    return this.widget?.querySelector<HTMLInputElement>('input[type="checkbox"]');
  }

  private setPayload(payload: string | null): void {
    const changed = payload !== this.verifiedPayload;
    this.verifiedPayload = payload;
    if (!changed) return;
    this.dispatchEvent(
      new CustomEvent<RobotCheckDetail>('pa-robot-change', {
        bubbles: true,
        composed: true,
        detail: { payload },
      }),
    );
  }

  private readonly onStateChange = (event: Event): void => {
    const { state, payload } = (event as CustomEvent<{ state: string; payload?: string }>).detail;
    this.setPayload(state === 'verified' && payload ? payload : null);
    this.describeCheckbox();
  };

  /** The widget renders its checkbox itself: tie the message to it once it is there. */
  private describeCheckbox(): void {
    const checkbox = this.checkbox();
    if (this.error) checkbox?.setAttribute('aria-describedby', ERROR_ID);
    else checkbox?.removeAttribute('aria-describedby');
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('error') || changed.has('status')) this.describeCheckbox();
  }

  /** `error` in the page's language when it is ROBOT_CHECK_REQUIRED (SPEC P6). */
  private errorText(): string {
    return this.error === ROBOT_CHECK_REQUIRED
      ? msg('Cochez la case « Je ne suis pas un robot ».')
      : this.error;
  }

  private renderCheck() {
    switch (this.status) {
      case 'ready':
        return html`<altcha-widget
          challenge=${this.challengeUrl}
          language=${currentLocale() === 'en' ? 'en' : 'fr-fr'}
          name="altcha"
          @statechange=${this.onStateChange}
        ></altcha-widget>`;
      case 'unavailable':
        return html`<pa-alert variant="error"
          >${msg("La vérification « Je ne suis pas un robot » n'a pas pu être chargée. Rechargez la page pour réessayer.")}</pa-alert
        >`;
      default:
        return html`<p class="loading" role="status">${msg('Chargement de la vérification « Je ne suis pas un robot »…')}</p>`;
    }
  }

  override render() {
    return html`${this.renderCheck()}
      ${this.error ? html`<p id=${ERROR_ID} class="error" part="error">${this.errorText()}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-robot-check': PaRobotCheck;
  }
  interface HTMLElementEventMap {
    'pa-robot-change': CustomEvent<RobotCheckDetail>;
  }
}
