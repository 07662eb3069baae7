/// <reference types="vite/client" />
// Loaded only by the Espace Adhésion flow (dynamic import): the ALTCHA widget (~35 KB gzipped) never
// weighs on the login page or on the member's pages.
//
// Strict CSP (script-src 'self' 'nonce-…', style-src 'self', no worker-src so workers follow
// script-src): `altcha/external` is the build without blob: workers and without injected styles.
// - Its proof-of-work worker is a separate file of this section's build (Vite `?worker&url`),
//   loaded from the section's own same-origin folder.
// - Its CSS is bundled as a string and adopted by this element's shadow root as a constructed
//   stylesheet, which CSP allows without 'unsafe-inline'. `?raw`, not `?inline`: Vite's CSS
//   minifier would lower its light-dark() colours into a polyfill that needs color-scheme rules the
//   file does not have (every border then vanished). The widget renders in light DOM, here the
//   shadow root of adh-robot-check, so `:root` rules become `:host` rules.
import 'altcha/external';
import 'altcha/i18n/fr-fr';
import { define, hostBase, token } from '@portail/shared-design';
import altchaCss from 'altcha/altcha.css?raw';
import type { AltchaWidgetElement } from 'altcha/external';
import pbkdf2WorkerUrl from 'altcha/workers/pbkdf2?worker&url';
import { css, html, LitElement, nothing, type PropertyValues, unsafeCSS } from 'lit';
import { property, query } from 'lit/decorators.js';

/**
 * The proof-of-work worker, from this section's own folder. Embedded in a page of another origin
 * (W2), a worker cannot be loaded from the portal directly: a blob: worker then imports the script
 * (that page's CSP must allow blob: workers, and the portal must serve its assets with CORS).
 */
function pbkdf2Worker(): Worker {
  const url = new URL(pbkdf2WorkerUrl, import.meta.url);
  if (url.origin === location.origin) return new Worker(url);
  const loader = new Blob([`importScripts(${JSON.stringify(url.href)});`], { type: 'text/javascript' });
  return new Worker(URL.createObjectURL(loader));
}

for (const algorithm of ['PBKDF2/SHA-256', 'PBKDF2/SHA-384', 'PBKDF2/SHA-512']) {
  globalThis.$altcha.algorithms.set(algorithm, pbkdf2Worker);
}

export interface RobotCheckDetail {
  /** The base64 payload to post with the form once verified; null otherwise (expired, error…). */
  payload: string | null;
}

/**
 * "Je ne suis pas un robot": the ALTCHA widget (French texts) solving the challenge of
 * `challenge-url`. `error` shows under it in red, tied to its checkbox with aria-describedby.
 * @fires adh-robot-change - {payload} whenever the widget's state changes
 */
export class AdhRobotCheck extends LitElement {
  static override styles = [
    hostBase,
    unsafeCSS(altchaCss.replaceAll(':root', ':host')),
    css`
      :host {
        display: block;
        margin-block-end: ${token['space-4']};
        --altcha-max-width: 100%;
        --altcha-color-primary: ${token['color-primary']};
        --altcha-color-error: ${token['color-error']};
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
  @query('altcha-widget') private widget?: AltchaWidgetElement;

  /** Back to unchecked, e.g. after the server consumed (or refused) the payload. */
  reset(): void {
    this.widget?.reset();
    this.emit(null);
  }

  override focus(options?: FocusOptions): void {
    this.checkbox()?.focus(options);
  }

  private checkbox(): HTMLInputElement | null | undefined {
    return this.widget?.querySelector<HTMLInputElement>('input[type="checkbox"]');
  }

  private emit(payload: string | null): void {
    this.dispatchEvent(
      new CustomEvent<RobotCheckDetail>('adh-robot-change', {
        bubbles: true,
        composed: true,
        detail: { payload },
      }),
    );
  }

  private readonly onStateChange = (event: Event): void => {
    const { state, payload } = (event as CustomEvent<{ state: string; payload?: string }>).detail;
    this.emit(state === 'verified' && payload ? payload : null);
  };

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('error')) return;
    // The widget renders its checkbox itself: tie the message to it once it is there.
    const checkbox = this.checkbox();
    if (this.error) checkbox?.setAttribute('aria-describedby', 'robot-error');
    else checkbox?.removeAttribute('aria-describedby');
  }

  override render() {
    return html`<altcha-widget
        challenge=${this.challengeUrl}
        language="fr-fr"
        name="altcha"
        @statechange=${this.onStateChange}
      ></altcha-widget>
      ${this.error ? html`<p id="robot-error" class="error">${this.error}</p>` : nothing}`;
  }
}

define('adh-robot-check', AdhRobotCheck);

declare global {
  interface HTMLElementTagNameMap {
    'adh-robot-check': AdhRobotCheck;
  }
}
