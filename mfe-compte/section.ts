import { defineSection } from '@portail/kernel/contract/section';
import { COMPTE_PAGES } from './contract/index.js';

/** SPEC D — « Mon compte »: personal data and its changes, password, notifications, intranets. */
export const compteSection = defineSection({
  name: 'compte',
  package: '@portail/mfe-compte',
  label: 'Mon compte',
  paths: ['/compte'],
  pages: COMPTE_PAGES,
  requestKinds: {
    adresse: 'Adresse postale',
    email: 'Adresse e-mail',
    coordonnees_bancaires: 'Coordonnées bancaires',
    mode_cotisation: 'Mode de règlement des cotisations',
  },
  web: { app: 'web/index.ts' },
});
