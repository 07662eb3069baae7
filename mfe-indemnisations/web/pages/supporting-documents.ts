import { msg, str } from '@lit/localize';
import { estimateText } from '@portail/kernel/contract/processing';
import { UPLOAD_FIELD, UPLOAD_LIMITS } from '@portail/kernel/contract/uploads';
import { api, followLink, uploadForm } from '@portail/runtime';
import { LOADING, MANDATORY_NOTE, renderFailure, sectionPageStyles } from '@portail/shared-design';
import {
  clearFileError,
  fieldErrorsFor,
  type PaFileField,
  UploadController,
} from '@portail/shared-design/forms';
import { LoadController } from '@portail/shared-design/section';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  checkSendingContact,
  INDEMNISATIONS_PAGES,
  SENDING_CONTACT_FIELDS,
  SENDING_MESSAGE_MAX_LENGTH,
  type SendingConfirmation,
  type SendingContact,
  type SendingContactField,
} from '../../contract/index.js';

export const JUSTIFICATIFS_API = '/api/indemnisations/justificatifs';
export const CONTACT_API = `${JUSTIFICATIFS_API}/contact`;

const HISTORY_PATH = INDEMNISATIONS_PAGES.find(
  (page) => page.id === 'indemnisations.historique-envois',
)!.path;

export const justificatifsSent = () => msg('Vos justificatifs ont été envoyés.');

/** The rules of the manual, under "Mes documents". */
export const documentRules = () =>
  msg(
    str`Chaque fichier doit respecter le format JPG, PNG ou PDF et ne pas dépasser la taille limite de 3.5Mo. Il est possible d'envoyer au maximum ${UPLOAD_LIMITS.maxFiles} fichiers ; la taille totale des fichiers envoyés ne doit pas être supérieure à 10Mo.`,
  );

type FieldErrors = Partial<Record<SendingContactField, string>>;

/**
 * C4 Envoi de justificatifs — an optional message, the e-mail (required) and phone pre-filled from
 * the member's file and editable (they are printed on the bordereau d'envoi), and the documents,
 * checked as they are added by pa-file-field (format from the content, 3.5Mo each, 10Mo in all,
 * 10 files). "Envoyer" checks the fields, then sends everything as multipart with its progress; on
 * 201 the confirmation (with the bordereau to download) takes the focus and the message and files
 * are emptied, the e-mail and phone kept; on a refusal the server's field messages go under their
 * fields, its detail in an alert that takes the focus, and nothing typed or added is lost.
 */
export class IndSupportingDocumentsPage extends LitElement {
  static override styles = sectionPageStyles;

  @property() heading = msg('Envoi de justificatifs');
  @state() private message = '';
  @state() private email = '';
  @state() private phone = '';
  @state() private fieldErrors: FieldErrors = {};
  @state() private sent: SendingConfirmation | undefined;
  @state() private failure = '';
  @query('form') private form?: HTMLFormElement;
  @query('pa-file-field') private fileField?: PaFileField;
  @query('.sent') private sentAlert?: HTMLElement;
  @query('.form-error') private errorAlert?: HTMLElement;

  /** The contact has been put in the fields once (only where they were empty). */
  private prefilled = false;
  /** The first load of the contact is over: the form stays from then on (a retry keeps it). */
  private settled = false;

  private readonly contact = new LoadController(this, () => api<SendingContact>(CONTACT_API));
  private readonly upload = new UploadController(this, (data, options) =>
    uploadForm<SendingConfirmation>(JUSTIFICATIFS_API, data, options),
  );

  protected override willUpdate(_changed: PropertyValues<this>): void {
    if (this.contact.status !== 'loading') this.settled = true;
    const contact = this.contact.value;
    if (!this.prefilled && contact) {
      this.prefilled = true;
      this.email ||= contact.email;
      this.phone ||= contact.phone;
    }
  }

  private field(name: SendingContactField): HTMLElement | null | undefined {
    return this.form?.querySelector<HTMLElement>(`[name="${name}"]`);
  }

  private onInput(name: SendingContactField, event: Event): void {
    const value = (event.currentTarget as HTMLElement & { value: string }).value;
    if (name === 'message') this.message = value;
    else if (name === 'email') this.email = value;
    else this.phone = value;
    if (this.fieldErrors[name]) this.fieldErrors = { ...this.fieldErrors, [name]: '' };
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const files = this.fileField;
    if (this.upload.busy || !files) return;
    this.sent = undefined;
    this.failure = '';
    files.error = '';
    const errors = checkSendingContact({ message: this.message, email: this.email, telephone: this.phone });
    this.fieldErrors = errors;
    const filesValid = files.validate();
    const firstWrong = SENDING_CONTACT_FIELDS.find((name) => errors[name]);
    if (firstWrong || !filesValid) {
      await this.updateComplete;
      await files.updateComplete;
      (firstWrong ? this.field(firstWrong) : files)?.focus();
      return;
    }

    const data = new FormData();
    if (this.message.trim()) data.append('message', this.message);
    data.append('email', this.email.trim());
    if (this.phone.trim()) data.append('telephone', this.phone.trim());
    for (const file of files.files) data.append(UPLOAD_FIELD, file);

    const outcome = await this.upload.send(data);
    if (outcome.kind === 'sent') {
      // Emptied for the next sending, except the e-mail and phone.
      this.message = '';
      files.clear();
      this.sent = outcome.value;
      await this.updateComplete;
      this.sentAlert?.focus();
    } else if (outcome.kind === 'refused') {
      const { refusal } = outcome;
      files.error = refusal.fileError;
      this.fieldErrors = fieldErrorsFor(refusal, SENDING_CONTACT_FIELDS);
      this.failure = refusal.message;
      await this.updateComplete;
      this.errorAlert?.focus();
    }
  }

  private renderSent(sending: SendingConfirmation) {
    // Told by its file's name (`bordereau-envoi-…`): its label is in the member's language.
    const bordereau = sending.documents.find((document) => /^bordereau/i.test(document.fileName));
    return html`<pa-alert class="sent" variant="success" tabindex="-1">
      <p>${justificatifsSent()}</p>
      ${sending.estimatedAt ? html`<p class="estimate">${estimateText(sending.estimatedAt)}</p>` : nothing}
      ${
        bordereau
          ? html`<p>
              <a class="download-link" href=${bordereau.downloadUrl} download=${bordereau.fileName}
                >${msg("Télécharger le bordereau d'envoi")}</a
              >
            </p>`
          : nothing
      }
      <p>
        ${msg("Retrouvez cet envoi dans l'")}<a href=${HISTORY_PATH} @click=${followLink}
          >${msg('Historique des envois')}</a
        >.
      </p>
    </pa-alert>`;
  }

  private renderForm() {
    const errors = this.fieldErrors;
    return html`${this.sent ? this.renderSent(this.sent) : nothing}
      ${
        this.failure
          ? html`<pa-alert class="form-error" variant="error" tabindex="-1"><p>${this.failure}</p></pa-alert>`
          : nothing
      }
      <form novalidate @submit=${this.submit}>
        <p class="mandatory">${MANDATORY_NOTE}</p>
        <pa-textarea-field
          label=${msg('Mon message (facultatif)')}
          name="message"
          rows="4"
          maxlength=${SENDING_MESSAGE_MAX_LENGTH}
          .value=${this.message}
          .error=${errors.message ?? ''}
          @input=${(event: Event) => this.onInput('message', event)}
        ></pa-textarea-field>
        <pa-text-field
          type="email"
          label=${msg('E-mail')}
          name="email"
          required
          autocomplete="email"
          maxlength="254"
          hint=${msg('Format attendu : prenom.nom@exemple.fr')}
          .value=${this.email}
          .error=${errors.email ?? ''}
          @input=${(event: Event) => this.onInput('email', event)}
        ></pa-text-field>
        <pa-text-field
          type="tel"
          label=${msg('Téléphone')}
          name="telephone"
          autocomplete="tel"
          maxlength="20"
          hint=${msg('10 chiffres, par exemple 06 12 34 56 78')}
          .value=${this.phone}
          .error=${errors.telephone ?? ''}
          @input=${(event: Event) => this.onInput('telephone', event)}
        ></pa-text-field>
        <pa-file-field
          required
          label=${msg('Mes documents')}
          add-label=${msg('Ajouter un justificatif')}
          hint=${documentRules()}
          @change=${clearFileError}
        ></pa-file-field>
        ${this.upload.renderProgress()}
        <pa-button type="submit" ?busy=${this.upload.busy}>${msg('Envoyer')}</pa-button>
      </form>
      <p>
        ${msg('Information : une fois les fichiers envoyés, vous pouvez les retrouver via le menu «')}
        <a href=${HISTORY_PATH} @click=${followLink}>${msg('Historique des envois')}</a> ${msg('».')}
      </p>`;
  }

  private renderContent() {
    const { status, failure } = this.contact;
    if (!this.settled) return LOADING;
    // Without the contact, the member types it: nothing stops the sending.
    return html`${
      status === 'error' && failure
        ? html`<div class="contact-error">${renderFailure(
            {
              ...failure,
              message: `${failure.message} ${msg('Saisissez votre e-mail et votre téléphone ci-dessous.')}`,
            },
            () => this.contact.load(),
          )}</div>`
        : nothing
    }
      ${this.renderForm()}`;
  }

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">${msg('Ce menu vous permet de transmettre les justificatifs relatifs aux indemnisations.')}</p>
      <h2>${msg('Envoyer mes justificatifs pour indemnisation')}</h2>
      <p>
        ${msg("Saisissez un message dans la zone dédiée, modifiez si nécessaire l'e-mail et le téléphone (ces informations apparaîtront sur le bordereau d'envoi accompagnant vos documents) et ajoutez les justificatifs. Cliquez ensuite sur « Envoyer » pour transmettre les éléments.")}
      </p>
      ${this.renderContent()}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ind-supporting-documents-page': IndSupportingDocumentsPage;
  }
}
