// The section's registrations, its only module with a side effect (with the widgets' and the
// back-office part's, each its own bundle): the entry (`index.ts`) imports it, and so do the tests.
import { define } from '@portail/shared-design';
import { IndClaimWizard } from './pages/claim-wizard.js';
import { IndClaimsPage } from './pages/claims.js';
import { IndIndemnitiesPage } from './pages/indemnities.js';
import { IndIndemnityDetail } from './pages/indemnity-detail.js';
import { IndSendingsPage } from './pages/sendings.js';
import { IndSupportingDocumentsPage } from './pages/supporting-documents.js';
import { IndTaxCertificates } from './pages/tax-certificates.js';
import { IndSection } from './section.js';

define('ind-claims-page', IndClaimsPage);
define('ind-claim-wizard', IndClaimWizard);
define('ind-supporting-documents-page', IndSupportingDocumentsPage);
define('ind-sendings-page', IndSendingsPage);
define('ind-indemnity-detail', IndIndemnityDetail);
define('ind-tax-certificates', IndTaxCertificates);
define('ind-indemnities-page', IndIndemnitiesPage);
define('ind-section', IndSection);
