import { msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { hostBase, visuallyHidden } from '../styles.js';
import { token } from '../tokens.js';

export interface PasswordCheck {
  label: string;
  met: boolean;
}

/**
 * Live feedback on the password rule (SPEC A7) while the member types. The section computes the
 * checks; this only shows them. An item is re-created when its state flips, so the polite live
 * region announces the whole item ("Au moins 8 caractères respecté"), not a bare "respecté".
 */
export class PaPasswordRules extends LitElement {
  static override styles = [
    hostBase,
    visuallyHidden,
    css`
      :host {
        display: block;
        font-size: ${token['font-size-sm']};
      }
      ul {
        margin: ${token['space-2']} 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: flex;
        gap: ${token['space-2']};
        align-items: baseline;
      }
      .icon {
        width: 1em;
        font-weight: 700;
        color: ${token['color-error']};
      }
      .met .icon {
        color: ${token['color-success']};
      }
    `,
  ];

  @property({ attribute: false }) checks: PasswordCheck[] = [];

  override render() {
    return html`<div aria-live="polite" part="base">
      <ul>
        ${this.checks.map((check, index) =>
          keyed(
            `${index}:${check.met}`,
            html`<li class=${check.met ? 'met' : 'unmet'}>
              <span class="icon" aria-hidden="true">${check.met ? '✓' : '✗'}</span>
              <span>${check.label} <span class="visually-hidden">${check.met ? msg('respecté') : msg('non respecté')}</span></span>
            </li>`,
          ),
        )}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-password-rules': PaPasswordRules;
  }
}
