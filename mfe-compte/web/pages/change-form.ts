import { UPLOAD_FIELD } from '@portail/kernel/contract/uploads';
import { uploadForm } from '@portail/runtime';
import { formatDate, MANDATORY_NOTE, sectionPageStyles } from '@portail/shared-design';
import {
  clearFileError,
  fieldErrorsFor,
  type PaConfirmDialog,
  type PaFileField,
  UploadController,
} from '@portail/shared-design/forms';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  CHANGE_CONFIRMATIONS,
  CHANGE_LABELS,
  PENDING_CHANGE,
  type PendingChange,
} from '../../contract/index.js';
import { type ChangeConfig, type ChangeField, checkField } from './change-kinds.js';

export const CHANGE_ENDPOINT = '/api/compte/modifications';
export const CHANGE_SENT =
  'Votre demande a été transmise : elle sera appliquée après validation par nos services. Un e-mail vous la confirme.';
const SUIVI_PATH = '/contact/suivi';

export interface ChangeSentDetail {
  change: PendingChange;
}

/**
 * D2 — one change that needs a justificatif and a manager's validation (address, e-mail, bank
 * details, contribution mode), described by `config`. "Enregistrer" checks the fields (with the
 * server's messages) and the justificatif, then asks the confirmation of CHANGE_CONFIRMATIONS in a
 * modal dialog; "Annuler" sends nothing, "Valider" sends `kind`, `donnees` (JSON) and the files as
 * multipart with the progress shown. On 201 the form gives way to the pending change (its summary,
 * never a full IBAN) under the confirmation, which takes the focus. On a refusal the server's field
 * messages go under their fields (`fichiers` on the justificatif), its detail (409: a change of
 * that kind is already pending) in an alert; what was typed stays.
 * @fires cpt-change-sent - {change} as the server recorded it
 */
export class CptChangeForm extends LitElement {
  static override styles = sectionPageStyles;

  @property({ attribute: false }) config!: ChangeConfig;
  /** The change of this kind waiting for validation, if any: shown instead of the form. */
  @property({ attribute: false }) pending: PendingChange | undefined;
  @state() private errors: Partial<Record<string, string>> = {};
  @state() private error = '';
  @state() private sent = false;
  @query('form') private form!: HTMLFormElement;
  @query('pa-file-field') private fileField!: PaFileField;
  @query('pa-confirm-dialog') private dialog!: PaConfirmDialog;

  private readonly upload = new UploadController(this, (data, options) =>
    uploadForm<PendingChange>(CHANGE_ENDPOINT, data, options),
  );

  /** The values of the fields, trimmed, by name (ChangeValues[kind]). */
  private values(): Record<string, string> {
    const data = new FormData(this.form);
    return Object.fromEntries(this.config.fields.map((f) => [f.name, String(data.get(f.name) ?? '').trim()]));
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.upload.busy) return;
    const { kind, fields } = this.config;
    const files = this.fileField;
    const values = this.values();
    this.sent = false;
    this.error = '';
    files.error = '';
    this.errors = Object.fromEntries(
      fields.map((f) => [f.name, checkField(f, values[f.name] ?? '')]).filter(([, message]) => message),
    );
    const filesValid = files.validate();
    if (Object.keys(this.errors).length > 0 || !filesValid) return this.focusFirstError();
    if (!(await this.dialog.ask())) return;

    const data = new FormData();
    data.append('kind', kind);
    data.append('donnees', JSON.stringify(values));
    for (const file of files.files) data.append(UPLOAD_FIELD, file);
    const outcome = await this.upload.send(data);
    if (outcome.kind === 'sent') {
      // Nothing typed stays in the page (an IBAN above all): the pending change shows its summary.
      const change = outcome.value;
      this.form.reset();
      this.pending = change;
      this.sent = true;
      this.dispatchEvent(
        new CustomEvent<ChangeSentDetail>('cpt-change-sent', {
          bubbles: true,
          composed: true,
          detail: { change },
        }),
      );
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.sent')?.focus();
    } else if (outcome.kind === 'refused') {
      const { refusal } = outcome;
      files.error = refusal.fileError;
      this.errors = fieldErrorsFor(
        refusal,
        fields.map((f) => f.name),
      );
      this.error = refusal.message;
      await this.focusFirstError();
    }
  }

  /** The focus goes to the first field in error, else the justificatif, else the alert. */
  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const first = this.config.fields.find((f) => this.errors[f.name]);
    const target = first
      ? this.renderRoot.querySelector<HTMLElement>(`[name="${first.name}"]`)
      : this.fileField?.error
        ? this.fileField
        : this.renderRoot.querySelector<HTMLElement>('.form-error');
    await (target as (HTMLElement & { updateComplete?: Promise<unknown> }) | null)?.updateComplete;
    target?.focus();
  }

  private renderField(field: ChangeField) {
    const error = this.errors[field.name] ?? '';
    if (field.options) {
      return html`<pa-select-field
        label=${field.label}
        name=${field.name}
        ?required=${Boolean(field.required)}
        .options=${field.options}
        .value=${field.value ?? ''}
        .error=${error}
      ></pa-select-field>`;
    }
    return html`<pa-text-field
      label=${field.label}
      name=${field.name}
      type=${field.type ?? 'text'}
      ?required=${Boolean(field.required)}
      autocomplete=${field.autocomplete ?? nothing}
      hint=${field.hint ?? nothing}
      .value=${field.value ?? ''}
      .error=${error}
    ></pa-text-field>`;
  }

  private renderPending(pending: PendingChange) {
    return html`<pa-alert class="pending" variant="info" heading=${PENDING_CHANGE}>
      <p>${pending.label} : <strong class="summary">${pending.summary}</strong></p>
      <p>
        Demande du <time datetime=${pending.createdAt}>${formatDate(pending.createdAt)}</time>, à suivre dans
        <a href=${SUIVI_PATH}>« Suivi »</a>.
      </p>
    </pa-alert>`;
  }

  override render() {
    const { kind, fields, fileLabel, fileHint } = this.config;
    const sent = this.sent
      ? html`<pa-alert class="sent" variant="success" tabindex="-1"><p>${CHANGE_SENT}</p></pa-alert>`
      : nothing;
    if (this.pending) return html`${sent}${this.renderPending(this.pending)}`;
    return html`${
      this.error
        ? html`<pa-alert class="form-error" variant="error" tabindex="-1"><p>${this.error}</p></pa-alert>`
        : nothing
    }
      <form novalidate @submit=${this.submit}>
        <p class="mandatory">${MANDATORY_NOTE}</p>
        ${fields.map((field) => this.renderField(field))}
        <pa-file-field
          required
          label=${fileLabel}
          hint=${fileHint ?? nothing}
          @change=${clearFileError}
        ></pa-file-field>
        ${this.upload.renderProgress()}
        <pa-button type="submit" ?busy=${this.upload.busy}>Enregistrer</pa-button>
      </form>
      <pa-confirm-dialog heading=${CHANGE_LABELS[kind]} message=${CHANGE_CONFIRMATIONS[kind]}></pa-confirm-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cpt-change-form': CptChangeForm;
  }
  interface HTMLElementEventMap {
    'cpt-change-sent': CustomEvent<ChangeSentDetail>;
  }
}
