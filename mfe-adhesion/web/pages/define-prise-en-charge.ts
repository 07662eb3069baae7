// B7 Prise en charge hospitalière: the page's elements, registered when the section first shows it
// (`../section.ts` imports this module on demand, a chunk of the section's bundle).
import { define } from '@portail/shared-design';
import { AdhHospitalPage } from './hospital.js';
import { AdhHospitalForm } from './hospital-form.js';

define('adh-hospital-form', AdhHospitalForm);
define('adh-hospital-page', AdhHospitalPage);
