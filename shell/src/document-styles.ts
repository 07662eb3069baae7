const sheet = new CSSStyleSheet();
// `.portail-identity-pending`: the identity's place (its button's height) until the session is known.
sheet.replaceSync(
  'body { margin: 0; } portail-app { display: block; } .portail-identity-pending { display: block; min-height: 2.75rem; }',
);

/** The page-level rules the light-DOM root needs, adopted (a strict CSP forbids inline styles). */
export function installDocumentStyles(): void {
  if (!document.adoptedStyleSheets.includes(sheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
}
