// W2 — the section's elements an employer's intranet embeds, outside the shell: each takes the
// portal's origin in `api-base` and is themed by the --pa-* tokens set on any ancestor.
//   <adh-documents-cles api-base="https://portail.example"></adh-documents-cles>
//   <adh-kit-adhesion api-base="https://portail.example"></adh-kit-adhesion>
// The documents need the member: from another origin they connect with the portal's popup and a
// bearer token (runtime widget-auth); the kit is public (B4). The entry of the widgets bundle:
// importing it defines the widgets (`./widgets/define.ts`).
export { AdhKitAdhesion } from './kit/kit-adhesion.js';
export { defineWidgets, widgets } from './widgets/define.js';
export { AdhDocumentsCles } from './widgets/documents-cles.js';
