import { css } from 'lit';
import { token } from '../tokens.js';

/**
 * Look of the form fields (pa-text-field, pa-select-field): label above, control full width, hint in
 * muted text, error in red and bold under the control, red border on an invalid control.
 */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: ${token['space-4']};
  }
  label {
    display: block;
    font-weight: 600;
  }
  .required {
    color: ${token['color-error']};
  }
  .hint {
    margin: ${token['space-1']} 0 0;
    color: ${token['color-text-muted']};
    font-size: ${token['font-size-sm']};
  }
  .control {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    margin-block-start: ${token['space-1']};
    padding: ${token['space-2']} ${token['space-3']};
    border: 1px solid ${token['color-border-strong']};
    border-radius: ${token.radius};
    background: ${token['color-surface']};
    color: inherit;
    font: inherit;
  }
  .control[aria-invalid='true'] {
    border: 2px solid ${token['color-error']};
  }
  .control:disabled {
    background: ${token['color-surface-alt']};
    cursor: not-allowed;
  }
  .error {
    margin: ${token['space-1']} 0 0;
    color: ${token['color-error']};
    font-size: ${token['font-size-sm']};
    font-weight: 600;
  }
`;
