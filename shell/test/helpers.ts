import { waitUntil } from '@open-wc/testing';
import type { Menu, SessionInfo } from '@portail/kernel/contract';
import { HttpResponse, http } from 'msw';
import {
  clickButton,
  deepQuery,
  deepText,
  problem,
  startApi,
  worker,
} from '../../shared-design/test/section-helpers.js';

// The shell's own fixtures (a session, the menu, the kernel's routes); the DOM and msw helpers are
// shared-design's, the one module of test helpers of every browser package.
export { clickButton, deepQuery, deepText, problem, worker };

/** Starts msw once per test file (each file runs in its own page); an unexpected API call fails. */
export const startMsw = startApi;

export function session(overrides: Partial<SessionInfo> = {}): SessionInfo {
  return {
    member: { id: 'm1', identifier: 'DUPONT42', displayName: 'Marie Dupont', email: 'marie@example.fr' },
    csrfToken: 'csrf-123',
    cguRequired: false,
    idleTimeoutSeconds: 1800,
    ...overrides,
  };
}

export function menu(unreadCount = 0): Menu {
  return {
    groups: [
      {
        id: 'adhesion',
        label: 'Mon adhésion',
        entries: [
          { id: 'adhesion.contrat', label: 'Contrat', path: '/adhesion/contrat', unreadCount },
          { id: 'adhesion.formulaires', label: 'Formulaires', path: '/adhesion/formulaires', unreadCount: 0 },
        ],
      },
      {
        id: 'compte',
        label: 'Mon compte',
        entries: [
          { id: 'compte.donnees', label: 'Données personnelles', path: '/compte/donnees', unreadCount: 0 },
        ],
      },
    ],
  };
}

/** The usual kernel routes for a logged-in member; tests prepend their own with `worker.use`. */
export function memberRoutes(current: SessionInfo = session()) {
  return [
    http.get('/api/auth/session/status', () => HttpResponse.json(current)),
    http.get('/api/auth/session', () => HttpResponse.json(current)),
    http.get('/api/menu', () => HttpResponse.json(menu())),
    http.get('/api/cgu/current', () =>
      HttpResponse.json({
        version: 3,
        publishedAt: '2026-01-15T00:00:00Z',
        title: "Conditions générales d'utilisation",
        sections: [{ heading: '1- Fonctionnalités', paragraphs: ['Les services en ligne permettent…'] }],
        accepted: null,
      }),
    ),
  ];
}

/** The shell's session check when nobody is logged in: 204, as the server answers a visitor. */
export const loggedOut = http.get('/api/auth/session/status', () => new HttpResponse(null, { status: 204 }));

/** Puts the test page at a portal path (restored by `restoreUrl`). */
const originalUrl = location.href;
export function goTo(path: string): void {
  history.replaceState(null, '', path);
}
export function restoreUrl(): void {
  history.replaceState(null, '', originalUrl);
}

/** Waits until `root` (or what `root()` returns, once it exists) shows `text`. */
export async function waitForText(root: Node | (() => Node | null), text: string): Promise<void> {
  const current = () => {
    const node = typeof root === 'function' ? root() : root;
    return node ? deepText(node) : '';
  };
  await waitUntil(
    () => current().includes(text),
    `« ${text} » never appeared in: ${current().slice(0, 400)}`,
    {
      timeout: 3000,
    },
  );
}

/** Types into a `pa-text-field` the way a member does: value and an `input` event from the inner input. */
export function typeInto(root: ParentNode, name: string, value: string): void {
  const field = deepQuery<HTMLElement & { value: string }>(root, `pa-text-field[name="${name}"]`);
  if (!field) throw new Error(`no field ${name}`);
  const input = field.shadowRoot?.querySelector('input');
  if (input) {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  if (field.value !== value) field.value = value;
}
