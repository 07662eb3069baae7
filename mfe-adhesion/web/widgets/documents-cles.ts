import { msg } from '@lit/localize';
import type { DocumentList } from '@portail/kernel/contract';
import { isCrossOrigin, widgetDownload, widgetPortal, widgetRequest, withBase } from '@portail/runtime';
import { describeFailure } from '@portail/shared-design';
import type { DocumentOpenDetail, DocumentRow } from '@portail/shared-design/section';
import { WidgetConnection, widgetStyles } from '@portail/shared-design/widgets';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { documentListPath } from '../pages/documents.js';
import { adhesionStyles } from '../styles.js';

/**
 * W2 — the member's key documents (B3) inside an employer's intranet, from the portal at
 * `api-base`: « Se connecter » until the member connected (shared-design's WidgetConnection), then
 * the list. From another origin each file is fetched with the member's token (a link cannot send
 * it); on the portal's own origin the links download as on the portal. Downloading marks read.
 *   <adh-documents-cles api-base="https://portail.example"></adh-documents-cles>
 */
export class AdhDocumentsCles extends LitElement {
  static override styles = [adhesionStyles, widgetStyles];

  @property({ attribute: 'api-base' }) apiBase = '';
  /** Heading level is h2: the widget sits in a page of the intranet, under its h1. */
  @property() heading = msg('Mes documents clés');
  @state() private downloadError = '';

  private readonly connection = new WidgetConnection(this, {
    portal: () => widgetPortal(this.apiBase),
    load: async () => {
      const base = this.apiBase;
      const list = await widgetRequest<DocumentList>(base, documentListPath('documents-cles'));
      return list.items.map((item) => ({ ...item, downloadUrl: withBase(base, item.downloadUrl) }));
    },
    get purpose() {
      return msg('consulter vos documents clés');
    },
  });

  private onOpen(event: CustomEvent<DocumentOpenDetail>): void {
    const base = this.apiBase;
    if (!isCrossOrigin(base)) return;
    event.preventDefault();
    const { document } = event.detail;
    this.downloadError = '';
    widgetDownload(base, document.downloadUrl, document.fileName).catch((error: unknown) => {
      // A refused token brings « Se connecter » back by itself; other failures are said.
      const failure = describeFailure(error);
      if (failure.status !== 401) this.downloadError = failure.message;
    });
  }

  private renderList(documents: DocumentRow[]) {
    return html`${
      this.downloadError ? html`<pa-alert variant="error"><p>${this.downloadError}</p></pa-alert>` : nothing
    }
      <pa-document-table
        caption=${this.heading}
        caption-hidden
        .documents=${documents}
        @pa-document-open=${this.onOpen}
      ></pa-document-table>`;
  }

  override render() {
    return this.connection.renderSection(this.heading, (documents) => this.renderList(documents));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'adh-documents-cles': AdhDocumentsCles;
  }
}
