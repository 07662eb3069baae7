import { css } from 'lit';
import { token } from './tokens.js';

/** Hides an element visually while keeping it for screen readers (`class="visually-hidden"`). */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/** The keyboard focus indicator shared by every interactive element. */
export const focusRing = css`
  :focus-visible {
    outline: ${token['focus-width']} solid ${token['color-focus']};
    outline-offset: 2px;
  }
`;

/** Box model, typography and `hidden` handling common to every host. */
export const hostBase = css`
  :host {
    box-sizing: border-box;
    font-family: ${token['font-family']};
    font-size: ${token['font-size-md']};
    line-height: ${token['line-height']};
    color: ${token['color-text']};
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
