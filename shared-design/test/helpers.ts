/** The element matching `selector` in `host`'s shadow root; fails the test when absent. */
export function inShadow<E extends Element = HTMLElement>(host: Element, selector: string): E {
  const found = host.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`${selector} not found in <${host.localName}>`);
  return found;
}

export function allInShadow<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  return [...(host.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

/** Text as a reader hears it: whitespace collapsed. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text a screen reader gets: like text(), without aria-hidden parts. */
export function spoken(node: Node | null | undefined): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll?.('[aria-hidden="true"]') ?? []) hidden.remove();
  return text(copy);
}

/**
 * Resolves with whether the next click reaching the document was already default-prevented
 * (by the component), then prevents it, so that the test page neither navigates nor downloads.
 */
export function nextClickPrevented(): Promise<boolean> {
  return new Promise((resolve) => {
    document.addEventListener(
      'click',
      (event) => {
        resolve(event.defaultPrevented);
        event.preventDefault();
      },
      { once: true },
    );
  });
}

function describeValue(value: unknown): unknown {
  if (value instanceof Node)
    return value instanceof Element
      ? `<${value.localName}${value.id ? `#${value.id}` : ''}>`
      : value.nodeName;
  if (Array.isArray(value)) return value.map(describeValue);
  return value;
}

// A failed assertion about an element hands the element to the test runner, which cannot
// serialise it (circular references) and loses the browser until its 120 s timeout: keep a description.
afterEach(function (this: { currentTest?: { err?: unknown } }) {
  const err = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!err) return;
  err.actual = describeValue(err.actual);
  err.expected = describeValue(err.expected);
});
