import { msg, str } from '@lit/localize';
import { localized } from '@portail/kernel/contract/i18n';

import { estimateText } from '@portail/kernel/contract/processing';

import { UPLOAD_FIELD } from '@portail/kernel/contract/uploads';

import { api, uploadForm } from '@portail/runtime';
import { describeFailure, formatDate, mandatoryNote, sectionPageStyles } from '@portail/shared-design';

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
  changeLabel,
  PENDING_CHANGE,
  type PendingChange,
} from '../../contract/index.js';

import { type ChangeConfig, type ChangeField, checkField } from './change-kinds.js';

export const CHANGE_ENDPOINT = '/api/compte/modifications';
/** In French (the catalog has their English), as the next two: shown through `localized`. */
export const CHANGE_SENT =
  'Votre demande a été transmise : elle sera appliquée après validation par nos services. Un e-mail vous la confirme.';
export const CHANGE_CANCELLED =
  'Votre demande a été annulée : elle ne sera pas appliquée. Vous pouvez en faire une nouvelle ci-dessous.';
const SUIVI_PATH = '/contact/suivi';

/** "Adresse actuelle :" ("Current address:"): a label before its value, in the page's language. */
function labelled(label: string): string {
  return msg(str`${label} :`);
}

export interface ChangeSentDetail {
  change: PendingChange;
}

export interface ChangeCancelledDetail {
  change: PendingChange;
}

/**
 * D2 — one change that needs a justificatif and a manager's validation (address, e-mail, bank
 * details, contribution mode), described by `config`. A field is checked as soon as it is left
 * (when it holds something: the IBAN's check digits, the postal code…), and "Enregistrer" checks
 * them all (with the server's messages) and the justificatif, then asks the confirmation of
 * CHANGE_CONFIRMATIONS in a modal dialog: nothing is uploaded for a wrong value. "Annuler" sends
 * nothing, "Valider" sends `kind`, `donnees` (JSON) and the files as multipart with the progress
 * shown. On 201 the form gives way to the pending change (its summary, never a full IBAN) under
 * the confirmation, which takes the focus. On a refusal the server's field messages go under their
 * fields (`fichiers` on the justificatif), its detail (409: a change of that kind is already
 * pending) in an alert; what was typed stays. A pending change shows beside what the file holds
 * now (`config.current`) and "Annuler cette demande", which, once confirmed, withdraws it (DELETE):
 * the form comes back under the confirmation.
 * @fires cpt-change-sent - {change} as the server recorded it
 * @fires cpt-change-cancelled - {change} once the server withdrew it
 */
export class CptChangeForm extends LitElement {
  static override styles = sectionPageStyles;

  @property({ attribute: false }) config!: ChangeConfig;
  /** The change of this kind waiting for validation, if any: shown instead of the form. */
  @property({ attribute: false }) pending: PendingChange | undefined;
  @state() private errors: Partial<Record<string, string>> = {};
  @state() private error = '';
  @state() private sent = false;
  @state() private cancelled = false;
  @state() private cancelling = false;
  @state() private cancelError = '';
  @query('form') private form!: HTMLFormElement;
  @query('pa-file-field') private fileField!: PaFileField;
  @query('pa-confirm-dialog.confirm-change') private dialog!: PaConfirmDialog;
  @query('pa-confirm-dialog.confirm-cancel') private cancelDialog!: PaConfirmDialog;

  private readonly upload = new UploadController(this, (data, options) =>
    uploadForm<PendingChange>(CHANGE_ENDPOINT, data, options),
  );

  /** The values of the fields, trimmed, by name (ChangeValues[kind]). */
  private values(): Record<string, string> {
    const data = new FormData(this.form);
    return Object.fromEntries(this.config.fields.map((f) => [f.name, String(data.get(f.name) ?? '').trim()]));
  }

  /**
   * Whether a mouse button or a finger is down. A field is left on the press of whatever is
   * clicked next; its message, shown at once, would push that down before the release and the
   * click would miss it ("Ajouter un justificatif" under the IBAN): the message waits for the
   * release.
   */
  private pressed = false;
  private afterRelease: (() => void) | undefined;
  private readonly onPress = () => {
    this.pressed = true;
  };
  private readonly onRelease = () => {
    // After the click the release makes (dispatched in the same task).
    setTimeout(() => {
      this.pressed = false;
      const apply = this.afterRelease;
      this.afterRelease = undefined;
      apply?.();
    });
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pointerdown', this.onPress, true);
    window.addEventListener('pointerup', this.onRelease, true);
    window.addEventListener('pointercancel', this.onRelease, true);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('pointerdown', this.onPress, true);
    window.removeEventListener('pointerup', this.onRelease, true);
    window.removeEventListener('pointercancel', this.onRelease, true);
    super.disconnectedCallback();
  }

  /** A field left with something in it is checked at once; its message goes once it is right. */
  private onFieldLeft(event: FocusEvent): void {
    const name = (event.target as HTMLElement | null)?.getAttribute('name');
    const field = this.config.fields.find((f) => f.name === name);
    if (!field) return;
    const value = this.values()[field.name] ?? '';
    const message = value ? checkField(field, value) : '';
    const apply = () => {
      if ((this.errors[field.name] ?? '') !== message)
        this.errors = { ...this.errors, [field.name]: message };
    };
    if (!this.pressed) {
      apply();
      return;
    }
    const before = this.afterRelease;
    this.afterRelease = () => {
      before?.();
      apply();
    };
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.upload.busy) return;
    const { kind, fields } = this.config;
    const files = this.fileField;
    const values = this.values();
    this.sent = false;
    this.cancelled = false;
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

  /** "Annuler cette demande": once confirmed, the pending change is withdrawn and the form returns. */
  private async cancelPending(): Promise<void> {
    const pending = this.pending;
    if (!pending || this.cancelling) return;
    this.cancelError = '';
    if (!(await this.cancelDialog.ask())) return;
    this.cancelling = true;
    try {
      await api<void>(`${CHANGE_ENDPOINT}/${encodeURIComponent(pending.requestId)}`, { method: 'DELETE' });
      this.pending = undefined;
      this.sent = false;
      this.cancelled = true;
      this.dispatchEvent(
        new CustomEvent<ChangeCancelledDetail>('cpt-change-cancelled', {
          bubbles: true,
          composed: true,
          detail: { change: pending },
        }),
      );
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.cancelled')?.focus();
    } catch (error) {
      this.cancelError = describeFailure(error).message;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.cancel-error')?.focus();
    } finally {
      this.cancelling = false;
    }
  }

  private renderPending(pending: PendingChange) {
    const current = this.config.current;
    const label = changeLabel(pending.kind);
    const createdOn = formatDate(pending.createdAt);
    return html`${
      current?.value
        ? html`<p class="current">${labelled(current.label)} <strong>${current.value}</strong></p>`
        : nothing
    }
      <pa-alert class="pending" variant="info" heading=${localized(PENDING_CHANGE)}>
        <p>${labelled(label)} <strong class="summary">${pending.summary}</strong></p>
        <p>
          ${msg('Demande du')} <time datetime=${pending.createdAt}>${createdOn}</time>${msg(', à suivre dans')}
          <a href=${SUIVI_PATH}>${msg('« Suivi »')}</a>.
        </p>
        ${pending.estimatedAt ? html`<p class="estimate">${estimateText(pending.estimatedAt)}</p>` : nothing}
      </pa-alert>
      ${
        this.cancelError
          ? html`<pa-alert class="cancel-error" variant="error" tabindex="-1"><p>${this.cancelError}</p></pa-alert>`
          : nothing
      }
      <pa-button variant="secondary" ?busy=${this.cancelling} @click=${this.cancelPending}
        >${msg('Annuler cette demande')}</pa-button
      >
      <pa-confirm-dialog
        class="confirm-cancel"
        heading=${msg('Annuler la demande')}
        message=${msg(str`Souhaitez-vous annuler votre demande « ${label} » du ${createdOn} ? Elle ne sera pas appliquée.`)}
        confirm-label=${msg('Annuler la demande')}
        cancel-label=${msg('Conserver la demande')}
      ></pa-confirm-dialog>`;
  }

  override render() {
    const { kind, fields, fileLabel, fileHint } = this.config;
    const sent = this.sent
      ? html`<pa-alert class="sent" variant="success" tabindex="-1"><p>${localized(CHANGE_SENT)}</p></pa-alert>`
      : nothing;
    if (this.pending) return html`${sent}${this.renderPending(this.pending)}`;
    return html`${
      this.cancelled
        ? html`<pa-alert class="cancelled" variant="success" tabindex="-1"><p>${localized(CHANGE_CANCELLED)}</p></pa-alert>`
        : nothing
    }${
      this.error
        ? html`<pa-alert class="form-error" variant="error" tabindex="-1"><p>${this.error}</p></pa-alert>`
        : nothing
    }
      <form novalidate @submit=${this.submit} @focusout=${this.onFieldLeft}>
        <p class="mandatory">${mandatoryNote()}</p>
        ${fields.map((field) => this.renderField(field))}
        <pa-file-field
          required
          label=${fileLabel}
          hint=${fileHint ?? nothing}
          @change=${clearFileError}
        ></pa-file-field>
        ${this.upload.renderProgress()}
        <pa-button type="submit" ?busy=${this.upload.busy}>${msg('Enregistrer')}</pa-button>
      </form>
      <pa-confirm-dialog
        class="confirm-change"
        heading=${changeLabel(kind)}
        message=${CHANGE_CONFIRMATIONS[kind]}
      ></pa-confirm-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cpt-change-form': CptChangeForm;
  }
  interface HTMLElementEventMap {
    'cpt-change-sent': CustomEvent<ChangeSentDetail>;
    'cpt-change-cancelled': CustomEvent<ChangeCancelledDetail>;
  }
}
