import { msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { focusRing, hostBase, visuallyHidden } from '../styles.js';
import { token } from '../tokens.js';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';
export type ButtonType = 'button' | 'submit' | 'reset';

/**
 * A button that takes part in its form: the native button lives in the shadow root, where it
 * has no form owner, so submit and reset go through ElementInternals.
 * While `busy` it stays focusable (aria-disabled) so focus is not lost, but ignores clicks.
 * @slot - the button's text
 */
export class PaButton extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [
    hostBase,
    focusRing,
    visuallyHidden,
    css`
      :host {
        display: inline-block;
      }
      button {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        gap: ${token['space-2']};
        width: 100%;
        min-height: 2.75rem;
        padding: ${token['space-2']} ${token['space-4']};
        border: 2px solid ${token['color-primary']};
        border-radius: ${token.radius};
        background: ${token['color-primary']};
        color: ${token['color-on-primary']};
        font: inherit;
        font-weight: 600;
        cursor: pointer;
      }
      button:hover {
        background: ${token['color-primary-hover']};
        border-color: ${token['color-primary-hover']};
      }
      :host([variant='secondary']) button {
        background: ${token['color-surface']};
        color: ${token['color-primary']};
      }
      :host([variant='secondary']) button:hover {
        background: ${token['color-info-bg']};
      }
      :host([variant='danger']) button {
        background: ${token['color-error']};
        border-color: ${token['color-error']};
      }
      :host([variant='link']) button {
        min-height: 0;
        padding: 0;
        border: 0;
        background: none;
        color: ${token['color-primary']};
        font-weight: 400;
        text-decoration: underline;
      }
      button:disabled,
      button[aria-disabled='true'] {
        cursor: not-allowed;
        opacity: 0.6;
      }
      .spinner {
        width: 1em;
        height: 1em;
        border: 2px solid currentColor;
        border-inline-end-color: transparent;
        border-radius: 50%;
        animation: spin 0.8s linear infinite;
      }
      @keyframes spin {
        to {
          transform: rotate(1turn);
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .spinner {
          animation: none;
        }
      }
    `,
  ];

  @property({ reflect: true }) variant: ButtonVariant = 'primary';
  @property({ reflect: true }) type: ButtonType = 'button';
  @property({ type: Boolean, reflect: true }) disabled = false;
  @property({ type: Boolean, reflect: true }) busy = false;

  protected readonly internals = this.attachInternals();

  constructor() {
    super();
    // On the host, so that `el.click()` behaves like a native button's too.
    this.addEventListener('click', this.handleClick);
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  private handleClick = (event: MouseEvent): void => {
    if (this.disabled || this.busy) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (this.type === 'submit') this.internals.form?.requestSubmit();
    else if (this.type === 'reset') this.internals.form?.reset();
  };

  override render() {
    return html`<button
      part="button"
      type="button"
      ?disabled=${this.disabled}
      aria-disabled=${this.busy ? 'true' : nothing}
      aria-busy=${this.busy ? 'true' : nothing}
    >
      ${this.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}<slot></slot>${
        this.busy ? html`<span class="visually-hidden">${msg(' (traitement en cours)')}</span>` : nothing
      }
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-button': PaButton;
  }
}
