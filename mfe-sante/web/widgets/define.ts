// W2 — the bundle an employer's intranet loads: it registers the section's widgets, each taking
// the portal's origin in `api-base`, themed by the --pa-* tokens set on any ancestor. From another
// origin they connect with the portal's popup and a bearer token (runtime widget-auth).
//   <script type="module" src="https://portail.example/widgets/mfe-sante.js"></script>
//   <san-remboursements api-base="https://portail.example"></san-remboursements>
import { loadSectionMessages } from '@portail/runtime';
import { define } from '@portail/shared-design';
import { SanRemboursements } from './remboursements.js';

export { SanRemboursements };

// SPEC P6: the widgets' texts in the page's language, before any is shown.
await loadSectionMessages({ en: async () => (await import('../../locales/en.js')).en });

define('san-remboursements', SanRemboursements);
