/**
 * Registers a custom element unless its name is taken. Several sections (or two versions of one)
 * may load on the same page (SPEC W3): a second registration must not throw NotSupportedError.
 * Only the `define.ts` files of the packages call it: their other modules just export classes.
 */
export function define(name: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (!existing) {
    customElements.define(name, ctor);
  } else if (existing !== ctor) {
    console.warn(`<${name}> is already defined by another class (another copy of the package?); keeping it.`);
  }
}
