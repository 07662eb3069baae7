import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { define } from '../define.js';
import { focusRing, hostBase } from '../styles.js';
import { fieldStyles } from './field-styles.js';

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
export class PaSelectField extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [
    hostBase,
    focusRing,
    fieldStyles,
    css`
      select {
        cursor: pointer;
      }
    `,
  ];

  @property() label = '';
  @property({ reflect: true }) name = '';
  @property() value = '';
  @property({ attribute: false }) options: SelectOption[] = [];
  /** Text of the empty first option. */
  @property() placeholder = 'Choisissez…';
  @property({ type: Boolean, reflect: true }) required = false;
  @property() error = '';
  @property() hint = '';
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Set while an enclosing <fieldset> is disabled. */
  @state() private fieldsetDisabled = false;
  @query('select') private select?: HTMLSelectElement;

  protected readonly internals = this.attachInternals();

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  override focus(options?: FocusOptions): void {
    this.select?.focus(options);
  }

  override blur(): void {
    this.select?.blur();
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  formDisabledCallback(disabled: boolean): void {
    this.fieldsetDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value')) this.internals.setFormValue(this.value);
    const select = this.select;
    if (select) this.internals.setValidity(select.validity, select.validationMessage, select);
  }

  private onChange(event: Event): void {
    this.value = (event.target as HTMLSelectElement).value;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLSelectElement).value;
  }

  override render() {
    const describedBy = [this.error ? 'error' : '', this.hint ? 'hint' : ''].filter(Boolean).join(' ');
    return html`
      <label for="select" part="label"
        >${this.label}${this.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label
      >
      ${this.hint ? html`<p id="hint" class="hint">${this.hint}</p>` : nothing}
      <select
        id="select"
        class="control"
        part="select"
        name=${this.name || nothing}
        .value=${live(this.value)}
        ?required=${this.required}
        aria-required=${this.required ? 'true' : nothing}
        ?disabled=${this.disabled || this.fieldsetDisabled}
        aria-invalid=${this.error ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
        @change=${this.onChange}
        @input=${this.onInput}
      >
        <option value="" ?selected=${this.value === ''}>${this.placeholder}</option>
        ${this.options.map(
          (option) =>
            html`<option value=${option.value} ?selected=${option.value === this.value}>${option.label}</option>`,
        )}
      </select>
      ${this.error ? html`<p id="error" class="error" part="error">${this.error}</p>` : nothing}
    `;
  }
}

define('pa-select-field', PaSelectField);

declare global {
  interface HTMLElementTagNameMap {
    'pa-select-field': PaSelectField;
  }
}
