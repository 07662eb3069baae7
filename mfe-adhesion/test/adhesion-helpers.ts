// Helpers of the section's component tests (beside shared-design/test/section-helpers.ts).
import { waitUntil } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import { deepQuery, deepQueryAll } from '../../shared-design/test/section-helpers.js';

/** A problem+json answer with field errors and a code, as the API sends them. */
export function problemWith(
  status: number,
  detail: string,
  extra: { code?: string; errors?: { field: string; detail: string }[] } = {},
) {
  return HttpResponse.json(
    { type: 'about:blank', title: 'Erreur', status, detail, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

type Field = HTMLElement & { value: string; error: string; updateComplete: Promise<boolean> };

/** The pa-text-field / pa-select-field named `name` below `root`. */
export function field(root: Element, name: string): Field {
  const found = deepQuery<Field>(root, `[name="${name}"]:is(pa-text-field, pa-select-field)`);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

/** Fills a field as the member would (the inner control changes, then the component follows). */
export async function fill(root: Element, name: string, value: string): Promise<void> {
  const target = field(root, name);
  const control = target.shadowRoot?.querySelector<HTMLInputElement | HTMLSelectElement>('input, select');
  if (!control) throw new Error(`field ${name} has no control`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await target.updateComplete;
}

/** The texts the inner control's aria-describedby points to (error first, then hint). */
export function describedBy(root: Element, name: string): string[] {
  const target = field(root, name);
  const control = target.shadowRoot?.querySelector('input, select');
  const ids = (control?.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => target.shadowRoot?.getElementById(id)?.textContent?.trim() ?? '');
}

/** Clicks the pa-button whose text is `label`. */
export function clickButton(root: Element, label: string): void {
  const button = deepQueryAll(root, 'pa-button').find((b) => b.textContent?.trim() === label);
  if (!button) throw new Error(`no button « ${label} »`);
  (button.shadowRoot?.querySelector('button') ?? button).click();
}

export function findButton(root: Element, label: string): (HTMLElement & { disabled: boolean }) | undefined {
  return deepQueryAll<HTMLElement & { disabled: boolean }>(root, 'pa-button').find(
    (b) => b.textContent?.trim() === label,
  );
}

/** The element that has the focus, through the shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until the focus is inside the host `el` (a field, a heading…). */
export async function waitForFocusIn(el: Element | undefined, what: string): Promise<void> {
  await waitUntil(
    () => {
      let node: Node | null = focused();
      while (node) {
        if (node === el) return true;
        node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
      }
      return false;
    },
    `focus is not on ${what} but on <${focused()?.localName}>`,
    { timeout: 3000 },
  );
}

/** The links below `root` whose text contains `text`. */
export function links(root: Element, text: string): HTMLAnchorElement[] {
  return deepQueryAll<HTMLAnchorElement>(root, 'a').filter((a) =>
    a.textContent?.replace(/\s+/g, ' ').includes(text),
  );
}
