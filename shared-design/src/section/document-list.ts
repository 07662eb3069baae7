import { msg } from '@lit/localize';
import { hostBase, token } from '@portail/shared-design';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DocumentRow } from './pa-document-table.js';

export type DocumentLoader = () => Promise<DocumentRow[]>;
export type DocumentOpener = (document: DocumentRow) => unknown;

type Status = 'idle' | 'loading' | 'ready' | 'error';

function loadFailed(): string {
  return msg("Les documents n'ont pas pu être chargés. Réessayez dans quelques instants.");
}

/** The French message of a failed load: the problem's `detail` when the error carries one. */
function describeError(error: unknown): { message: string; retryable: boolean } {
  const { status, problem } = (error ?? {}) as { status?: unknown; problem?: { detail?: unknown } };
  const detail = problem?.detail;
  return {
    message: typeof detail === 'string' && detail ? detail : loadFailed(),
    // Refused (feature off, SPEC A6) or gone: trying again would not help.
    retryable: !(status === 401 || status === 403 || status === 404),
  };
}

/**
 * A list of documents loaded by `loader`: "Chargement…" while it loads, the French reason and
 * "Réessayer" when it fails, the empty state or the document table when it answers.
 * When the member downloads an unread document, its unread marker goes at once (SPEC A5) and
 * `onOpen(document)` is called (the section marks it read on the server, the menu follows).
 * Data access stays with the caller, so shared-design does not depend on the runtime.
 */
export class PaDocumentList extends LitElement {
  static override styles = [
    hostBase,
    css`
      :host {
        display: block;
      }
      .loading {
        margin: ${token['space-4']} 0;
        color: ${token['color-text-muted']};
      }
      pa-alert p {
        margin: 0 0 ${token['space-2']};
      }
    `,
  ];

  @property({ attribute: false }) loader: DocumentLoader | undefined;
  @property({ attribute: false }) onOpen: DocumentOpener | undefined;
  @property({ type: Boolean, attribute: 'show-employer' }) showEmployer = true;
  /** The table's caption (its accessible name). */
  @property() caption = '';
  @property({ type: Boolean, attribute: 'caption-hidden' }) captionHidden = false;
  @property({ attribute: 'empty-text' }) emptyText = msg('Aucun document pour le moment');

  @state() protected status: Status = 'idle';
  @state() protected documents: DocumentRow[] = [];
  @state() protected failure: { message: string; retryable: boolean } | undefined;
  private loadCount = 0;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('loader')) void this.load();
  }

  /** Loads (again) the list; a newer load wins over an older one still under way. */
  async load(): Promise<void> {
    const loader = this.loader;
    if (!loader) return;
    const count = ++this.loadCount;
    this.status = 'loading';
    this.failure = undefined;
    try {
      const documents = await loader();
      if (count !== this.loadCount) return;
      this.documents = documents;
      this.status = 'ready';
    } catch (error) {
      if (count !== this.loadCount) return;
      this.failure = describeError(error);
      this.status = 'error';
    }
  }

  private readonly handleOpen = (event: CustomEvent<{ document: DocumentRow }>): void => {
    const { id } = event.detail.document;
    const row = this.documents.find((document) => document.id === id);
    if (!row?.unread) return;
    this.documents = this.documents.map((document) =>
      document.id === id ? { ...document, unread: false } : document,
    );
    // The download itself marks the document read on the server: a failure here only delays the
    // menu's count until its next refresh, so it is not worth an error message.
    Promise.resolve()
      .then(() => this.onOpen?.(row))
      .catch(() => undefined);
  };

  protected tableCaption(): { text: string; hidden: boolean } {
    return { text: this.caption, hidden: this.captionHidden };
  }

  protected renderList(): unknown {
    switch (this.status) {
      case 'idle':
        return nothing;
      case 'loading':
        return html`<p class="loading" role="status">${msg('Chargement…')}</p>`;
      case 'error': {
        const failure = this.failure ?? { message: loadFailed(), retryable: true };
        return html`<pa-alert variant=${failure.retryable ? 'error' : 'info'}>
          <p>${failure.message}</p>
          ${failure.retryable ? html`<pa-button variant="secondary" @click=${() => this.load()}>${msg('Réessayer')}</pa-button>` : nothing}
        </pa-alert>`;
      }
      default: {
        const caption = this.tableCaption();
        // The table shows pa-empty-state ("Aucun document pour le moment") when the list is empty.
        return html`<pa-document-table
          .documents=${this.documents}
          .showEmployer=${this.showEmployer}
          .caption=${caption.text}
          .captionHidden=${caption.hidden}
          .emptyText=${this.emptyText}
          @pa-document-open=${this.handleOpen}
        ></pa-document-table>`;
      }
    }
  }

  override render() {
    return html`<div aria-busy=${this.status === 'loading' ? 'true' : 'false'}>${this.renderList()}</div>`;
  }
}

/**
 * A whole page around a document list: `heading` as the page title, the `intro` slot under it;
 * the table's caption defaults to the heading (hidden, the title already shows it).
 * @slot intro - text under the title
 */
export class PaDocumentListPage extends PaDocumentList {
  @property() heading = '';

  protected override tableCaption(): { text: string; hidden: boolean } {
    return this.caption ? super.tableCaption() : { text: this.heading, hidden: true };
  }

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <slot name="intro" slot="intro"></slot>
      ${super.render()}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-document-list': PaDocumentList;
    'pa-document-list-page': PaDocumentListPage;
  }
}
