/** Entry of `@portail/shell`: the page imports it once, after its import map. */
// The page's language first (SPEC P6): the shell's elements are registered (`define.ts`) and the
// portal started once it is set up, in that order (both wait for `localeReady`).
import { localeReady } from './locale/define.js';
import './define.js';
import { startPortal } from './start-portal.js';

void localeReady.then(() => startPortal());
