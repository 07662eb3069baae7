import {
  type CSSResultGroup,
  html,
  LitElement,
  nothing,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { focusRing, hostBase } from '../styles.js';
import { fieldStyles } from './field-styles.js';
import { type DraftField, trackDraftField, untrackDraftField } from './form-drafts.js';

/**
 * What pa-text-field, pa-select-field and pa-textarea-field share: a labelled native control in the shadow root that
 * takes part in its form through ElementInternals (name/value in FormData, validity mirrored from
 * the control, reset, fieldset disabling, state restore). `error` and `hint` are tied to the
 * control with aria-describedby (RGAA 11.10). Fires `change` re-dispatched from the host: the
 * native one does not leave the shadow root. A subclass renders its control, with class "control"
 * and id `controlId`, and wires `onInput` / `onChange` to it. What the member typed outlives an
 * expired session (SPEC A8, `form-drafts.ts`): kept at the expiry, back after the login.
 */
export abstract class PaFieldElement extends LitElement implements DraftField {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** A subclass lists these first: `[PaFieldElement.styles, css`…`]`. */
  static override styles: CSSResultGroup = [hostBase, focusRing, fieldStyles];

  @property() label = '';
  @property({ reflect: true }) name = '';
  @property() value = '';
  @property({ type: Boolean, reflect: true }) required = false;
  @property() error = '';
  @property() hint = '';
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Set while an enclosing <fieldset> is disabled. */
  @state() protected fieldsetDisabled = false;
  @query('.control') private control?: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

  protected readonly internals = this.attachInternals();

  /** The member typed in it since it was shown, reset or sent: its value is theirs (A8 drafts). */
  private typed = false;

  /** The id of the native control, which the label points to. */
  protected abstract readonly controlId: string;

  /** The native control, given the ids of the texts that describe it (or `nothing`). */
  protected abstract renderControl(describedBy: string | typeof nothing): TemplateResult;

  /** Ids of texts a subclass renders after the control (`renderAfterControl`) that describe it too. */
  protected extraDescriptionIds(): string[] {
    return [];
  }

  /** What a subclass shows under the control, before the error (e.g. a character counter). */
  protected renderAfterControl(): unknown {
    return nothing;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  override focus(options?: FocusOptions): void {
    this.control?.focus(options);
  }

  override blur(): void {
    this.control?.blur();
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
    this.typed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    trackDraftField(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    untrackDraftField(this);
  }

  /** What the member typed, kept when the session expires; a subclass may refuse (a password). */
  draftValue(): string | undefined {
    return this.typed && !this.disabled ? this.value : undefined;
  }

  restoreDraft(value: string): void {
    this.value = value;
    this.typed = true;
    // As if typed: a host that follows its fields' events sees the value.
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  forgetTyping(): void {
    this.typed = false;
  }

  formDisabledCallback(disabled: boolean): void {
    this.fieldsetDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value')) this.internals.setFormValue(this.value);
    const control = this.control;
    if (control) this.internals.setValidity(control.validity, control.validationMessage, control);
  }

  /** Follows the value of the native control. */
  protected onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
    this.typed = true;
  }

  protected onChange(_event: Event): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  override render() {
    const describedBy = [this.error ? 'error' : '', this.hint ? 'hint' : '', ...this.extraDescriptionIds()]
      .filter(Boolean)
      .join(' ');
    return html`
      <label for=${this.controlId} part="label"
        >${this.label}${this.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label
      >
      ${this.hint ? html`<p id="hint" class="hint">${this.hint}</p>` : nothing}
      ${this.renderControl(describedBy || nothing)}
      ${this.renderAfterControl()}
      ${this.error ? html`<p id="error" class="error" part="error">${this.error}</p>` : nothing}
    `;
  }
}
