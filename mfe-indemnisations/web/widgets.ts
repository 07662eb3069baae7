// W2 — the section's elements an employer's intranet embeds, outside the shell: each takes the
// portal's origin in `api-base` and is themed by the --pa-* tokens set on any ancestor. From
// another origin they connect with the portal's popup and a bearer token (runtime widget-auth).
//   <ind-declarer-sinistre api-base="https://portail.example"></ind-declarer-sinistre>
//   <ind-historique-indemnisations api-base="https://portail.example"></ind-historique-indemnisations>
//   <ind-remboursements api-base="https://portail.example"></ind-remboursements>
import { define } from '@portail/shared-design';
import { IndDeclarerSinistre } from './widgets/declarer-sinistre.js';
import { IndHistoriqueIndemnisations } from './widgets/historique-indemnisations.js';
import { IndRemboursements } from './widgets/remboursements.js';

export { IndDeclarerSinistre, IndHistoriqueIndemnisations, IndRemboursements };

export const widgets = [
  { name: 'ind-declarer-sinistre', element: IndDeclarerSinistre },
  { name: 'ind-historique-indemnisations', element: IndHistoriqueIndemnisations },
  { name: 'ind-remboursements', element: IndRemboursements },
] as const;

/** Importing this module defines the widgets already; this says so explicitly (idempotent). */
export function defineWidgets(): void {
  for (const widget of widgets) define(widget.name, widget.element);
}
