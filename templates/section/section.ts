import { defineSection } from '@portail/kernel/contract/section';
import { EXEMPLE_PAGES, EXEMPLE_REQUEST_KIND } from './contract/index.js';

/** « Exemple »: what the section gives members (its SPEC IDs). */
export const exempleSection = defineSection({
  name: 'exemple',
  package: '@portail/mfe-exemple',
  label: 'Exemple',
  paths: ['/exemple'],
  pages: EXEMPLE_PAGES,
  requestKinds: { [EXEMPLE_REQUEST_KIND]: "Demande d'exemple" },
  web: { app: 'web/index.ts' },
});
