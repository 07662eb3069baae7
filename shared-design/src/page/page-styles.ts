import { msg } from '@lit/localize';
import { css } from 'lit';
import { focusRing, hostBase, visuallyHidden } from '../styles.js';
import { token } from '../tokens.js';

/** "Les champs marqués d'un astérisque (*) sont obligatoires." (RGAA 11.10: said before the form). */
export const MANDATORY_NOTE = "Les champs marqués d'un astérisque (*) sont obligatoires.";

/** MANDATORY_NOTE in the page's language (SPEC P6), to write at render time. */
export function mandatoryNote(): string {
  return msg("Les champs marqués d'un astérisque (*) sont obligatoires.");
}

/**
 * The common look of sections' pages and widgets: readable text width, headings, links, loading
 * text, alerts, one-column forms, and the 44 px link targets (download, back).
 */
export const sectionPageStyles = [
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
    [tabindex='-1']:focus:not(:focus-visible),
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
    .download-link,
    .back-link {
      display: inline-flex;
      align-items: center;
      min-height: 2.75rem;
      font-weight: 600;
    }
    .amount {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
  `,
];
