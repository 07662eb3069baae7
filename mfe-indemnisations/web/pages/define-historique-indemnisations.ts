// C6 Historique des indemnisations (with a payment's detail and P4's tax certificates): the page's
// elements, registered when the section first shows it (`../section.ts` imports this module on
// demand, a chunk of the section's bundle).
import { define } from '@portail/shared-design';
import { IndIndemnitiesPage } from './indemnities.js';
import { IndIndemnityDetail } from './indemnity-detail.js';
import { IndTaxCertificates } from './tax-certificates.js';

define('ind-indemnity-detail', IndIndemnityDetail);
define('ind-tax-certificates', IndTaxCertificates);
define('ind-indemnities-page', IndIndemnitiesPage);
