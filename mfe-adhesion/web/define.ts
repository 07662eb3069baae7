// The section's registrations, its only module with a side effect (with `widgets/define.ts`): the
// entry (`index.ts`) imports it, and so do the component tests.
import { define } from '@portail/shared-design';
import { AdhCardPage } from './pages/card.js';
import { AdhCertificatePage } from './pages/certificate.js';
import { AdhHospitalPage } from './pages/hospital.js';
import { AdhHospitalForm } from './pages/hospital-form.js';
import { AdhSection } from './section.js';
// The widgets (W2), which the section's pages show too (the kit on Espace Adhésion).
import './widgets/define.js';

define('adh-card-page', AdhCardPage);
define('adh-certificate-page', AdhCertificatePage);
define('adh-hospital-form', AdhHospitalForm);
define('adh-hospital-page', AdhHospitalPage);
define('adh-section', AdhSection);
