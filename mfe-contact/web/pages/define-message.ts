// E1 Envoyer un message (with the form it shares with E2): the page's elements, registered when the
// section first shows it (`../section.ts` imports this module on demand, a chunk of the section's
// bundle).
import { define } from '@portail/shared-design';
import { CtcExchangeForm } from './exchange-form.js';
import { CtcMessagePage } from './message.js';

define('ctc-exchange-form', CtcExchangeForm);
define('ctc-message-page', CtcMessagePage);
