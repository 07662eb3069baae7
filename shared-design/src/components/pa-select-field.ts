import { msg } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { PaFieldElement } from './field-element.js';

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A labelled drop-down list that takes part in its form, the counterpart of pa-text-field: native
 * `<select>`, name/value in FormData, validity mirrored, `error` and `hint` tied with
 * aria-describedby (RGAA 11.10). A first empty option (`placeholder`, "Choisissez…" by default)
 * stands for "nothing chosen yet", so `required` works as in a native select.
 * Fires `change` (re-dispatched from the host) and `input` (native, composed).
 */
export class PaSelectField extends PaFieldElement {
  static override styles = [
    PaFieldElement.styles,
    css`
      select {
        cursor: pointer;
      }
    `,
  ];

  @property({ attribute: false }) options: SelectOption[] = [];
  /** Text of the empty first option. */
  @property() placeholder = msg('Choisissez…');

  protected readonly controlId = 'select';

  /** A select's `change` carries the choice too. */
  protected override onChange(event: Event): void {
    this.onInput(event);
    super.onChange(event);
  }

  protected renderControl(describedBy: string | typeof nothing) {
    return html`<select
      id="select"
      class="control"
      part="select"
      name=${this.name || nothing}
      .value=${live(this.value)}
      ?required=${this.required}
      aria-required=${this.required ? 'true' : nothing}
      ?disabled=${this.disabled || this.fieldsetDisabled}
      aria-invalid=${this.error ? 'true' : nothing}
      aria-describedby=${describedBy}
      @change=${this.onChange}
      @input=${this.onInput}
    >
      <option value="" ?selected=${this.value === ''}>${this.placeholder}</option>
      ${this.options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${option.value === this.value}>${option.label}</option>`,
      )}
    </select>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-select-field': PaSelectField;
  }
}
