import { focusRing, hostBase, token, visuallyHidden } from '@portail/shared-design';
import { css } from 'lit';

/** Common look of the section's pages and widgets: readable text, forms in one column, links. */
export const adhesionStyles = [
  hostBase,
  focusRing,
  visuallyHidden,
  css`
    :host {
      display: block;
    }
    p,
    ul {
      max-width: 70ch;
    }
    h2 {
      margin: ${token['space-5']} 0 ${token['space-3']};
      color: ${token['color-primary']};
      font-size: ${token['font-size-lg']};
    }
    h2:focus:not(:focus-visible),
    pa-alert:focus:not(:focus-visible) {
      outline: none;
    }
    a {
      color: ${token['color-primary']};
    }
    .loading {
      margin: ${token['space-4']} 0;
      color: ${token['color-text-muted']};
    }
    pa-alert p {
      margin: 0 0 ${token['space-2']};
    }
    pa-alert p:last-child {
      margin-block-end: 0;
    }
    form {
      display: grid;
      gap: ${token['space-2']};
      max-width: 32rem;
      margin-block: ${token['space-4']};
    }
    form pa-button {
      justify-self: start;
    }
    .mandatory {
      margin: 0;
      color: ${token['color-text-muted']};
      font-size: ${token['font-size-sm']};
    }
    .download-link {
      display: inline-flex;
      align-items: center;
      min-height: 2.75rem;
      font-weight: 600;
    }
  `,
];

/** "Les champs marqués d'un astérisque (*) sont obligatoires." (RGAA 11.10: say it before the form). */
export const MANDATORY_NOTE = "Les champs marqués d'un astérisque (*) sont obligatoires.";
