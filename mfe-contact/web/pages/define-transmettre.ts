// E3 Nous transmettre (and the sending form of one nature): the page's elements, registered when
// the section first shows it (`../section.ts` imports this module on demand, a chunk of the
// section's bundle).
import { define } from '@portail/shared-design';
import { CtcTransmettrePage } from './transmettre.js';
import { CtcTransmissionForm } from './transmission-form.js';

define('ctc-transmission-form', CtcTransmissionForm);
define('ctc-transmettre-page', CtcTransmettrePage);
