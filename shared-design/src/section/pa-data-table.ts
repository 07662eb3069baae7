import { msg } from '@lit/localize';
import { focusRing, hostBase, token, visuallyHidden } from '@portail/shared-design';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';

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

/** The table's layout, reflected on the host as `layout="table"` or `layout="cards"`. */
export type TableLayout = 'table' | 'cards';

/**
 * The one table of the portal: a native table with column headers, the unread marker on rows
 * (orange border, "Nouveau" tag and spoken text, SPEC A5) and a download link per row.
 * With no rows it shows pa-empty-state instead.
 *
 * Small widths: when the table would be wider than the element itself (a phone, a narrow column of
 * an intranet that embeds a widget, eight columns on a laptop), each row becomes a card: the row
 * header as its title, each other cell after its column's label, the "Nouveau" tag and the 44 px
 * download link at the top right. It is measured on the element's own width (ResizeObserver), not
 * the viewport's, and the element never widens what holds it (`container-type: inline-size`).
 * The markup stays the table's, only its CSS display changes; the ARIA table roles are written
 * out on every part because some browsers (Safari, older Chromium) stop exposing a table whose
 * parts are no longer `display: table-*`. So a screen reader gets the same table, with the same
 * headers, in both layouts; the labels shown in the cards are CSS text with an empty alternative,
 * never read twice.
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
        /* Its width is its container's, never its content's: a table too wide becomes cards. */
        container-type: inline-size;
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

      /* Cards: one per row, the row header as title, each cell after its column's label. */
      :host([layout='cards']) :is(table, caption, tbody, tr, th, td) {
        display: block;
      }
      :host([layout='cards']) thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      :host([layout='cards']) tbody {
        display: grid;
        gap: ${token['space-3']};
      }
      :host([layout='cards']) tbody tr {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        align-items: start;
        column-gap: ${token['space-2']};
        padding: ${token['space-3']};
        border: 1px solid ${token['color-border']};
        border-inline-start: 4px solid ${token['color-border']};
        border-radius: ${token.radius};
      }
      :host([layout='cards']) tbody tr.unread {
        border-inline-start-color: ${token['color-unread']};
      }
      :host([layout='cards']) tbody tr > * {
        grid-column: 1 / -1;
        padding: ${token['space-1']} 0;
        border: 0;
        text-align: start;
      }
      :host([layout='cards']) tbody th {
        order: -1;
        grid-column: 1;
        padding-block-end: ${token['space-2']};
        font-weight: 700;
      }
      :host([layout='cards']) td[data-label] {
        display: grid;
        /* The same split in every cell, so that the values line up. */
        grid-template-columns: minmax(0, 9fr) minmax(0, 11fr);
        gap: ${token['space-3']};
      }
      /* A value that is a block of its own (a list of documents) goes under its label. */
      :host([layout='cards']) td[data-label]:has(ul, ol, p) {
        grid-template-columns: minmax(0, 1fr);
        gap: ${token['space-1']};
      }
      :host([layout='cards']) td :is(ul, ol) {
        margin: 0;
        padding-inline-start: ${token['space-5']};
      }
      :host([layout='cards']) td[data-label]::before {
        color: ${token['color-text-muted']};
        font-size: ${token['font-size-sm']};
        /* Shown, not read: the cell already has its column header for screen readers. */
        content: attr(data-label);
        content: attr(data-label) / '';
      }
      :host([layout='cards']) td.blank {
        display: none;
      }
      :host([layout='cards']) td.download-cell {
        order: -1;
        grid-column: 2;
        grid-row: 1;
        width: auto;
        padding: 0;
      }
    `,
  ];

  @property() caption = '';
  @property({ type: Boolean, attribute: 'caption-hidden' }) captionHidden = false;
  @property({ attribute: false }) columns: TableColumn[] = [];
  @property({ attribute: false }) rows: TableRow[] = [];
  @property({ attribute: 'empty-text' }) emptyText = msg('Aucun document pour le moment');

  private sizeObserver: ResizeObserver | undefined;
  private observedTable: HTMLTableElement | null = null;
  private fitFrame = 0;
  /** The host's width when the layout was last chosen. */
  private fittedWidth = -1;

  /** `'cards'` when the table does not fit the element's width (set by the element). */
  get layout(): TableLayout {
    return this.getAttribute('layout') === 'cards' ? 'cards' : 'table';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'function') return;
    this.sizeObserver ??= new ResizeObserver(() => this.onResize());
    this.sizeObserver.observe(this);
    if (this.observedTable) this.sizeObserver.observe(this.observedTable);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sizeObserver?.disconnect();
    cancelAnimationFrame(this.fitFrame);
  }

  protected override updated(): void {
    const table = this.renderRoot.querySelector('table');
    if (table !== this.observedTable) {
      if (this.observedTable) this.sizeObserver?.unobserve(this.observedTable);
      if (table && this.isConnected) this.sizeObserver?.observe(table);
      this.observedTable = table;
    }
    // New rows or columns: chosen again before the browser paints them.
    this.fit();
  }

  /**
   * A change of width (or a table grown wider than the element, e.g. a cell's own element rendered
   * late) chooses the layout again at the next frame: choosing it here would resize the element
   * inside its own ResizeObserver callback (a loop the browser reports as an error).
   */
  private onResize(): void {
    const width = this.clientWidth;
    const overflowing = this.layout === 'table' && (this.observedTable?.offsetWidth ?? 0) > width;
    if (width === this.fittedWidth && !overflowing) return;
    cancelAnimationFrame(this.fitFrame);
    this.fitFrame = requestAnimationFrame(() => this.fit());
  }

  /**
   * Lays the rows out as a table, and as cards when that table is wider than the element. The
   * table is measured as a table each time (a synchronous layout, nothing painted in between), so
   * the choice depends on the width only and cannot flip back and forth.
   */
  private fit(): void {
    const width = this.clientWidth;
    this.fittedWidth = width;
    const table = this.observedTable;
    // Not laid out (hidden, or not in a page yet): chosen when it gets a width.
    if (!table || width === 0) return;
    this.setAttribute('layout', 'table');
    if (table.offsetWidth > width) this.setAttribute('layout', 'cards');
  }

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
          ? html` <span class="tag">${msg('Nouveau')}</span><span class="visually-hidden">${msg(' (non consulté)')}</span>`
          : nothing
      }`;
      const align = column.align === 'end' ? 'end' : '';
      if (column.rowHeader) return html`<th scope="row" role="rowheader" class=${align}>${content}</th>`;
      const value = row.cells[column.key];
      // In cards: the column's label before the value (none for a column whose label is hidden,
      // e.g. actions), and no line for an empty cell.
      const blank = (value === undefined || value === '') && !(row.unread && index === markerColumn);
      return html`<td
        role="cell"
        class="${align}${blank ? ' blank' : ''}"
        data-label=${column.hiddenLabel ? nothing : column.label}
      ><span class="value">${content}</span></td>`;
    });
    const download = row.download;
    return html`<tr role="row" class=${row.unread ? 'unread' : ''} data-row-id=${row.id}>
      ${cells}
      ${
        withDownloads
          ? html`<td role="cell" class="download-cell">
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
    return html`<table part="table" role="table">
      ${this.caption ? html`<caption class=${this.captionHidden ? 'visually-hidden' : ''}>${this.caption}</caption>` : nothing}
      <thead role="rowgroup">
        <tr role="row">
          ${this.columns.map(
            (column) =>
              html`<th scope="col" role="columnheader" class=${column.align === 'end' ? 'end' : ''}>
                ${column.hiddenLabel ? html`<span class="visually-hidden">${column.label}</span>` : column.label}
              </th>`,
          )}
          ${
            withDownloads
              ? html`<th scope="col" role="columnheader"><span class="visually-hidden">${msg('Télécharger')}</span></th>`
              : nothing
          }
        </tr>
      </thead>
      <tbody role="rowgroup">
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
