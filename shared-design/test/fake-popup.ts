// A stand-in for the portal's login popup of the widgets (SPEC W2), which the tests make answer
// as the real one does (`postMessage`). No msw here: the shell's tests use it with their own.
import type { WidgetMessage } from '@portail/kernel/contract';
import { forgetWidgetToken } from '@portail/runtime';

/** The portal, on another origin than the test page (as on an employer's intranet). */
export const PORTAL = 'https://portail.example';

export interface FakePopup {
  /** The URLs `window.open` was called with. */
  opened: string[];
  window: Window;
  /** The popup posts `message` to the widget's page, from `origin` (the portal's by default). */
  answer(message: WidgetMessage | Record<string, unknown>, origin?: string): void;
  /** The member closes the popup. */
  close(): void;
  restore(): void;
}

/**
 * Replaces `window.open` with a popup stand-in: a frame's window, so that it can be the `source`
 * of a message event. `opens: false` behaves as a browser that blocked the popup.
 */
export function fakePopup(options: { opens?: boolean } = {}): FakePopup {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.title = 'Fenêtre de connexion (test)';
  document.body.append(frame);
  const popup = frame.contentWindow!;
  const original = window.open;
  const opened: string[] = [];
  window.open = ((url?: string | URL) => {
    opened.push(String(url));
    return options.opens === false ? null : popup;
  }) as typeof window.open;
  return {
    opened,
    window: popup,
    answer(message, origin = PORTAL) {
      window.dispatchEvent(new MessageEvent('message', { data: message, origin, source: popup }));
    },
    close: () => frame.remove(),
    restore() {
      window.open = original;
      frame.remove();
    },
  };
}

/**
 * Hooks of a suite whose widgets connect to PORTAL: a new popup stand-in before each test; after
 * it, `window.open` back and PORTAL's token forgotten. Returns the popup of the current test.
 */
export function usePopup(): () => FakePopup {
  let popup: FakePopup | undefined;
  beforeEach(() => {
    popup = fakePopup();
  });
  afterEach(() => {
    popup?.restore();
    forgetWidgetToken(PORTAL);
  });
  return () => {
    if (!popup) throw new Error('usePopup: no test under way');
    return popup;
  };
}
