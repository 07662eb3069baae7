// D1–D3 Données personnelles (its forms): the page's elements, registered when the section first
// shows it (`../section.ts` imports this module on demand, a chunk of the section's bundle).
import { define } from '@portail/shared-design';
import { CptAlertsForm } from './alerts-form.js';
import { CptChangeForm } from './change-form.js';
import { CptDonneesPage } from './donnees.js';
import { CptPhonesForm } from './phones-form.js';

define('cpt-alerts-form', CptAlertsForm);
define('cpt-change-form', CptChangeForm);
define('cpt-phones-form', CptPhonesForm);
define('cpt-donnees-page', CptDonneesPage);
