// The section's registrations, its only module with a side effect: the entry (`index.ts`) imports
// it, and so do the component tests.
import { define } from '@portail/shared-design';
import { CtcCoordonneesPage } from './pages/coordonnees.js';
import { CtcExchangeForm } from './pages/exchange-form.js';
import { CtcFaqPage } from './pages/faq.js';
import { CtcMessagePage } from './pages/message.js';
import { CtcQuestionPage } from './pages/question.js';
import { CtcSuiviPage } from './pages/suivi.js';
import { CtcTransmettrePage } from './pages/transmettre.js';
import { CtcTransmissionForm } from './pages/transmission-form.js';
import { CtcSection } from './section.js';

define('ctc-exchange-form', CtcExchangeForm);
define('ctc-transmission-form', CtcTransmissionForm);
define('ctc-coordonnees-page', CtcCoordonneesPage);
define('ctc-faq-page', CtcFaqPage);
define('ctc-message-page', CtcMessagePage);
define('ctc-question-page', CtcQuestionPage);
define('ctc-suivi-page', CtcSuiviPage);
define('ctc-transmettre-page', CtcTransmettrePage);
define('ctc-section', CtcSection);
