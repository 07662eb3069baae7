import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { focusRing, hostBase, visuallyHidden } from '../styles.js';
import { token } from '../tokens.js';

export interface TableColumn {
  key: string;
  label: string;
  align?: 'start' | 'end';
  /** The header stays for screen readers but is not shown. */
  hiddenLabel?: boolean;
  /** Cells of this column name their row (`<th scope="row">`) and carry the "Nouveau" tag. */
  rowHeader?: boolean;
}

export interface TableDownload {
  href: string;
  /** Accessible name of the link, e.g. "Télécharger Notice information (PDF, 120 Ko)". */
  label: string;
  fileName?: string;
}

/** Text, or a Lit template for cells that hold controls (e.g. "Continuer", "Supprimer"). */
export type TableCell = string | TemplateResult;

export interface TableRow {
  id: string;
  cells: Record<string, TableCell>;
  unread?: boolean;
  download?: TableDownload;
}

export interface DownloadDetail {
  rowId: string;
  href: string;
}

const downloadIcon = html`<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path fill="currentColor" d="M11 3h2v10.2l3.6-3.6L18 11l-6 6-6-6 1.4-1.4 3.6 3.6zM5 19h14v2H5z" />
</svg>`;

/**
 * The one table of the portal: a native table with column headers, the unread marker on rows
 * (orange border, "Nouveau" tag and spoken text, SPEC A5) and a download link per row.
 * With no rows it shows pa-empty-state instead.
 * @fires pa-download - {rowId, href} when a download link is activated (the download proceeds unless
 *   the event is cancelled)
 */
export class PaDataTable extends LitElement {
  static override styles = [
    hostBase,
    focusRing,
    visuallyHidden,
    css`
      :host {
        display: block;
      }
      table {
        width: 100%;
        border-collapse: collapse;
      }
      caption {
        margin-block-end: ${token['space-2']};
        font-weight: 700;
        text-align: start;
      }
      th,
      td {
        padding: ${token['space-2']} ${token['space-3']};
        border-block-end: 1px solid ${token['color-border']};
        text-align: start;
        vertical-align: middle;
        overflow-wrap: break-word;
        hyphens: auto;
      }
      thead th {
        border-block-end: 2px solid ${token['color-primary']};
        background: ${token['color-surface-alt']};
      }
      tbody th {
        font-weight: 400;
      }
      .end {
        text-align: end;
      }
      tbody tr > :first-child {
        border-inline-start: 4px solid transparent;
      }
      tr.unread > :first-child {
        border-inline-start-color: ${token['color-unread']};
      }
      tr.unread th {
        font-weight: 700;
      }
      .tag {
        display: inline-block;
        margin-inline-start: ${token['space-2']};
        padding: 0 ${token['space-2']};
        border-radius: 999px;
        background: ${token['color-unread-strong']};
        color: #fff;
        font-size: ${token['font-size-sm']};
        font-weight: 700;
      }
      td a {
        color: ${token['color-primary']};
      }
      .download-cell {
        width: 1%;
        text-align: center;
      }
      .download {
        display: inline-grid;
        place-items: center;
        width: 2.75rem;
        height: 2.75rem;
        border-radius: ${token.radius};
        color: ${token['color-primary']};
      }
      .download:hover {
        background: ${token['color-info-bg']};
      }
    `,
  ];

  @property() caption = '';
  @property({ type: Boolean, attribute: 'caption-hidden' }) captionHidden = false;
  @property({ attribute: false }) columns: TableColumn[] = [];
  @property({ attribute: false }) rows: TableRow[] = [];
  @property({ attribute: 'empty-text' }) emptyText = 'Aucun document pour le moment';

  private onDownload(event: MouseEvent, row: TableRow, download: TableDownload): void {
    const proceed = this.dispatchEvent(
      new CustomEvent<DownloadDetail>('pa-download', {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: { rowId: row.id, href: download.href },
      }),
    );
    // A listener that downloads the file itself (a widget with a bearer token, W2) cancels the link.
    if (!proceed) event.preventDefault();
  }

  private renderRow(row: TableRow, markerColumn: number, withDownloads: boolean) {
    const cells = this.columns.map((column, index) => {
      const content = html`${row.cells[column.key] ?? ''}${
        row.unread && index === markerColumn
          ? html` <span class="tag">Nouveau</span><span class="visually-hidden"> (non consulté)</span>`
          : nothing
      }`;
      const align = column.align === 'end' ? 'end' : '';
      return column.rowHeader
        ? html`<th scope="row" class=${align}>${content}</th>`
        : html`<td class=${align}>${content}</td>`;
    });
    const download = row.download;
    return html`<tr class=${row.unread ? 'unread' : ''} data-row-id=${row.id}>
      ${cells}
      ${
        withDownloads
          ? html`<td class="download-cell">
              ${
                download
                  ? html`<a
                      class="download"
                      href=${download.href}
                      download=${download.fileName ?? ''}
                      title=${download.label}
                      @click=${(event: MouseEvent) => this.onDownload(event, row, download)}
                      >${downloadIcon}<span class="visually-hidden">${download.label}</span></a
                    >`
                  : nothing
              }
            </td>`
          : nothing
      }
    </tr>`;
  }

  override render() {
    if (this.rows.length === 0) return html`<pa-empty-state text=${this.emptyText}></pa-empty-state>`;
    const markerColumn = Math.max(
      0,
      this.columns.findIndex((column) => column.rowHeader),
    );
    const withDownloads = this.rows.some((row) => row.download);
    return html`<table part="table">
      ${this.caption ? html`<caption class=${this.captionHidden ? 'visually-hidden' : ''}>${this.caption}</caption>` : nothing}
      <thead>
        <tr>
          ${this.columns.map(
            (column) =>
              html`<th scope="col" class=${column.align === 'end' ? 'end' : ''}>
                ${column.hiddenLabel ? html`<span class="visually-hidden">${column.label}</span>` : column.label}
              </th>`,
          )}
          ${withDownloads ? html`<th scope="col"><span class="visually-hidden">Télécharger</span></th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${this.rows.map((row) => this.renderRow(row, markerColumn, withDownloads))}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-data-table': PaDataTable;
  }
  interface HTMLElementEventMap {
    'pa-download': CustomEvent<DownloadDetail>;
  }
}
