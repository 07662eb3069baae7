import { listStyles, sectionPageStyles, token } from '@portail/shared-design';
import { css } from 'lit';

/** The back office's pages: the sections' page look, plus filter bars, counts and pagers. */
export const gestionPageStyles = [
  sectionPageStyles,
  listStyles,
  css`
    form.filters {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 ${token['space-4']};
      max-width: none;
      padding: ${token['space-3']} ${token['space-4']} 0;
      border: 1px solid ${token['color-border']};
      border-radius: ${token.radius};
      background: ${token['color-surface-alt']};
    }
    form.filters > * {
      min-inline-size: 12rem;
    }
    form.filters .actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${token['space-2']};
      align-self: flex-end;
      margin-block-end: ${token['space-4']};
    }
    .muted {
      color: ${token['color-text-muted']};
    }
  `,
];
