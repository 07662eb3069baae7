import { mandatoryNote, sectionPageStyles } from '@portail/shared-design';

/** The section's pages share the design system's page look (no section-specific rules). */
export const contactStyles = sectionPageStyles;
export { mandatoryNote };

/** Where the member follows every request (E4), linked from the confirmations. */
export const SUIVI_PATH = '/contact/suivi';
