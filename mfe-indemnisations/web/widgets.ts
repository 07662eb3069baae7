// W2 — the section's elements an employer's intranet embeds, outside the shell: each takes the
// portal's origin in `api-base` and is themed by the --pa-* tokens set on any ancestor.
//   <ind-remboursements api-base="https://portail.example"></ind-remboursements>
import { define } from '@portail/shared-design';
import { IndRemboursements } from './widgets/remboursements.js';

export { IndRemboursements };

export const widgets = [{ name: 'ind-remboursements', element: IndRemboursements }] as const;

/** Importing this module defines the widgets already; this says so explicitly (idempotent). */
export function defineWidgets(): void {
  for (const widget of widgets) define(widget.name, widget.element);
}
