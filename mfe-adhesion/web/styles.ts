import { MANDATORY_NOTE, sectionPageStyles } from '@portail/shared-design';

/** The section's pages and widgets share the design system's page look (no section-specific rules). */
export const adhesionStyles = sectionPageStyles;
export { MANDATORY_NOTE };
