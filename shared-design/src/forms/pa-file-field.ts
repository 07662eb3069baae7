import { msg, str } from '@lit/localize';
import {
  refuseUpload,
  SNIFF_BYTES,
  UPLOAD_ACCEPT,
  UPLOAD_FIELD,
  UPLOAD_LIMITS,
  UPLOAD_MESSAGES,
} from '@portail/kernel/contract/uploads';
import {
  fieldStyles,
  focusRing,
  formatFileSize,
  hostBase,
  token,
  visuallyHidden,
} from '@portail/shared-design';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';

const MEGABYTE = 1024 * 1024;

/**
 * A message of the contract's (UPLOAD_MESSAGES, SPEC C4: kept byte-identical in French) in the
 * page's language; any other text (the server's, already in the member's language) as it is.
 */
export function uploadMessageText(message: string): string {
  switch (message) {
    case UPLOAD_MESSAGES.format:
      return msg('Formats acceptés : JPG, PNG, PDF');
    case UPLOAD_MESSAGES.fileSize:
      return msg('Taille maximale de fichier acceptée : 3.5Mo.');
    case UPLOAD_MESSAGES.totalSize:
      return msg('Taille totale des fichiers acceptée : 10Mo.');
    case UPLOAD_MESSAGES.fileCount:
      return maxFilesText(UPLOAD_LIMITS.maxFiles);
    case UPLOAD_MESSAGES.empty:
      return msg('Ce fichier est vide.');
    case UPLOAD_MESSAGES.required:
      return msg('Ajoutez au moins un justificatif.');
    case UPLOAD_MESSAGES.interrupted:
      return msg("L'envoi a été interrompu : aucun fichier n'a été enregistré. Réessayez.");
    default:
      return message;
  }
}

/** « Vous pouvez joindre au plus 10 fichiers. » (UPLOAD_MESSAGES.fileCount for the contract's limit). */
function maxFilesText(maxFiles: number): string {
  return msg(str`Vous pouvez joindre au plus ${maxFiles} fichiers.`);
}

/** The rules restated under the label, e.g. "Formats acceptés : JPG, PNG, PDF. 3.5Mo au plus par fichier, …". */
export function uploadRulesHint(maxFiles: number = UPLOAD_LIMITS.maxFiles): string {
  const format = uploadMessageText(UPLOAD_MESSAGES.format);
  const perFile = UPLOAD_LIMITS.maxFileBytes / MEGABYTE;
  if (maxFiles <= 1) return msg(str`${format}. Un seul fichier, ${perFile}Mo au plus.`);
  const total = UPLOAD_LIMITS.maxTotalBytes / MEGABYTE;
  return msg(
    str`${format}. ${perFile}Mo au plus par fichier, ${total}Mo au total, ${maxFiles} fichiers au plus.`,
  );
}

interface Refusal {
  name: string;
  message: string;
}

async function headOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
}

/**
 * Supporting documents (justificatifs) joined to a form: a button opens the file picker (or files
 * are dropped on the field), each file is checked at once against the rules of the contract (format
 * from its first bytes, sizes, count) and either kept, listed with its size and a "Retirer" button,
 * or refused, with the contract's exact French message in an alert tied to the button. The kept
 * files go in the form's FormData under `name`. Fires `change` whenever the kept list changes.
 */
export class PaFileField extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [
    hostBase,
    focusRing,
    visuallyHidden,
    fieldStyles,
    css`
      .label {
        display: block;
        font-weight: 600;
      }
      .add {
        min-height: 2.75rem;
        margin-block-start: ${token['space-2']};
        padding: ${token['space-2']} ${token['space-4']};
        border: 2px solid ${token['color-primary']};
        border-radius: ${token.radius};
        background: ${token['color-surface']};
        color: ${token['color-primary']};
        font: inherit;
        font-weight: 600;
        cursor: pointer;
      }
      .add:hover {
        background: ${token['color-info-bg']};
      }
      .zone.dragging .add {
        outline: 2px dashed ${token['color-primary']};
        outline-offset: 4px;
      }
      button:disabled {
        cursor: not-allowed;
        opacity: 0.6;
      }
      ul {
        margin: ${token['space-2']} 0 0;
        padding: 0;
        list-style: none;
      }
      .files li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${token['space-2']} ${token['space-3']};
        padding: ${token['space-2']} 0;
        border-block-end: 1px solid ${token['color-border']};
      }
      .files .name {
        overflow-wrap: anywhere;
      }
      .size {
        color: ${token['color-text-muted']};
        font-size: ${token['font-size-sm']};
      }
      .remove {
        margin-inline-start: auto;
        padding: 0;
        border: 0;
        background: none;
        color: ${token['color-primary']};
        font: inherit;
        text-decoration: underline;
        cursor: pointer;
      }
      .refusals li {
        color: ${token['color-error']};
        font-size: ${token['font-size-sm']};
        font-weight: 600;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property() label = msg('Justificatifs');
  @property({ attribute: 'add-label' }) addLabel = msg('Ajouter un justificatif');
  @property({ reflect: true }) name = UPLOAD_FIELD;
  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** An error from outside (the server's, or `validate()`'s), in red under the field. */
  @property() error = '';
  /** At most this many files; with 1, a new file replaces the kept one. */
  @property({ type: Number, attribute: 'max-files' }) maxFiles: number = UPLOAD_LIMITS.maxFiles;

  private customHint: string | undefined;

  /** Under the label; by default the rules (`uploadRulesHint(maxFiles)`). */
  @property()
  get hint(): string {
    return this.customHint ?? uploadRulesHint(this.maxFiles);
  }
  set hint(value: string) {
    // Lit wraps this setter to request an update.
    this.customHint = value;
  }

  @state() private kept: File[] = [];
  @state() private refusals: Refusal[] = [];
  /** What the polite status says after an addition or a removal. */
  @state() private announced = '';
  @state() private dragging = false;
  /** Set while an enclosing <fieldset> is disabled. */
  @state() private fieldsetDisabled = false;

  @query('.add') private addButton?: HTMLButtonElement;
  @query('input[type=file]') private input?: HTMLInputElement;

  private readonly internals = this.attachInternals();

  constructor() {
    super();
    this.addEventListener('dragover', this.onDragOver);
    this.addEventListener('dragleave', this.onDragLeave);
    this.addEventListener('drop', this.onDrop);
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The kept files (a copy). */
  get files(): File[] {
    return [...this.kept];
  }

  private get inactive(): boolean {
    return this.disabled || this.fieldsetDisabled;
  }

  /** Checks each file and keeps those the rules accept; the others are listed as refused. */
  async addFiles(files: Iterable<File>): Promise<void> {
    const incoming = [...files];
    const heads = await Promise.all(incoming.map(headOf));
    // From here on, synchronous: two additions in a row cannot both pass the total.
    const kept = [...this.kept];
    const refusals: Refusal[] = [];
    const replacing = this.maxFiles === 1;
    for (const [i, file] of incoming.entries()) {
      const others = replacing ? [] : kept;
      const message =
        refuseUpload(
          { size: file.size, head: heads[i]! },
          others.map((f) => f.size),
        ) ?? (others.length >= this.maxFiles ? maxFilesText(this.maxFiles) : null);
      if (message) refusals.push({ name: file.name, message });
      else if (replacing) kept.splice(0, kept.length, file);
      else kept.push(file);
    }
    this.refusals = refusals;
    const added = kept.filter((file) => !this.kept.includes(file));
    if (added.length === 0) return;
    this.announced =
      added.length === 1 ? msg(str`${added[0]!.name} ajouté.`) : msg(str`${added.length} fichiers ajoutés.`);
    this.setKept(kept);
  }

  removeFile(index: number): void {
    const file = this.kept[index];
    if (!file) return;
    this.announced = msg(str`${file.name} retiré.`);
    this.setKept(this.kept.filter((_, i) => i !== index));
  }

  clear(): void {
    this.refusals = [];
    if (this.kept.length > 0) this.setKept([]);
  }

  /** Shows UPLOAD_MESSAGES.required when a required field is empty; whether the field is valid. */
  validate(): boolean {
    const valid = !(this.required && this.kept.length === 0);
    if (!valid) this.error = UPLOAD_MESSAGES.required;
    else if (this.error === UPLOAD_MESSAGES.required) this.error = '';
    return valid;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formResetCallback(): void {
    this.kept = [];
    this.refusals = [];
    this.announced = '';
  }

  formDisabledCallback(disabled: boolean): void {
    this.fieldsetDisabled = disabled;
  }

  private setKept(kept: File[]): void {
    this.kept = kept;
    if (kept.length > 0 && this.error === UPLOAD_MESSAGES.required) this.error = '';
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('kept') || changed.has('name')) {
      const data = new FormData();
      for (const file of this.kept) data.append(this.name, file);
      this.internals.setFormValue(data);
    }
    if (this.required && this.kept.length === 0) {
      this.internals.setValidity(
        { valueMissing: true },
        uploadMessageText(UPLOAD_MESSAGES.required),
        this.addButton,
      );
    } else {
      this.internals.setValidity({});
    }
  }

  private async onPicked(): Promise<void> {
    const input = this.input!;
    const files = [...(input.files ?? [])];
    // Emptied so that picking the same file again fires change again.
    input.value = '';
    await this.addFiles(files);
  }

  private async onRemove(index: number): Promise<void> {
    this.removeFile(index);
    await this.updateComplete;
    // The pressed button is gone: focus goes back to the add button.
    this.addButton?.focus();
  }

  private onDragOver = (event: DragEvent): void => {
    if (this.inactive || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private onDragLeave = (): void => {
    this.dragging = false;
  };

  private onDrop = (event: DragEvent): void => {
    this.dragging = false;
    if (this.inactive || !event.dataTransfer) return;
    event.preventDefault();
    void this.addFiles(event.dataTransfer.files);
  };

  override render() {
    const describedBy = [
      this.error ? 'error' : '',
      this.hint ? 'hint' : '',
      this.refusals.length ? 'refusals' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`<div class="zone ${this.dragging ? 'dragging' : ''}" role="group" aria-labelledby="label">
      <span id="label" class="label" part="label"
        >${this.label}${
          this.required
            ? html`<span class="required" aria-hidden="true"> *</span
                ><span class="visually-hidden">${msg(' (obligatoire)')}</span>`
            : nothing
        }</span
      >
      ${this.hint ? html`<p id="hint" class="hint">${this.hint}</p>` : nothing}
      <button
        type="button"
        class="add"
        part="button"
        ?disabled=${this.inactive}
        aria-describedby=${describedBy || nothing}
        @click=${() => this.input?.click()}
      >
        ${this.addLabel}
      </button>
      <input
        type="file"
        class="visually-hidden"
        tabindex="-1"
        aria-hidden="true"
        accept=${UPLOAD_ACCEPT}
        ?multiple=${this.maxFiles !== 1}
        ?disabled=${this.inactive}
        @change=${this.onPicked}
      />
      ${
        this.kept.length
          ? html`<ul class="files" aria-label=${msg('Fichiers joints')}>
              ${this.kept.map(
                (file, i) => html`<li>
                  <span class="name">${file.name}</span>
                  <span class="size">${formatFileSize(file.size)}</span>
                  <button
                    type="button"
                    class="remove"
                    aria-label=${msg(str`Retirer ${file.name}`)}
                    ?disabled=${this.inactive}
                    @click=${() => this.onRemove(i)}
                  >
                    ${msg('Retirer')}
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing
      }
      <div id="refusals" class="refusals" role="alert">
        ${
          this.refusals.length
            ? html`<ul>
                ${this.refusals.map((r) => html`<li><span class="name">${r.name}</span>${msg(' : ')}${uploadMessageText(r.message)}</li>`)}
              </ul>`
            : nothing
        }
      </div>
      <p class="visually-hidden" role="status">${this.announced}</p>
      ${this.error ? html`<p id="error" class="error" part="error">${uploadMessageText(this.error)}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-file-field': PaFileField;
  }
}
