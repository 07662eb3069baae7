// W2 — the bundle an employer's intranet loads: it registers the section's widgets, each taking
// the portal's origin in `api-base`, themed by the --pa-* tokens set on any ancestor. From another
// origin they connect with the portal's popup and a bearer token (runtime widget-auth).
//   <script type="module" src="https://portail.example/widgets/mfe-sante.js"></script>
//   <san-remboursements api-base="https://portail.example"></san-remboursements>
import { define, widgetMessages } from '@portail/shared-design';
import { SanRemboursements } from './remboursements.js';

export { SanRemboursements };

// SPEC P6: the widgets speak the intranet page's language; defined once their texts are there.
void widgetMessages({ en: async () => (await import('../../locales/en.js')).en }).then(() => {
  define('san-remboursements', SanRemboursements);
});
