// SPEC P8: the login's code step, a chunk of its own that the login page imports when the server
// asks for a code (the login page's first load stays without it).
import { define } from '@portail/shared-design';
import { PortailCodeStep } from './code-step.js';

define('portail-code-step', PortailCodeStep);
