// A stand-in for the ALTCHA widget module that `pa-robot-check` imports lazily: an `<altcha-widget>`
// rendering a plain checkbox in light DOM (as the real one does) whose tick "verifies" at once with a
// fixed payload. No proof of work in component tests; the real widget is checked in Chromium against
// the real host. Used by the tests of shared-design, the shell and the sections.
import { waitUntil } from '@open-wc/testing';
import { css } from 'lit';
import { PaRobotCheck } from '../src/forms/pa-robot-check.js';
import { defineTestElement } from './define.js';

export const FAKE_PAYLOAD = 'eyJjaGFsbGVuZ2UiOiJmYWtlIn0=';

export class FakeAltchaWidget extends HTMLElement {
  /** How many times the page asked for a new check. */
  resets = 0;
  private box: HTMLInputElement | undefined;

  connectedCallback(): void {
    if (this.box) return;
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = 'altcha-checkbox';
    const label = document.createElement('label');
    label.htmlFor = box.id;
    label.textContent = 'Je ne suis pas un robot';
    box.addEventListener('change', () => this.changeState(box.checked ? 'verified' : 'unverified'));
    this.append(box, label);
    this.box = box;
  }

  /** Ticks the box, as the member does. */
  tick(): void {
    this.box?.click();
  }

  get checked(): boolean {
    return this.box?.checked ?? false;
  }

  reset(): void {
    this.resets++;
    if (this.box) this.box.checked = false;
    this.changeState('unverified');
  }

  private changeState(state: 'verified' | 'unverified'): void {
    const detail = state === 'verified' ? { state, payload: FAKE_PAYLOAD } : { state };
    this.dispatchEvent(new CustomEvent('statechange', { detail }));
  }
}

/** Puts the stand-in where `pa-robot-check` loads the widget from (call before rendering one). */
export function useFakeAltcha(): void {
  if (!customElements.get('altcha-widget')) defineTestElement('altcha-widget', FakeAltchaWidget);
  PaRobotCheck.loadWidget = async () => ({ styles: css`` });
}

/** The stand-in widget inside a `pa-robot-check`, once it is there. */
export async function fakeAltchaOf(robot: Element | null | undefined): Promise<FakeAltchaWidget> {
  await waitUntil(() => robot?.shadowRoot?.querySelector('altcha-widget input'), 'no robot check widget');
  return robot!.shadowRoot!.querySelector('altcha-widget') as unknown as FakeAltchaWidget;
}
