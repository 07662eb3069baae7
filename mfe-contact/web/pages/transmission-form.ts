import type { MemberRequest } from '@portail/kernel/contract/requests';
import { UPLOAD_FIELD } from '@portail/kernel/contract/uploads';
import { ApiError, uploadForm } from '@portail/runtime';
import { define, describeFailure } from '@portail/shared-design';
import type { PaFileField } from '@portail/shared-design/forms';
import '@portail/shared-design/forms';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  type DocumentNature,
  TRANSMISSION_COMMENT_MAX_LENGTH,
  TRANSMISSION_SENT,
} from '../../contract/index.js';
import { contactStyles, MANDATORY_NOTE, SUIVI_PATH } from '../styles.js';
import type { RequestSentDetail } from './exchange-form.js';

const ENDPOINT = '/api/contact/transmissions';
const COMMENT = 'commentaire';
/** Refusals about the files themselves (too large, wrong format): the file field is marked too. */
const FILE_STATUSES = [413, 415];

/**
 * E3 — the form of one nature of document: the file(s), required and checked by pa-file-field
 * as they are added, and an optional comment. Sent as multipart with its progress shown; the
 * button stays busy until the answer (no double sending). On 201 the form is emptied and the
 * confirmation takes the focus; on a refusal the server's field messages go under their fields,
 * its detail in an alert that takes the focus, and the files and comment stay.
 * @fires ctc-request-sent - {request} as the server recorded it
 */
export class CtcTransmissionForm extends LitElement {
  static override styles = contactStyles;

  @property({ attribute: false }) nature!: DocumentNature;
  @state() private busy = false;
  @state() private progress = 0;
  @state() private sent = false;
  /** The refusal's paragraphs: the server's detail, and what it says of the nature if anything. */
  @state() private errors: string[] = [];
  @state() private commentError = '';
  @query('form') private form!: HTMLFormElement;
  @query('pa-file-field') private fileField!: PaFileField;
  @query('.sent') private sentAlert?: HTMLElement;
  @query('.form-error') private errorAlert?: HTMLElement;

  private upload: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.upload?.abort();
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const files = this.fileField;
    this.sent = false;
    this.errors = [];
    this.commentError = '';
    files.error = '';
    if (!files.validate()) {
      await files.updateComplete;
      files.focus();
      return;
    }
    const data = new FormData();
    data.append('nature', this.nature.id);
    const comment = String(new FormData(this.form).get(COMMENT) ?? '');
    if (comment.trim()) data.append(COMMENT, comment);
    for (const file of files.files) data.append(UPLOAD_FIELD, file);

    this.busy = true;
    this.progress = 0;
    this.upload = new AbortController();
    try {
      const request = await uploadForm<MemberRequest>(ENDPOINT, data, {
        onProgress: (fraction) => {
          this.progress = fraction;
        },
        signal: this.upload.signal,
      });
      this.form.reset();
      this.sent = true;
      this.dispatchEvent(
        new CustomEvent<RequestSentDetail>('ctc-request-sent', {
          bubbles: true,
          composed: true,
          detail: { request },
        }),
      );
      await this.updateComplete;
      this.sentAlert?.focus();
    } catch (error) {
      // Left the page while sending: nothing to say.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
      const { message, status } = describeFailure(error);
      files.error = fieldErrors[UPLOAD_FIELD] ?? (FILE_STATUSES.includes(status) ? message : '');
      this.commentError = fieldErrors[COMMENT] ?? '';
      this.errors = [message, fieldErrors['nature'] ?? ''].filter((text) => text !== '');
      await this.updateComplete;
      this.errorAlert?.focus();
    } finally {
      this.busy = false;
      this.upload = undefined;
    }
  }

  /** A server's message on the files no longer holds once they change. */
  private onFilesChange(): void {
    this.fileField.error = '';
  }

  override render() {
    return html`${
      this.sent
        ? html`<pa-alert class="sent" variant="success" tabindex="-1">
            <p>${TRANSMISSION_SENT}</p>
            <p><a href=${SUIVI_PATH}>Suivre ma demande dans « Suivi »</a></p>
          </pa-alert>`
        : nothing
    }
      ${
        this.errors.length
          ? html`<pa-alert class="form-error" variant="error" tabindex="-1">
              ${this.errors.map((text) => html`<p>${text}</p>`)}
            </pa-alert>`
          : nothing
      }
      <form novalidate @submit=${this.submit}>
        <p class="mandatory">${MANDATORY_NOTE}</p>
        <pa-file-field
          required
          label="Document"
          add-label="Choisir un fichier"
          @change=${this.onFilesChange}
        ></pa-file-field>
        <pa-textarea-field
          label="Commentaire (facultatif)"
          name=${COMMENT}
          rows="4"
          maxlength=${TRANSMISSION_COMMENT_MAX_LENGTH}
          hint="Par exemple, le prénom de l'enfant concerné."
          .error=${this.commentError}
        ></pa-textarea-field>
        ${this.busy ? html`<pa-progress .value=${this.progress}></pa-progress>` : nothing}
        <pa-button type="submit" ?busy=${this.busy}>Envoyer</pa-button>
      </form>`;
  }
}

define('ctc-transmission-form', CtcTransmissionForm);

declare global {
  interface HTMLElementTagNameMap {
    'ctc-transmission-form': CtcTransmissionForm;
  }
}
