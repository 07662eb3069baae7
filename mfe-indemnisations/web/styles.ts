import { sectionPageStyles } from '@portail/shared-design';

/** The section's pages and widgets share the design system's page look (amounts, back links included). */
export const indemnisationsStyles = sectionPageStyles;
