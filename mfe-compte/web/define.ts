// The section's registrations, its only module with a side effect: the entry (`index.ts`) imports
// it, and so do the component tests.
import { define } from '@portail/shared-design';
import { CptAlertsForm } from './pages/alerts-form.js';
import { CptChangeForm } from './pages/change-form.js';
import { CptDonneesPage } from './pages/donnees.js';
import { CptIntranetsPage } from './pages/intranets.js';
import { CptMotDePassePage } from './pages/mot-de-passe.js';
import { CptNotificationsPage } from './pages/notifications.js';
import { CptPhonesForm } from './pages/phones-form.js';
import { CptSection } from './section.js';

define('cpt-alerts-form', CptAlertsForm);
define('cpt-change-form', CptChangeForm);
define('cpt-phones-form', CptPhonesForm);
define('cpt-donnees-page', CptDonneesPage);
define('cpt-intranets-page', CptIntranetsPage);
define('cpt-mot-de-passe-page', CptMotDePassePage);
define('cpt-notifications-page', CptNotificationsPage);
define('cpt-section', CptSection);
