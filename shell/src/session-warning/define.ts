// SPEC A8's warning, a chunk of its own: `SessionKeeper` imports this module when a warning is
// first due, never on the login page.
import { define } from '@portail/shared-design';
import { PortailSessionWarning } from './session-warning.js';

define('portail-session-warning', PortailSessionWarning);
