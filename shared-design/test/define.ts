// The tests' own registrations: an element a test builds for itself (a section, a list, a form with
// files) or a stand-in of a third-party one (fake-altcha.ts) is registered through here, never by a
// test module directly, as in the packages (their elements are registered by their `define.ts`).
// Tests of the sections and the shell use it too.
import { define } from '../src/registry.js';

/** Registers a test's own element, guarded as the packages' elements are (a second call is a no-op). */
export function defineTestElement(name: string, ctor: CustomElementConstructor): void {
  define(name, ctor);
}
