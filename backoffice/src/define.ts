// The back office's registrations, its only module with a side effect: `<portail-gestion>` and every
// `bo-*` element. The entry (`index.ts`) imports it before starting the back office.
import { define } from '@portail/shared-design';
import { PortailGestion } from './app/app.js';
import { BoIdentity } from './layout/identity.js';
import { BoDocumentsPage } from './pages/documents.js';
import { BoEmployeursPage } from './pages/employeurs.js';
import { BoJournalPage } from './pages/journal.js';
import { BoJsonValue } from './pages/json-value.js';
import { BoLoginPage } from './pages/login.js';
import { BoMessagesPage } from './pages/messages.js';
import { BoPaiementsPage } from './pages/paiements.js';
import { BoPayeeLookup } from './pages/payee-lookup.js';
import { BoQueuePage } from './pages/queue.js';
import { BoRequestPage } from './pages/request.js';

define('bo-identity', BoIdentity);
define('bo-json-value', BoJsonValue);
define('bo-login-page', BoLoginPage);
define('bo-queue-page', BoQueuePage);
define('bo-request-page', BoRequestPage);
define('bo-documents-page', BoDocumentsPage);
define('bo-payee-lookup', BoPayeeLookup);
define('bo-paiements-page', BoPaiementsPage);
define('bo-employeurs-page', BoEmployeursPage);
define('bo-journal-page', BoJournalPage);
define('bo-messages-page', BoMessagesPage);
define('portail-gestion', PortailGestion);

declare global {
  interface HTMLElementTagNameMap {
    'portail-gestion': PortailGestion;
    'bo-login-page': BoLoginPage;
    'bo-queue-page': BoQueuePage;
    'bo-request-page': BoRequestPage;
    'bo-journal-page': BoJournalPage;
    'bo-messages-page': BoMessagesPage;
    'bo-paiements-page': BoPaiementsPage;
    'bo-payee-lookup': BoPayeeLookup;
  }
}
