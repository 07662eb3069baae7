// B5 Certificat d'affiliation: the page's elements, registered when the section first shows it
// (`../section.ts` imports this module on demand, a chunk of the section's bundle).
import { define } from '@portail/shared-design';
import { AdhCertificatePage } from './certificate.js';

define('adh-certificate-page', AdhCertificatePage);
