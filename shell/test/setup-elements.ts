import { PORTAL_SECTIONS_ID, sectionSummary } from '@portail/kernel/contract/section';
import { installTokens } from '@portail/shared-design';
import { adhesionSection } from '../../mfe-adhesion/section.js';
import { compteSection } from '../../mfe-compte/section.js';
import { contactSection } from '../../mfe-contact/section.js';
import { indemnisationsSection } from '../../mfe-indemnisations/section.js';
import { santeSection } from '../../mfe-sante/section.js';
import { defineShellElements } from '../src/define-elements.js';
import { defineMorePages } from '../src/define-more-pages.js';

installTokens();
defineShellElements();
defineMorePages();

// What the host writes into the page: the summaries of the sections' manifests.
if (!document.getElementById(PORTAL_SECTIONS_ID)) {
  const summaries = document.createElement('script');
  summaries.type = 'application/json';
  summaries.id = PORTAL_SECTIONS_ID;
  summaries.textContent = JSON.stringify(
    [adhesionSection, indemnisationsSection, santeSection, compteSection, contactSection].map(sectionSummary),
  );
  document.head.append(summaries);
}
