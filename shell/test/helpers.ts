import { waitUntil } from '@open-wc/testing';
import type { Menu, SessionInfo } from '@portail/kernel/contract';
import { HttpResponse, http } from 'msw';
import { setupWorker } from 'msw/browser';

export const worker = setupWorker();
const started = worker.start({ onUnhandledFrame: 'bypass', quiet: true });

/** Starts msw once per test file (each file runs in its own page). */
export function startMsw(): Promise<unknown> {
  return started;
}

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

export function problem(status: number, detail: string, extra: Record<string, unknown> = {}) {
  return HttpResponse.json(
    { type: 'about:blank', title: 'Erreur', status, detail, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** The usual kernel routes for a logged-in member; tests prepend their own with `worker.use`. */
export function memberRoutes(current: SessionInfo = session()) {
  return [
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

/** Puts the test page at a portal path (restored by `restoreUrl`). */
const originalUrl = location.href;
export function goTo(path: string): void {
  history.replaceState(null, '', path);
}
export function restoreUrl(): void {
  history.replaceState(null, '', originalUrl);
}

/** First element matching `selector` in `root` or in any shadow root below it. */
export function deepQuery<E extends Element = HTMLElement>(root: ParentNode, selector: string): E | null {
  const found = root.querySelector<E>(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot ? deepQuery<E>(element.shadowRoot, selector) : null;
    if (inner) return inner;
  }
  return null;
}

/** Text of `root` including every shadow root (the slotted light DOM counted once). */
export function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
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

/** Submits the form holding the `pa-button` of type submit, by clicking it. */
export function clickButton(root: ParentNode, label: string): void {
  const buttons = [...allDeep(root, 'pa-button')];
  const button = buttons.find((candidate) => candidate.textContent?.trim() === label);
  if (!button) throw new Error(`no button « ${label} »`);
  const inner = button.shadowRoot?.querySelector('button');
  (inner ?? button).click();
}

function* allDeep(root: ParentNode, selector: string): Generator<HTMLElement> {
  yield* root.querySelectorAll<HTMLElement>(selector);
  for (const element of root.querySelectorAll('*'))
    if (element.shadowRoot) yield* allDeep(element.shadowRoot, selector);
}
