import { token } from '@portail/shared-design';
import { css } from 'lit';

/**
 * The look of a group of radio buttons drawn by a page itself (`<fieldset>` named by its
 * `<legend>`): the legend in bold, the red asterisk (`.required`) and message (`.error`), each
 * `.option` a 44 px target with a 20 px radio button. The layout of the `.options` and of the
 * fieldset stays with the page.
 */
export const choiceStyles = css`
  legend {
    padding: 0;
    font-weight: 600;
  }
  .required,
  .error {
    color: ${token['color-error']};
  }
  .error {
    margin: ${token['space-1']} 0 0;
    font-size: ${token['font-size-sm']};
    font-weight: 600;
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: ${token['space-2']};
    min-height: 2.75rem;
  }
  input[type='radio'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: ${token['color-primary']};
  }
`;
