// The section's one module that registers elements at load (each page's `pages/define-<page>.ts`
// registers that page's, when the section element first shows it).
import { define } from '@portail/shared-design';
import { ExeSection } from './section.js';

/** Registers `exe-section` (idempotent). */
export function defineExempleElements(): void {
  define('exe-section', ExeSection);
}

declare global {
  interface HTMLElementTagNameMap {
    'exe-section': ExeSection;
  }
}
