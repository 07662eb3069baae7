import { clearFormDrafts } from '@portail/shared-design';
import { html, nothing, type ReactiveElement } from 'lit';
import { fieldErrorsFor, refusalOf } from './upload-controller.js';

/**
 * The sending of a form without files (SPEC D1, D4, E1, E2): the errors found before sending at
 * their fields, one sending at a time (`busy` for the submit button), the server's messages at the
 * fields it names or its French reason in the alert of `renderError()`, and the focus on the first
 * field in error (in the order of `fields()`), else on that alert. The host's fields are named like
 * the fields (`name="…"`) and it ignores a submit while `busy`. Once sent, what the member had typed
 * before a session expiry is no longer kept (SPEC A8, `clearFormDrafts`).
 */
export class FormSubmission<F extends string> {
  errors: Partial<Record<F, string>> = {};
  /** The reason of a refusal that names no field, for the alert above the form. */
  error = '';
  busy = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly fields: () => readonly F[],
  ) {}

  /** Shows `errors` found before sending; when there are none, runs `request` with `busy` set. */
  async send(errors: Partial<Record<F, string>>, request: () => Promise<void>): Promise<void> {
    this.error = '';
    this.errors = errors;
    if (Object.keys(errors).length > 0) return this.focusFirstError();
    this.busy = true;
    this.host.requestUpdate();
    try {
      await request();
      clearFormDrafts(this.host);
    } catch (error) {
      const refusal = refusalOf(error);
      this.errors = fieldErrorsFor(refusal, this.fields());
      if (Object.keys(this.errors).length === 0) this.error = refusal.message;
      await this.focusFirstError();
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** Drops the messages (the form was emptied). */
  clear(): void {
    this.errors = {};
    this.error = '';
    this.host.requestUpdate();
  }

  private async focusFirstError(): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    const root = this.host.renderRoot;
    const first = this.fields().find((name) => this.errors[name]);
    const field = first ? root.querySelector<HTMLElement>(`[name="${first}"]`) : null;
    (field ?? root.querySelector<HTMLElement>('.form-error'))?.focus();
  }

  /** The alert of a refusal that names no field (it takes the focus). */
  renderError() {
    return this.error
      ? html`<pa-alert class="form-error" variant="error" tabindex="-1"><p>${this.error}</p></pa-alert>`
      : nothing;
  }
}
