// E2 Vous avez une question (with the form it shares with E1): the page's elements, registered when
// the section first shows it (`../section.ts` imports this module on demand, a chunk of the
// section's bundle).
import { define } from '@portail/shared-design';
import { CtcExchangeForm } from './exchange-form.js';
import { CtcQuestionPage } from './question.js';

define('ctc-exchange-form', CtcExchangeForm);
define('ctc-question-page', CtcQuestionPage);
