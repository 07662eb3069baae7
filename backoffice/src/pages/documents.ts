import type { Employer, PublishableCategory, PublishedDocument } from '@portail/kernel/contract/gestion';
import { UPLOAD_FIELD } from '@portail/kernel/contract/uploads';
import { MANDATORY_NOTE, token } from '@portail/shared-design';
import {
  choiceStyles,
  clearFileError,
  fieldErrorsFor,
  type PaFileField,
  UploadController,
} from '@portail/shared-design/forms';
import { LoadController } from '@portail/shared-design/section';
import { css, html, LitElement, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { gestionApi } from '../api.js';
import { countOf } from '../labels.js';
import { gestionPageStyles } from '../styles.js';

const CATEGORIES_API = '/api/gestion/documents/categories';
const EMPLOYERS_API = '/api/gestion/employeurs';
const PUBLISH_API = '/api/gestion/documents';

export type Audience = 'member' | 'employer' | 'all';

export const AUDIENCES: Record<Audience, string> = {
  member: 'Un adhérent',
  employer: "Les adhérents d'un employeur",
  all: 'Tous les adhérents',
};

export const DOCUMENT_MESSAGES = {
  category: 'Choisissez la catégorie du document.',
  title: 'Saisissez le titre du document.',
  memberIdentifier: "Saisissez l'identifiant de l'adhérent.",
  employerId: "Choisissez l'employeur.",
  file: 'Ajoutez le document à publier (PDF).',
  pdf: 'Le document doit être un fichier PDF.',
  invalid: 'Certains champs sont manquants ou incorrects : ils sont signalés en rouge.',
} as const;

/** "Document publié : visible par 12 adhérents, signalé comme non lu." */
export function publishedText(recipients: number): string {
  return `Document publié : visible par ${countOf(recipients, 'adhérent', 'adhérents')}, signalé comme non lu.`;
}

const PDF_SIGNATURE = '%PDF-';

async function isPdf(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, PDF_SIGNATURE.length).arrayBuffer());
  return String.fromCharCode(...head) === PDF_SIGNATURE;
}

/** The fields, in the order of the form. */
const FIELD_NAMES = ['category', 'title', 'audience', 'memberIdentifier', 'employerId'] as const;
type FieldName = (typeof FIELD_NAMES)[number];

interface PublishOptions {
  categories: PublishableCategory[];
  employers: Employer[];
}

/**
 * H4 — publish a document: its category (the member's page it shows on), its title, who sees it
 * (one member by identifier, an employer's members, or all), and the PDF. On "Publier" the form is
 * checked (required fields, a PDF), then sent as multipart; the confirmation says how many members
 * see it, with the orange unread marker (A5). The server's refusals are marked on their fields.
 */
export class BoDocumentsPage extends LitElement {
  static override styles = [
    gestionPageStyles,
    choiceStyles,
    css`
      fieldset {
        margin: 0 0 ${token['space-2']};
        padding: 0;
        border: 0;
      }
      .options {
        display: flex;
        flex-direction: column;
        margin-block-start: ${token['space-1']};
      }
    `,
  ];

  @state() private audience: Audience = 'member';
  @state() private errors: Partial<Record<FieldName, string>> = {};
  @state() private failure = '';
  @state() private published = '';
  @query('form') private form?: HTMLFormElement;
  @query('pa-file-field') private fileField?: PaFileField;

  private readonly options = new LoadController<PublishOptions>(this, async () => {
    const [categories, employers] = await Promise.all([
      gestionApi<{ items: PublishableCategory[] }>(CATEGORIES_API),
      gestionApi<{ items: Employer[] }>(EMPLOYERS_API),
    ]);
    return { categories: categories.items, employers: employers.items };
  });
  /** Through the back office's caller (the manager's CSRF token), without progress: leaving the page does not stop it. */
  private readonly upload = new UploadController(this, (data) =>
    gestionApi<PublishedDocument>(PUBLISH_API, { method: 'POST', body: data }),
  );

  private value(name: FieldName): string {
    return (
      this.renderRoot.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)?.value ?? ''
    ).trim();
  }

  private check(): Partial<Record<FieldName, string>> {
    const errors: Partial<Record<FieldName, string>> = {};
    if (!this.value('category')) errors.category = DOCUMENT_MESSAGES.category;
    if (!this.value('title')) errors.title = DOCUMENT_MESSAGES.title;
    if (this.audience === 'member' && !this.value('memberIdentifier')) {
      errors.memberIdentifier = DOCUMENT_MESSAGES.memberIdentifier;
    }
    if (this.audience === 'employer' && !this.value('employerId'))
      errors.employerId = DOCUMENT_MESSAGES.employerId;
    return errors;
  }

  /** The first field marked in red takes the focus; the alert when none is. */
  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const fields = [
      ...this.renderRoot.querySelectorAll<HTMLElement & { error?: string }>('form [name], pa-file-field'),
    ];
    const target =
      fields.find((element) => element.error) ?? this.renderRoot.querySelector<HTMLElement>('.form-error');
    target?.focus();
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.upload.busy) return;
    const fileField = this.fileField!;
    this.published = '';
    this.failure = '';
    this.errors = this.check();
    fileField.error = '';
    const [file] = fileField.files;
    if (!file) fileField.error = DOCUMENT_MESSAGES.file;
    else if (!(await isPdf(file))) fileField.error = DOCUMENT_MESSAGES.pdf;
    if (Object.keys(this.errors).length > 0 || fileField.error) {
      this.failure = DOCUMENT_MESSAGES.invalid;
      return this.focusFirstError();
    }

    const data = new FormData();
    data.append('category', this.value('category'));
    data.append('title', this.value('title'));
    data.append('audience', this.audience);
    if (this.audience === 'member') data.append('memberIdentifier', this.value('memberIdentifier'));
    if (this.audience === 'employer') data.append('employerId', this.value('employerId'));
    data.append(UPLOAD_FIELD, file!);

    const outcome = await this.upload.send(data);
    if (outcome.kind === 'sent') {
      this.form?.reset();
      this.audience = 'member';
      this.published = publishedText(outcome.value.recipients);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.published')?.focus();
    } else if (outcome.kind === 'refused') {
      const { refusal } = outcome;
      this.errors = fieldErrorsFor(refusal, FIELD_NAMES);
      fileField.error = refusal.fileError;
      this.failure = refusal.message;
      await this.focusFirstError();
    }
  }

  private onAudience(audience: Audience): void {
    this.audience = audience;
    this.errors = { ...this.errors, audience: undefined, memberIdentifier: undefined, employerId: undefined };
  }

  private renderAudience(employers: Employer[]) {
    const error = this.errors.audience;
    return html`<fieldset aria-describedby=${error ? 'audience-error' : nothing}>
        <legend>Destinataires<span class="required" aria-hidden="true"> *</span></legend>
        <div class="options">
          ${(Object.entries(AUDIENCES) as [Audience, string][]).map(
            ([audience, label]) => html`<label class="option"
              ><input
                type="radio"
                name="audience"
                .value=${audience}
                .checked=${live(this.audience === audience)}
                @change=${() => this.onAudience(audience)}
              />${label}</label
            >`,
          )}
        </div>
        ${error ? html`<p id="audience-error" class="error">${error}</p>` : nothing}
      </fieldset>
      ${
        this.audience === 'member'
          ? html`<pa-text-field
              name="memberIdentifier"
              label="Identifiant de l'adhérent"
              required
              .error=${this.errors.memberIdentifier ?? ''}
            ></pa-text-field>`
          : nothing
      }
      ${
        this.audience === 'employer'
          ? html`<pa-select-field
              name="employerId"
              label="Employeur"
              required
              .options=${employers.map((employer) => ({
                value: employer.id,
                label: `${employer.name} (${countOf(employer.memberCount, 'adhérent', 'adhérents')})`,
              }))}
              .error=${this.errors.employerId ?? ''}
            ></pa-select-field>`
          : nothing
      }`;
  }

  private renderForm({ categories, employers }: PublishOptions) {
    return html`<form novalidate @submit=${this.submit} aria-label="Publier un document">
      <p class="mandatory">${MANDATORY_NOTE}</p>
      <pa-select-field
        name="category"
        label="Catégorie"
        required
        hint="La page de l'adhérent où le document apparaît."
        .options=${categories.map((c) => ({ value: c.category, label: c.label }))}
        .error=${this.errors.category ?? ''}
      ></pa-select-field>
      <pa-text-field
        name="title"
        label="Titre"
        required
        maxlength="200"
        .error=${this.errors.title ?? ''}
      ></pa-text-field>
      ${this.renderAudience(employers)}
      <pa-file-field
        required
        label="Document (PDF)"
        add-label="Choisir le fichier"
        max-files="1"
        hint="Un seul fichier PDF, 3.5Mo au plus."
        @change=${clearFileError}
      ></pa-file-field>
      <pa-button type="submit" ?busy=${this.upload.busy}>Publier</pa-button>
    </form>`;
  }

  override render() {
    return html`<pa-page heading="Documents">
      <p slot="intro">
        Publiez un document de contrat, un formulaire, un document clé ou un kit d'adhésion pour un adhérent, les
        adhérents d'un employeur ou tous les adhérents : il apparaît chez eux avec le liseré orange des documents
        non lus.
      </p>
      ${
        this.published
          ? html`<pa-alert class="published" variant="success" tabindex="-1"><p>${this.published}</p></pa-alert>`
          : nothing
      }
      ${
        this.failure
          ? html`<pa-alert class="form-error" variant="error" tabindex="-1"><p>${this.failure}</p></pa-alert>`
          : nothing
      }
      ${this.options.render((options) => this.renderForm(options))}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bo-documents-page': BoDocumentsPage;
  }
}
