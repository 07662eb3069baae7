// The section's one module that registers elements (the widgets have theirs, `widgets/define.ts`,
// and so has the back-office part, `gestion/define.ts`: each is its own bundle).
import { define } from '@portail/shared-design';
import { IndClaimWizard } from './pages/claim-wizard.js';
import { IndClaimsPage } from './pages/claims.js';
import { IndIndemnitiesPage } from './pages/indemnities.js';
import { IndIndemnityDetail } from './pages/indemnity-detail.js';
import { IndSendingsPage } from './pages/sendings.js';
import { IndSupportingDocumentsPage } from './pages/supporting-documents.js';
import { IndSection } from './section.js';

/** Registers `ind-section` and the pages it shows (idempotent). */
export function defineIndemnisationsElements(): void {
  define('ind-claims-page', IndClaimsPage);
  define('ind-claim-wizard', IndClaimWizard);
  define('ind-supporting-documents-page', IndSupportingDocumentsPage);
  define('ind-sendings-page', IndSendingsPage);
  define('ind-indemnity-detail', IndIndemnityDetail);
  define('ind-indemnities-page', IndIndemnitiesPage);
  define('ind-section', IndSection);
}

declare global {
  interface HTMLElementTagNameMap {
    'ind-section': IndSection;
  }
}
