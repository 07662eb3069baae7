import { msg, str } from '@lit/localize';
import { formatFileSize } from '@portail/shared-design';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { DownloadDetail, TableColumn, TableRow } from './pa-data-table.js';

/** A document published to the member (structurally the API's MemberDocument). */
export interface DocumentRow {
  id: string;
  employer: string | null;
  title: string;
  fileName: string;
  sizeBytes: number;
  publishedAt: string;
  unread: boolean;
  downloadUrl: string;
}

export interface DocumentOpenDetail {
  document: DocumentRow;
}

/** "Télécharger Notice information (PDF, 120 Ko)": the link's name says what and how heavy. */
export function documentDownloadLabel(document: DocumentRow): string {
  const dot = document.fileName.lastIndexOf('.');
  const format = dot > 0 ? document.fileName.slice(dot + 1).toUpperCase() : 'PDF';
  return msg(str`Télécharger ${document.title} (${format}, ${formatFileSize(document.sizeBytes)})`);
}

const showEmployerConverter = { fromAttribute: (value: string | null) => value !== 'false' };

/**
 * The member's documents (SPEC B1, B3, …) on pa-data-table: "Employeur", "Libellé document",
 * download link. Opening a document clears its unread marker at once (SPEC A5); the section
 * records it through the event.
 * @fires pa-document-open - {document} (as it was before being marked read) on a download; cancel it
 *   to download the file otherwise than through the link
 */
export class PaDocumentTable extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  @property({ attribute: false }) documents: DocumentRow[] = [];
  /** `show-employer="false"` in markup, `.showEmployer=${false}` in a template. */
  @property({ attribute: 'show-employer', converter: showEmployerConverter }) showEmployer = true;
  @property() caption = '';
  @property({ type: Boolean, attribute: 'caption-hidden' }) captionHidden = false;
  @property({ attribute: 'empty-text' }) emptyText = msg('Aucun document pour le moment');

  private onDownload(event: CustomEvent<DownloadDetail>): void {
    const document = this.documents.find((candidate) => candidate.id === event.detail.rowId);
    if (!document) return;
    if (document.unread) {
      this.documents = this.documents.map((d) => (d === document ? { ...d, unread: false } : d));
    }
    const proceed = this.dispatchEvent(
      new CustomEvent<DocumentOpenDetail>('pa-document-open', {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: { document },
      }),
    );
    if (!proceed) event.preventDefault();
  }

  override render() {
    const columns: TableColumn[] = [
      ...(this.showEmployer ? [{ key: 'employer', label: msg('Employeur') }] : []),
      { key: 'title', label: msg('Libellé document'), rowHeader: true },
    ];
    const rows: TableRow[] = this.documents.map((document) => ({
      id: document.id,
      cells: { employer: document.employer ?? '', title: document.title },
      unread: document.unread,
      download: {
        href: document.downloadUrl,
        fileName: document.fileName,
        label: documentDownloadLabel(document),
      },
    }));
    return html`<pa-data-table
      .caption=${this.caption}
      .captionHidden=${this.captionHidden}
      .columns=${columns}
      .rows=${rows}
      .emptyText=${this.emptyText}
      @pa-download=${this.onDownload}
    ></pa-data-table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-document-table': PaDocumentTable;
  }
  interface HTMLElementEventMap {
    'pa-document-open': CustomEvent<DocumentOpenDetail>;
  }
}
