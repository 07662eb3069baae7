/** Entry of `@portail/shell`: the page imports it once, after its import map. */
// The page's language first (SPEC P6): its top-level await holds the modules below until it is set.
import './locale/define.js';
import './define.js';
import { startPortal } from './start-portal.js';

startPortal();
