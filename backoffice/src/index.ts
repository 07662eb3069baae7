// @portail/backoffice: the page at /gestion imports it once, after its import map, and holds
// `<portail-gestion></portail-gestion>` in its body.
import { installTokens } from '@portail/shared-design';
import './define.js';

const documentSheet = new CSSStyleSheet();
documentSheet.replaceSync('body { margin: 0; } portail-gestion { display: block; }');

/**
 * Starts the back office: tokens and page rules (adopted: the CSP forbids inline styles), root. Its
 * elements are registered by `define.ts`, imported above.
 */
export function startGestion(): HTMLElement {
  installTokens();
  if (!document.adoptedStyleSheets.includes(documentSheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, documentSheet];
  }
  return (
    document.querySelector('portail-gestion') ??
    document.body.appendChild(document.createElement('portail-gestion'))
  );
}

startGestion();
