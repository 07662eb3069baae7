import type { SectionSlice } from '@portail/kernel';
import { adhesionSlice } from '@portail/mfe-adhesion/api';
import { compteSlice } from '@portail/mfe-compte/api';
import { contactSlice } from '@portail/mfe-contact/api';
import { indemnisationsSlice } from '@portail/mfe-indemnisations/api';
import { santeSlice } from '@portail/mfe-sante/api';

/**
 * The portal's sections, in the order of the menu: each mounted under `/api/<name>`, its manifest
 * (`<section>/section.ts`) read by the host, the shell, the build, the back office and the tests.
 * Adding a section: its folder (`npm run new-section`) and its line here.
 */
export const SECTIONS: readonly SectionSlice[] = [
  adhesionSlice,
  indemnisationsSlice,
  santeSlice,
  compteSlice,
  contactSlice,
];
