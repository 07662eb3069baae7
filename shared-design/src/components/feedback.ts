import { css } from 'lit';
import { token } from '../tokens.js';

export type AlertVariant = 'info' | 'success' | 'warning' | 'error';

/** Icon glyph and spoken prefix per variant, so colour is never the only sign (RGAA 3.1). */
export const variantSigns: Record<AlertVariant, { icon: string; label: string }> = {
  info: { icon: 'i', label: 'Information' },
  success: { icon: '✓', label: 'Succès' },
  warning: { icon: '!', label: 'Attention' },
  error: { icon: '✕', label: 'Erreur' },
};

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
