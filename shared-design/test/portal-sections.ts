// What the host writes into every page: the summaries of the sections' manifests, which the shell
// routes with and the back office names request kinds with. Component tests of either install it.
import { PORTAL_SECTIONS_ID, sectionSummary } from '@portail/kernel/contract/section';
import { adhesionSection } from '../../mfe-adhesion/section.js';
import { compteSection } from '../../mfe-compte/section.js';
import { contactSection } from '../../mfe-contact/section.js';
import { indemnisationsSection } from '../../mfe-indemnisations/section.js';
import { santeSection } from '../../mfe-sante/section.js';

export const PORTAL_SECTIONS = [
  adhesionSection,
  indemnisationsSection,
  santeSection,
  compteSection,
  contactSection,
].map(sectionSummary);

export function installPortalSections(): void {
  if (document.getElementById(PORTAL_SECTIONS_ID)) return;
  const summaries = document.createElement('script');
  summaries.type = 'application/json';
  summaries.id = PORTAL_SECTIONS_ID;
  summaries.textContent = JSON.stringify(PORTAL_SECTIONS);
  document.head.append(summaries);
}
