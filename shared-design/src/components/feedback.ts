import { msg, str } from '@lit/localize';
import { css } from 'lit';
import { token } from '../tokens.js';

export type AlertVariant = 'info' | 'success' | 'warning' | 'error';

/** Icon glyph and spoken prefix per variant, so colour is never the only sign (RGAA 3.1). */
export const variantSigns: Record<AlertVariant, { icon: string; readonly label: string }> = {
  info: {
    icon: 'i',
    get label() {
      return msg('Information');
    },
  },
  success: {
    icon: '✓',
    get label() {
      return msg('Succès');
    },
  },
  warning: {
    icon: '!',
    get label() {
      return msg('Attention');
    },
  },
  error: {
    icon: '✕',
    get label() {
      return msg('Erreur');
    },
  },
};

/** The spoken prefix of a message box: « Erreur : », "Error: ". */
export function signPrefix(label: string): string {
  return msg(str`${label} : `);
}

/** Colours of `.info`, `.success`, `.warning`, `.error` boxes and their `.icon`. */
export const variantStyles = css`
  .info {
    --accent: ${token['color-info']};
    --tint: ${token['color-info-bg']};
  }
  .success {
    --accent: ${token['color-success']};
    --tint: ${token['color-success-bg']};
  }
  .warning {
    --accent: ${token['color-warning']};
    --tint: ${token['color-warning-bg']};
  }
  .error {
    --accent: ${token['color-error']};
    --tint: ${token['color-error-bg']};
  }
  .icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.5rem;
    height: 1.5rem;
    border-radius: 50%;
    background: var(--accent);
    color: #fff;
    font-weight: 700;
    line-height: 1;
  }
`;
