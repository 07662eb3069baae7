// The section's one module that registers elements.
import { define } from '@portail/shared-design';
import { ExeHomePage } from './pages/home.js';
import { ExeSection } from './section.js';

/** Registers `exe-section` and the pages it shows (idempotent). */
export function defineExempleElements(): void {
  define('exe-home-page', ExeHomePage);
  define('exe-section', ExeSection);
}

declare global {
  interface HTMLElementTagNameMap {
    'exe-section': ExeSection;
  }
}
