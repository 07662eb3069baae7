// Helpers of the widget tests (SPEC W2): a portal on another origin, the popup's stand-in, and
// the widget's « Se connecter ».
import { waitUntil } from '@open-wc/testing';
import { type FakePopup, fakePopup, PORTAL, usePopup } from './fake-popup.js';
import { clickButton, deepText, findButtons, startApi, worker } from './section-helpers.js';

export { type FakePopup, fakePopup, PORTAL };

/**
 * Hooks of a widget suite: the (mocked) API started, a popup stand-in for each test (`usePopup`),
 * and the test's own API handlers dropped after it. Returns the popup of the current test.
 */
export function useWidgetApi(): () => FakePopup {
  before(startApi);
  const popup = usePopup();
  afterEach(() => {
    worker.resetHandlers();
  });
  return popup;
}

/** Clicks « Se connecter » in the widget and has the popup hand `token` back. */
export async function connectWidget(el: Element, popup: FakePopup, token = 'jeton-1'): Promise<void> {
  await waitUntil(() => findButtons(el, 'Se connecter')[0], 'no « Se connecter » button', { timeout: 3000 });
  clickButton(el, 'Se connecter');
  await waitUntil(() => popup.opened.length > 0, 'no popup opened');
  const expiresAt = new Date(Date.now() + 15 * 60_000).toISOString();
  popup.answer({ type: 'portail:jeton', token, expiresAt });
}

/** Whether the widget offers « Se connecter » (and says why), without any error alert. */
export function offersLogin(el: Element): boolean {
  return (
    findButtons(el, 'Se connecter').length === 1 &&
    deepText(el).includes('Connectez-vous au Portail Adhérent')
  );
}
