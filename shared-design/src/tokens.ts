import { type CSSResult, unsafeCSS } from 'lit';

/**
 * Default value of every design token. The custom property is `--pa-<name>`; an embedding page
 * themes the components by setting it on any ancestor.
 * Contrasts on white: text 16.7:1, muted 7:1, primary 9.6:1, error 5.9:1, success 5.8:1,
 * warning 6.3:1, input border 4.8:1, focus 6:1, unread marker 3.6:1 (non-text, ≥ 3:1),
 * white on unread-strong (badge) 5.5:1.
 */
export const tokenDefaults = {
  'color-primary': '#1a4480',
  'color-primary-hover': '#12305a',
  'color-on-primary': '#ffffff',
  'color-unread': '#e35d00',
  'color-unread-strong': '#b34700',
  'color-error': '#c0262d',
  'color-error-bg': '#fdecea',
  'color-success': '#18753c',
  'color-success-bg': '#e9f5ee',
  'color-warning': '#8a5300',
  'color-warning-bg': '#fff4e5',
  'color-info': '#1a4480',
  'color-info-bg': '#e8eef8',
  'color-text': '#1e1e1e',
  'color-text-muted': '#595959',
  'color-surface': '#ffffff',
  'color-surface-alt': '#f5f6f8',
  'color-border': '#d0d5dd',
  'color-border-strong': '#6b7280',
  'color-focus': '#005fcc',
  'focus-width': '3px',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-5': '1.5rem',
  'space-6': '2rem',
  radius: '0.25rem',
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  'font-size-sm': '0.875rem',
  'font-size-md': '1rem',
  'font-size-lg': '1.25rem',
  'font-size-xl': '1.75rem',
  'line-height': '1.5',
} as const;

export type TokenName = keyof typeof tokenDefaults;

/**
 * `var(--pa-<name>, <default>)` for component styles. Components never declare the tokens on
 * `:host` themselves: that would shadow the values an ancestor sets.
 */
export const token = Object.fromEntries(
  Object.entries(tokenDefaults).map(([name, value]) => [name, unsafeCSS(`var(--pa-${name}, ${value})`)]),
) as Record<TokenName, CSSResult>;

const declarations = Object.entries(tokenDefaults)
  .map(([name, value]) => `--pa-${name}: ${value};`)
  .join('');

/**
 * The defaults declared on `:host`, for an application root that wants them in its own tree.
 * Declared on a host, they win over values inherited from the page: leave them out of anything
 * an intranet should be able to theme.
 */
export const tokensCss: CSSResult = unsafeCSS(`:host { ${declarations} }`);

const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Declares the defaults on the document's `:root` through an adopted stylesheet (no inline style,
 * so a strict CSP needs no 'unsafe-inline'). Zero specificity, so the page's own `:root` rules
 * win. Returns a function that removes the sheet again.
 */
export function installTokens(doc: Document = document): () => void {
  let sheet = sheets.get(doc);
  if (!sheet) {
    // A constructed sheet can only be adopted by the document of the realm that created it.
    const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    sheet = new Sheet();
    sheet.replaceSync(`:where(:root) { ${declarations} }`);
    sheets.set(doc, sheet);
  }
  const installed = sheet;
  if (!doc.adoptedStyleSheets.includes(installed)) {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, installed];
  }
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== installed);
  };
}
