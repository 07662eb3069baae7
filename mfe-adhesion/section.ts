import { defineSection } from '@portail/kernel/contract/section';
import {
  ADHESION_DOCUMENT_LISTS,
  ADHESION_PAGES,
  CARD_REQUEST_KIND,
  ESPACE_ADHESION_PATH,
} from './contract/index.js';

/** SPEC B — « Mon adhésion »: the contract, its documents, certificates, card, hospital guarantees. */
export const adhesionSection = defineSection({
  name: 'adhesion',
  package: '@portail/mfe-adhesion',
  label: 'Mon adhésion',
  paths: ['/adhesion'],
  pages: ADHESION_PAGES,
  // B4: the prospective member's access to the "Kit d'adhésion".
  publicPages: [{ path: ESPACE_ADHESION_PATH, title: 'Espace Adhésion' }],
  requestKinds: { [CARD_REQUEST_KIND]: 'Carte de tiers payant' },
  web: { app: 'web/index.ts', widgets: 'web/widgets.ts' },
  widgets: {
    elements: ['adh-documents-cles', 'adh-kit-adhesion'],
    purposes: ['vos documents clés'],
    memberRoutes: ['/documents/documents-cles'],
    documentCategories: [ADHESION_DOCUMENT_LISTS['documents-cles']],
    // The kit d'adhésion (B4) of prospective members: no member, no token.
    publicRoutes: ['/espace/*'],
  },
});
