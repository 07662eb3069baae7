import type { SectionSlice } from '@portail/kernel';
import { adhesionSlice } from '@portail/mfe-adhesion/api';
import { compteSlice } from '@portail/mfe-compte/api';
import { contactSlice } from '@portail/mfe-contact/api';
import { indemnisationsSlice } from '@portail/mfe-indemnisations/api';

/** Every section's API slice, mounted under `/api/<name>`. */
export const SECTIONS: readonly SectionSlice[] = [
  adhesionSlice,
  indemnisationsSlice,
  compteSlice,
  contactSlice,
];
