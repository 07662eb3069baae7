import { msg } from '@lit/localize';
import { localized } from '@portail/kernel/contract/i18n';

import { estimateText } from '@portail/kernel/contract/processing';

import type { MemberRequest } from '@portail/kernel/contract/requests';
import { UPLOAD_FIELD } from '@portail/kernel/contract/uploads';

import { uploadForm } from '@portail/runtime';

import { clearFileError, filesReady, type PaFileField, UploadController } from '@portail/shared-design/forms';

import { html, LitElement, nothing } from 'lit';

import { property, query, state } from 'lit/decorators.js';

import {
  type DocumentNature,
  TRANSMISSION_COMMENT_MAX_LENGTH,
  TRANSMISSION_SENT,
} from '../../contract/index.js';

import { contactStyles, mandatoryNote, SUIVI_PATH } from '../styles.js';

import { announceRequest } from './exchange-form.js';

const ENDPOINT = '/api/contact/transmissions';
const COMMENT = 'commentaire';

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
  @state() private sent = false;
  /** P1: the estimated processing date of the request just sent. */
  @state() private estimatedAt: string | null = null;
  /** The refusal's paragraphs: the server's detail, and what it says of the nature if anything. */
  @state() private errors: string[] = [];
  @state() private commentError = '';
  @query('form') private form!: HTMLFormElement;
  @query('pa-file-field') private fileField!: PaFileField;
  @query('.sent') private sentAlert?: HTMLElement;
  @query('.form-error') private errorAlert?: HTMLElement;

  private readonly upload = new UploadController(this, (data, options) =>
    uploadForm<MemberRequest>(ENDPOINT, data, options),
  );

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.upload.busy) return;
    const files = this.fileField;
    this.sent = false;
    this.errors = [];
    this.commentError = '';
    files.error = '';
    if (!(await filesReady(files))) return;
    const data = new FormData();
    data.append('nature', this.nature.id);
    const comment = String(new FormData(this.form).get(COMMENT) ?? '');
    if (comment.trim()) data.append(COMMENT, comment);
    for (const file of files.files) data.append(UPLOAD_FIELD, file);

    const outcome = await this.upload.send(data);
    if (outcome.kind === 'sent') {
      this.form.reset();
      this.sent = true;
      this.estimatedAt = outcome.value.estimatedAt;
      announceRequest(this, outcome.value);
      await this.updateComplete;
      this.sentAlert?.focus();
    } else if (outcome.kind === 'refused') {
      const { message, fieldErrors, fileError } = outcome.refusal;
      files.error = fileError;
      this.commentError = fieldErrors[COMMENT] ?? '';
      this.errors = [message, fieldErrors['nature'] ?? ''].filter((text) => text !== '');
      await this.updateComplete;
      this.errorAlert?.focus();
    }
  }

  override render() {
    return html`${
      this.sent
        ? html`<pa-alert class="sent" variant="success" tabindex="-1">
            <p>${localized(TRANSMISSION_SENT)}</p>
            ${this.estimatedAt ? html`<p class="estimate">${estimateText(this.estimatedAt)}</p>` : nothing}
            <p><a href=${SUIVI_PATH}>${msg('Suivre ma demande dans « Suivi »')}</a></p>
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
        <p class="mandatory">${mandatoryNote()}</p>
        <pa-file-field
          required
          label=${msg('Document')}
          add-label=${msg('Choisir un fichier')}
          @change=${clearFileError}
        ></pa-file-field>
        <pa-textarea-field
          label=${msg('Commentaire (facultatif)')}
          name=${COMMENT}
          rows="4"
          maxlength=${TRANSMISSION_COMMENT_MAX_LENGTH}
          hint=${msg("Par exemple, le prénom de l'enfant concerné.")}
          .error=${this.commentError}
        ></pa-textarea-field>
        ${this.upload.renderProgress()}
        <pa-button type="submit" ?busy=${this.upload.busy}>${msg('Envoyer')}</pa-button>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ctc-transmission-form': CtcTransmissionForm;
  }
}
