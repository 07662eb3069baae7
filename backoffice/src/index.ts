// @portail/backoffice: the page at /gestion imports it once, after its import map, and holds
// `<portail-gestion></portail-gestion>` in its body.
import { installTokens } from '@portail/shared-design';
import { defineGestionElements } from './define.js';

const documentSheet = new CSSStyleSheet();
documentSheet.replaceSync('body { margin: 0; } portail-gestion { display: block; }');

/** Starts the back office: tokens and page rules (adopted: the CSP forbids inline styles), elements, root. */
export function startGestion(): HTMLElement {
  installTokens();
  if (!document.adoptedStyleSheets.includes(documentSheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, documentSheet];
  }
  defineGestionElements();
  return (
    document.querySelector('portail-gestion') ??
    document.body.appendChild(document.createElement('portail-gestion'))
  );
}

startGestion();
