// W2 — the bundle an employer's intranet loads: it registers the section's widgets, each taking
// the portal's origin in `api-base`, themed by the --pa-* tokens set on any ancestor. From another
// origin they connect with the portal's popup and a bearer token (runtime widget-auth).
//   <script type="module" src="https://portail.example/widgets/mfe-indemnisations.js"></script>
//   <ind-declarer-sinistre api-base="https://portail.example"></ind-declarer-sinistre>
//   <ind-historique-indemnisations api-base="https://portail.example"></ind-historique-indemnisations>
import { define, widgetMessages } from '@portail/shared-design';
import { IndDeclarerSinistre } from './declarer-sinistre.js';
import { IndHistoriqueIndemnisations } from './historique-indemnisations.js';

export { IndDeclarerSinistre, IndHistoriqueIndemnisations };

// SPEC P6: the widgets speak the intranet page's language; defined once their texts are there.
void widgetMessages({ en: async () => (await import('../../locales/en.js')).en }).then(() => {
  define('ind-declarer-sinistre', IndDeclarerSinistre);
  define('ind-historique-indemnisations', IndHistoriqueIndemnisations);
});
