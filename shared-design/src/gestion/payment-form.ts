import type { PayeeFile, RecordedPayment } from '@portail/kernel/contract/payments';
import { describeFailure } from '@portail/shared-design';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  fieldErrorsOf,
  focusFirstError,
  type GestionCall,
  noCall,
  PAYMENT_MESSAGES,
  recordedText,
} from './payment-fields.js';

/**
 * What the H5 forms of the sections (prévoyance indemnity, health reimbursement) share: the
 * manager's API caller and the payee, the sending state, the submit flow (client checks, one post
 * at a time, field errors from either side, focus on the first wrong field or the alert) and the
 * alerts above the form. The back office sets `call` and `payee`.
 * @fires pa-payment-recorded - {payment} once the server recorded it
 */
export abstract class PaymentForm<Body> extends LitElement {
  @property({ attribute: false }) call: GestionCall = noCall;
  @property({ attribute: false }) payee!: PayeeFile;

  @state() protected errors: Record<string, string> = {};
  @state() protected failure = '';
  @state() protected recorded = '';
  @state() protected busy = false;
  @query('.recorded') private recordedAlert?: HTMLElement;
  @query('.form-error') private errorAlert?: HTMLElement;

  /** Where the payment is posted: `/api/gestion/<section>/…`. */
  protected abstract readonly endpoint: string;
  /** The client's checks: the body to post, or the field errors by path. */
  protected abstract check(): { body: Body } | { errors: Record<string, string> };
  /** Empties the form once the payment is recorded. */
  protected abstract clear(): void;

  private async showErrors(errors: Record<string, string>, failure: string): Promise<void> {
    this.errors = errors;
    this.failure = failure;
    await this.updateComplete;
    if (!focusFirstError(this.renderRoot as ShadowRoot, errors)) this.errorAlert?.focus();
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.recorded = '';
    const checked = this.check();
    if ('errors' in checked) {
      await this.showErrors(checked.errors, PAYMENT_MESSAGES.invalid);
      return;
    }
    this.errors = {};
    this.failure = '';
    this.busy = true;
    try {
      const payment = await this.call<RecordedPayment>(this.endpoint, {
        method: 'POST',
        body: checked.body,
      });
      this.clear();
      this.recorded = recordedText(payment);
      this.dispatchEvent(
        new CustomEvent('pa-payment-recorded', { bubbles: true, composed: true, detail: { payment } }),
      );
      await this.updateComplete;
      this.recordedAlert?.focus();
    } catch (error) {
      await this.showErrors(fieldErrorsOf(error), describeFailure(error).message);
    } finally {
      this.busy = false;
    }
  }

  /** A text field of the body's `path` (its `name`, the key of its error), required by default. */
  protected pathField(
    path: string,
    label: string,
    value: string,
    onInput: (value: string) => void,
    options: { type?: string; hint?: string; required?: boolean } = {},
  ) {
    return html`<pa-text-field
      name=${path}
      data-path=${path}
      label=${label}
      type=${options.type ?? 'text'}
      .hint=${options.hint ?? ''}
      ?required=${options.required ?? true}
      .value=${value}
      .error=${this.errors[path] ?? ''}
      @input=${(event: Event) => onInput((event.currentTarget as HTMLInputElement).value)}
    ></pa-text-field>`;
  }

  /** The recorded payment's confirmation, or the refusal, above the form. */
  protected renderAlerts() {
    return html`${
      this.recorded
        ? html`<pa-alert class="recorded" variant="success" tabindex="-1"><p>${this.recorded}</p></pa-alert>`
        : nothing
    }
    ${
      this.failure
        ? html`<pa-alert class="form-error" variant="error" tabindex="-1"><p>${this.failure}</p></pa-alert>`
        : nothing
    }`;
  }
}
