import { mandatoryNote, sectionPageStyles } from '@portail/shared-design';

/** The section's pages and widgets share the design system's page look (no section-specific rules). */
export const adhesionStyles = sectionPageStyles;
export { mandatoryNote };
