/// <reference types="vite/client" />
// The ALTCHA widget behind `pa-robot-check`, loaded by it with a dynamic import the first time a
// robot check is rendered: its ~35 KB gzipped never weigh on the login page or the member's pages.
//
// Strict CSP (script-src 'self' 'nonce-…', style-src 'self', no worker-src so workers follow
// script-src): `altcha/external` is the build without blob: workers and without injected styles.
// - Its proof-of-work worker is a separate file of shared-design's build (Vite `?worker&url`),
//   loaded from the package's own same-origin folder (`base: './'` makes the URL relative to this
//   chunk).
// - Its CSS is bundled as a string that `pa-robot-check` adopts in its shadow root as a constructed
//   stylesheet, which CSP allows without 'unsafe-inline'. `?raw`, not `?inline`: Vite's CSS
//   minifier would lower its light-dark() colours into a polyfill that needs color-scheme rules the
//   file does not have (every border then vanished). The widget renders in light DOM, here the
//   shadow root of pa-robot-check, so `:root` rules become `:host` rules.
import 'altcha/external';
import 'altcha/i18n/fr-fr';
import altchaCss from 'altcha/altcha.css?raw';
import pbkdf2WorkerUrl from 'altcha/workers/pbkdf2?worker&url';
import { unsafeCSS } from 'lit';

/**
 * The proof-of-work worker, from this package's own folder. Embedded in a page of another origin
 * (W2), a worker cannot be loaded from the portal directly: a blob: worker then imports the script
 * (that page's CSP must allow blob: workers, and the portal must serve its assets with CORS).
 */
function pbkdf2Worker(): Worker {
  const url = new URL(pbkdf2WorkerUrl, import.meta.url);
  if (url.origin === location.origin) return new Worker(url);
  const loader = new Blob([`importScripts(${JSON.stringify(url.href)});`], { type: 'text/javascript' });
  return new Worker(URL.createObjectURL(loader));
}

for (const algorithm of ['PBKDF2/SHA-256', 'PBKDF2/SHA-384', 'PBKDF2/SHA-512']) {
  globalThis.$altcha.algorithms.set(algorithm, pbkdf2Worker);
}

/** The widget's own styles, for the shadow root it renders in. */
export const styles = unsafeCSS(altchaCss.replaceAll(':root', ':host'));
