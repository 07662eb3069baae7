import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { token } from '../tokens.js';
import { PaFieldElement } from './field-element.js';

export type TextFieldType = 'text' | 'email' | 'password' | 'tel' | 'date' | 'search';

/**
 * A labelled single-line field that takes part in its form (name/value in FormData, validity
 * mirrored from the native input). `error` and `hint` are tied to the input with
 * aria-describedby (RGAA 11.10). Fires `input` (native, composed) and `change` (re-dispatched:
 * the native one does not leave the shadow root). Enter submits the form, as in a native field.
 */
export class PaTextField extends PaFieldElement {
  static override styles = [
    PaFieldElement.styles,
    css`
      input:read-only {
        background: ${token['color-surface-alt']};
      }
    `,
  ];

  @property() type: TextFieldType = 'text';
  @property() autocomplete?: string;
  @property({ type: Number }) maxlength?: number;
  /** The virtual keyboard: `numeric` for a code (P8). */
  @property() inputmode?: string;
  @property({ type: Boolean, reflect: true }) readonly = false;

  protected readonly controlId = 'input';

  /** A password is never kept in a draft (A8), nor what the member could not type. */
  override draftValue(): string | undefined {
    return this.type === 'password' || this.readonly ? undefined : super.draftValue();
  }

  private onKeydown(event: KeyboardEvent): void {
    const modified = event.ctrlKey || event.metaKey || event.altKey || event.shiftKey;
    if (event.key === 'Enter' && !event.isComposing && !modified) this.internals.form?.requestSubmit();
  }

  protected renderControl(describedBy: string | typeof nothing) {
    return html`<input
      id="input"
      class="control"
      part="input"
      type=${this.type}
      name=${this.name || nothing}
      .value=${live(this.value)}
      ?required=${this.required}
      aria-required=${this.required ? 'true' : nothing}
      ?disabled=${this.disabled || this.fieldsetDisabled}
      ?readonly=${this.readonly}
      autocomplete=${ifDefined(this.autocomplete)}
      maxlength=${ifDefined(this.maxlength)}
      inputmode=${ifDefined(this.inputmode)}
      aria-invalid=${this.error ? 'true' : nothing}
      aria-describedby=${describedBy}
      @input=${this.onInput}
      @change=${this.onChange}
      @keydown=${this.onKeydown}
    />`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-text-field': PaTextField;
  }
}
