const sheet = new CSSStyleSheet();
sheet.replaceSync('body { margin: 0; } portail-app { display: block; }');

/** The page-level rules the light-DOM root needs, adopted (a strict CSP forbids inline styles). */
export function installDocumentStyles(): void {
  if (!document.adoptedStyleSheets.includes(sheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
}
