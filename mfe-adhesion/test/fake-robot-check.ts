// A stand-in for the lazily loaded ALTCHA robot check: same element name, properties and event, but
// a plain checkbox whose tick "verifies" at once with a fixed payload (no proof of work in unit tests;
// the real widget is checked in Chromium against the real host).
import { html, LitElement, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';

export const FAKE_PAYLOAD = 'eyJjaGFsbGVuZ2UiOiJmYWtlIn0=';

export class FakeRobotCheck extends LitElement {
  @property({ attribute: 'challenge-url' }) challengeUrl = '';
  @property() error = '';
  @query('input') private box!: HTMLInputElement;
  resets = 0;

  reset(): void {
    this.resets++;
    this.box.checked = false;
    this.emit(null);
  }

  override focus(): void {
    this.box.focus();
  }

  /** Ticks the box, as the member does. */
  tick(): void {
    this.box.checked = true;
    this.emit(FAKE_PAYLOAD);
  }

  get checked(): boolean {
    return this.box.checked;
  }

  private emit(payload: string | null): void {
    this.dispatchEvent(
      new CustomEvent('adh-robot-change', { bubbles: true, composed: true, detail: { payload } }),
    );
  }

  override render() {
    return html`<input id="box" type="checkbox" aria-describedby=${this.error ? 'robot-error' : nothing} />
      <label for="box">Je ne suis pas un robot</label>
      ${this.error ? html`<p id="robot-error">${this.error}</p>` : nothing}`;
  }
}

/** Puts the stand-in where the flow loads the real check from. */
export function useFakeRobotCheck(kit: { loadRobotCheck: () => Promise<unknown> }): void {
  kit.loadRobotCheck = async () => {
    if (!customElements.get('adh-robot-check')) customElements.define('adh-robot-check', FakeRobotCheck);
  };
}
