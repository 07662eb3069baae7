/** Entry of `@portail/shell`: the page imports it once, after its import map. */
import './define.js';
import { startPortal } from './start-portal.js';

startPortal();
