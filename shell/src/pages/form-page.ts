import { ApiError } from '@portail/runtime';
import { type CSSResultGroup, html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { focusFirstError, pageStyles } from './page-styles.js';

/** Field name → French message. */
export type FieldErrors<Field extends string = string> = Partial<Record<Field, string>>;

/**
 * A shell page with one form sent to the API (login, help, activation, password reset…): the
 * errors found before sending at their fields, one sending at a time with the button busy, the
 * API's refusal at the fields it names or above the form, and the focus on the first error.
 */
export abstract class FormPage<Field extends string = string> extends LitElement {
  static override styles: CSSResultGroup = pageStyles;

  @state() protected error = '';
  @state() protected fieldErrors: FieldErrors<Field> = {};
  @state() protected busy = false;

  /** Reads the form, then calls `send`. */
  protected abstract submit(): Promise<void>;

  /** `@submit` of the page's form: the browser's own validation aside, once at a time. */
  protected readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    if (!this.busy) void this.submit();
  };

  /** The error above the form, if any. */
  protected renderError() {
    return this.error ? html`<pa-alert variant="error">${this.error}</pa-alert>` : nothing;
  }

  /** Shows `errors` found before sending; when there are none, runs `request` with the button busy. */
  protected async send(errors: FieldErrors<Field>, request: () => Promise<void>): Promise<void> {
    this.error = '';
    this.fieldErrors = errors;
    if (Object.keys(errors).length > 0) return this.afterError();
    this.busy = true;
    try {
      await request();
    } catch (error) {
      await this.failed(error instanceof ApiError ? error : null, error);
    } finally {
      this.busy = false;
    }
  }

  /** The request failed: the messages at the fields the API names, else its reason above the form. */
  protected async failed(apiError: ApiError | null, error: unknown): Promise<void> {
    this.fieldErrors = (apiError?.fieldErrors ?? {}) as FieldErrors<Field>;
    if (Object.keys(this.fieldErrors).length === 0) this.error = apiError?.message ?? String(error);
    await this.afterError();
  }

  /** Once the errors are shown: the focus on the first field marked. */
  protected async afterError(): Promise<void> {
    await this.updateComplete;
    focusFirstError(this.renderRoot, this.fieldErrors);
  }
}
