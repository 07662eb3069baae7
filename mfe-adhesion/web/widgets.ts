// W2 — the section's elements an employer's intranet embeds, outside the shell: each takes the
// portal's origin in `api-base` and is themed by the --pa-* tokens set on any ancestor.
//   <adh-documents-cles api-base="https://portail.example"></adh-documents-cles>
//   <adh-kit-adhesion api-base="https://portail.example"></adh-kit-adhesion>
// The documents need the member: from another origin they connect with the portal's popup and a
// bearer token (runtime widget-auth); the kit is public (B4).
import { define } from '@portail/shared-design';
import { AdhKitAdhesion } from './kit/kit-adhesion.js';
import { AdhDocumentsCles } from './widgets/documents-cles.js';

export { AdhDocumentsCles, AdhKitAdhesion };

export const widgets = [
  { name: 'adh-documents-cles', element: AdhDocumentsCles },
  { name: 'adh-kit-adhesion', element: AdhKitAdhesion },
] as const;

/** Importing this module defines the widgets already; this says so explicitly (idempotent). */
export function defineWidgets(): void {
  for (const widget of widgets) define(widget.name, widget.element);
}
