import type { MemberRequest } from '@portail/kernel/contract';
import { estimateText } from '@portail/kernel/contract/processing';
import { api } from '@portail/runtime';
import { type SelectOption, token } from '@portail/shared-design';
import { FormSubmission } from '@portail/shared-design/forms';
import { css, html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { MESSAGE_MAX_LENGTH } from '../../contract/index.js';
import { contactStyles, mandatoryNote } from '../styles.js';

/** One field of the form: its name in the API body, its label and its "required" message (the server's). */
export interface ExchangeField {
  name: string;
  label: string;
  required: string;
}

/**
 * What makes E1 "Envoyer un message" and E2 "Vous avez une question" differ: the endpoint, the
 * chosen item (subject, theme) with its options, the text, the buttons and the confirmation.
 */
export interface ExchangeFormConfig {
  endpoint: string;
  choice: ExchangeField & { placeholder: string; options: SelectOption[] };
  text: ExchangeField & { hint?: string };
  submitLabel: string;
  /** The secondary button that empties the form, if any. */
  clearLabel?: string;
  /** The success alert's content once the server has recorded the request. */
  sent: () => unknown;
}

export interface RequestSentDetail {
  request: MemberRequest;
}

/** Fires `ctc-request-sent` from `form` with the request as the server recorded it. */
export function announceRequest(form: HTMLElement, request: MemberRequest): void {
  form.dispatchEvent(
    new CustomEvent<RequestSentDetail>('ctc-request-sent', {
      bubbles: true,
      composed: true,
      detail: { request },
    }),
  );
}

/**
 * The form of a message or a question (SPEC E1, E2): a choice and a text, both required. Required
 * fields are checked here first with the server's messages, then by the server, whose field
 * messages show under each field (aria-describedby) with the focus on the first; any other refusal
 * (flooding 429, service down) in an alert that takes the focus. On 201 the form is emptied and
 * the confirmation takes the focus. What the member types is sent and shown back as text only.
 * @fires ctc-request-sent - {request} as the server recorded it
 */
export class CtcExchangeForm extends LitElement {
  static override styles = [
    contactStyles,
    css`
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${token['space-3']};
      }
    `,
  ];

  @property({ attribute: false }) config!: ExchangeFormConfig;
  @state() private sent = false;
  /** P1: the estimated processing date of the request just sent. */
  @state() private estimatedAt: string | null = null;
  @query('form') private form!: HTMLFormElement;
  @query('.sent') private sentAlert?: HTMLElement;
  private readonly submission = new FormSubmission(this, () => this.fields.map((field) => field.name));

  /** The fields in the order of the form: the focus goes to the first one in error. */
  private get fields(): ExchangeField[] {
    return [this.config.choice, this.config.text];
  }

  private values(): Record<string, string> {
    const data = new FormData(this.form);
    const choice = String(data.get(this.config.choice.name) ?? '');
    const text = String(data.get(this.config.text.name) ?? '');
    // The text goes as typed (the server trims it); only blank is refused here.
    return { [this.config.choice.name]: choice, [this.config.text.name]: text };
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submission.busy) return;
    const body = this.values();
    this.sent = false;
    const missing = this.fields.filter((f) => !body[f.name]?.trim());
    await this.submission.send(Object.fromEntries(missing.map((f) => [f.name, f.required])), async () => {
      const request = await api<MemberRequest>(this.config.endpoint, { method: 'POST', body });
      this.form.reset();
      this.sent = true;
      this.estimatedAt = request.estimatedAt;
      announceRequest(this, request);
      await this.updateComplete;
      this.sentAlert?.focus();
    });
  }

  /** "Effacer le message": the fields are emptied by the form; their messages go too. */
  private onReset(): void {
    this.submission.clear();
    this.sent = false;
  }

  override render() {
    const { choice, text, submitLabel, clearLabel, sent } = this.config;
    const errors = this.submission.errors;
    return html`${
      this.sent
        ? html`<pa-alert class="sent" variant="success" tabindex="-1"
            >${sent()}${this.estimatedAt ? html`<p class="estimate">${estimateText(this.estimatedAt)}</p>` : nothing}</pa-alert
          >`
        : nothing
    }
      ${this.submission.renderError()}
      <form novalidate @submit=${this.submit} @reset=${this.onReset}>
        <p class="mandatory">${mandatoryNote()}</p>
        <pa-select-field
          label=${choice.label}
          name=${choice.name}
          required
          placeholder=${choice.placeholder}
          .options=${choice.options}
          .error=${errors[choice.name] ?? ''}
        ></pa-select-field>
        <pa-textarea-field
          label=${text.label}
          name=${text.name}
          required
          rows="8"
          maxlength=${MESSAGE_MAX_LENGTH}
          hint=${text.hint ?? nothing}
          .error=${errors[text.name] ?? ''}
        ></pa-textarea-field>
        <div class="actions">
          ${clearLabel ? html`<pa-button type="reset" variant="secondary">${clearLabel}</pa-button>` : nothing}
          <pa-button type="submit" ?busy=${this.submission.busy}>${submitLabel}</pa-button>
        </div>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ctc-exchange-form': CtcExchangeForm;
  }
  interface HTMLElementEventMap {
    'ctc-request-sent': CustomEvent<RequestSentDetail>;
  }
}
