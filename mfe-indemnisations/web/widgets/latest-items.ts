import { widgetPortal, widgetRequest, withBase } from '@portail/runtime';
import { type TableColumn, type TableRow, WidgetConnection, widgetStyles } from '@portail/shared-design';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { indemnisationsStyles } from '../styles.js';

/** How many items a "latest" widget shows. */
export const LATEST_COUNT = 5;

export interface LatestItemsOptions<T> {
  /** The default heading. */
  heading: string;
  /** The portal's list, newest first (`{ items }`). */
  api: string;
  /** What logging in is for: « consulter vos remboursements ». */
  purpose: string;
  table: { columns: TableColumn[]; row: (item: T) => TableRow; emptyText: string };
  /** The portal's page of all the items, and the text of the link to it. */
  all: { path: string; text: string };
}

/**
 * W2 — the frame of a widget listing the member's latest items (a table) with a link to all of
 * them on the portal at `api-base`; « Se connecter » until the member connected (WidgetConnection).
 */
export abstract class LatestItemsWidget<T> extends LitElement {
  static override styles = [indemnisationsStyles, widgetStyles];

  @property({ attribute: 'api-base' }) apiBase = '';
  /** Heading level is h2: the widget sits in a page of the intranet, under its h1. */
  @property() heading: string;

  private readonly connection: WidgetConnection<T[]>;

  constructor(private readonly options: LatestItemsOptions<T>) {
    super();
    this.heading = options.heading;
    this.connection = new WidgetConnection(this, {
      portal: () => widgetPortal(this.apiBase),
      load: async () =>
        (await widgetRequest<{ items: T[] }>(this.apiBase, options.api)).items.slice(0, LATEST_COUNT),
      purpose: options.purpose,
    });
  }

  private renderItems(items: T[]) {
    const { table, all } = this.options;
    return html`<pa-data-table
        caption=${this.heading}
        caption-hidden
        empty-text=${table.emptyText}
        .columns=${table.columns}
        .rows=${items.map(table.row)}
      ></pa-data-table>
      <p class="all">
        <a href=${withBase(this.apiBase, all.path)} target="_blank"
          >${all.text}<span class="visually-hidden"> sur le Portail Adhérent (nouvelle fenêtre)</span></a
        >
      </p>`;
  }

  override render() {
    return this.connection.renderSection(this.heading, (items) => this.renderItems(items));
  }
}
