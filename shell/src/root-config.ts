/** Entry of `@portail/shell`: the page imports it once, after its import map. */
import { startPortal } from './start-portal.js';

startPortal();
