import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { define } from '../define.js';
import { focusRing, hostBase } from '../styles.js';
import { token } from '../tokens.js';
import { fieldStyles } from './field-styles.js';

export type TextFieldType = 'text' | 'email' | 'password' | 'tel' | 'date' | 'search';

/**
 * A labelled single-line field that takes part in its form (name/value in FormData, validity
 * mirrored from the native input). `error` and `hint` are tied to the input with
 * aria-describedby (RGAA 11.10). Fires `input` (native, composed) and `change` (re-dispatched:
 * the native one does not leave the shadow root). Enter submits the form, as in a native field.
 */
export class PaTextField extends LitElement {
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
      input:read-only {
        background: ${token['color-surface-alt']};
      }
    `,
  ];

  @property() label = '';
  @property({ reflect: true }) name = '';
  @property() type: TextFieldType = 'text';
  @property() value = '';
  @property({ type: Boolean, reflect: true }) required = false;
  @property() error = '';
  @property() hint = '';
  @property() autocomplete?: string;
  @property({ type: Number }) maxlength?: number;
  @property({ type: Boolean, reflect: true }) disabled = false;
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Set while an enclosing <fieldset> is disabled. */
  @state() private fieldsetDisabled = false;
  @query('input') private input?: HTMLInputElement;

  protected readonly internals = this.attachInternals();

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  override blur(): void {
    this.input?.blur();
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
    const input = this.input;
    if (input) this.internals.setValidity(input.validity, input.validationMessage, input);
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
  }

  private onChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onKeydown(event: KeyboardEvent): void {
    const modified = event.ctrlKey || event.metaKey || event.altKey || event.shiftKey;
    if (event.key === 'Enter' && !event.isComposing && !modified) this.internals.form?.requestSubmit();
  }

  override render() {
    const describedBy = [this.error ? 'error' : '', this.hint ? 'hint' : ''].filter(Boolean).join(' ');
    return html`
      <label for="input" part="label"
        >${this.label}${this.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label
      >
      ${this.hint ? html`<p id="hint" class="hint">${this.hint}</p>` : nothing}
      <input
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
        aria-invalid=${this.error ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
        @input=${this.onInput}
        @change=${this.onChange}
        @keydown=${this.onKeydown}
      />
      ${this.error ? html`<p id="error" class="error" part="error">${this.error}</p>` : nothing}
    `;
  }
}

define('pa-text-field', PaTextField);

declare global {
  interface HTMLElementTagNameMap {
    'pa-text-field': PaTextField;
  }
}
