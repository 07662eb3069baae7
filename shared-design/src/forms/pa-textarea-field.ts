import { msg, str } from '@lit/localize';
import { intlLocale } from '@portail/kernel/contract/i18n';
import { PaFieldElement, token, visuallyHidden } from '@portail/shared-design';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/** One number format per language, made when first needed (SPEC P6). */
const counts = new Map<string, Intl.NumberFormat>();
function count(value: number): string {
  const locale = intlLocale();
  let format = counts.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    counts.set(locale, format);
  }
  return format.format(value);
}

/** "3 000 caractères restants", "1 caractère restant", "0 caractère restant", "12 caractères en trop". */
export function remainingCharactersText(maxlength: number, length: number): string {
  const left = maxlength - length;
  if (left < 0) {
    const over = count(-left);
    return left < -1 ? msg(str`${over} caractères en trop`) : msg(str`${over} caractère en trop`);
  }
  return left > 1 ? msg(str`${count(left)} caractères restants`) : msg(str`${left} caractère restant`);
}

/**
 * A labelled multi-line field, the counterpart of pa-text-field (same form participation, `error`
 * and `hint` tied with aria-describedby). With `maxlength`, a counter "N caractères restants" under
 * the field is tied to it too, and is repeated in a polite live region once typing pauses
 * (`announce-delay` ms), so that a screen reader hears it without being interrupted at each key.
 * Enter makes a new line (no submission). Fires `input` (native, composed) and `change` (re-dispatched).
 */
export class PaTextareaField extends PaFieldElement {
  static override styles = [
    PaFieldElement.styles,
    visuallyHidden,
    css`
      textarea {
        min-height: 8rem;
        resize: vertical;
        line-height: ${token['line-height']};
      }
      .counter {
        margin: ${token['space-1']} 0 0;
        color: ${token['color-text-muted']};
        font-size: ${token['font-size-sm']};
      }
      .counter.over {
        color: ${token['color-error']};
        font-weight: 600;
      }
    `,
  ];

  @property({ type: Number }) maxlength?: number;
  @property({ type: Number }) rows = 6;
  @property() autocomplete?: string;
  /** How long typing must pause before the counter is announced. */
  @property({ type: Number, attribute: 'announce-delay' }) announceDelay = 1000;

  /** What the live region says: empty until the member types. */
  @state() private announced = '';
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  protected readonly controlId = 'textarea';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  override formResetCallback(): void {
    super.formResetCallback();
    clearTimeout(this.announceTimer);
    this.announced = '';
  }

  private get counterText(): string {
    return this.maxlength === undefined ? '' : remainingCharactersText(this.maxlength, this.value.length);
  }

  protected override onInput(event: Event): void {
    super.onInput(event);
    if (this.maxlength === undefined) return;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announced = this.counterText;
    }, this.announceDelay);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('maxlength') && this.maxlength === undefined) this.announced = '';
  }

  protected override extraDescriptionIds(): string[] {
    return this.maxlength === undefined ? [] : ['counter'];
  }

  protected override renderAfterControl() {
    if (this.maxlength === undefined) return nothing;
    const over = this.value.length > this.maxlength;
    return html`<p id="counter" class="counter ${over ? 'over' : ''}" part="counter">${this.counterText}</p>
      <p class="visually-hidden live" aria-live="polite">${this.announced}</p>`;
  }

  protected renderControl(describedBy: string | typeof nothing) {
    return html`<textarea
      id="textarea"
      class="control"
      part="textarea"
      name=${this.name || nothing}
      rows=${this.rows}
      .value=${live(this.value)}
      ?required=${this.required}
      aria-required=${this.required ? 'true' : nothing}
      ?disabled=${this.disabled || this.fieldsetDisabled}
      autocomplete=${ifDefined(this.autocomplete)}
      maxlength=${ifDefined(this.maxlength)}
      aria-invalid=${this.error ? 'true' : nothing}
      aria-describedby=${describedBy}
      @input=${this.onInput}
      @change=${this.onChange}
    ></textarea>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-textarea-field': PaTextareaField;
  }
}
