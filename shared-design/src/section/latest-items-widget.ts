import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { TableColumn, TableRow } from '../components/pa-data-table.js';
import { sectionPageStyles } from './page-styles.js';
import { WidgetConnection, type WidgetPortal, widgetStyles } from './widget-connection.js';

/** How many items a "latest" widget shows. */
export const LATEST_COUNT = 5;

/** What a widget needs of `@portail/runtime` (its `widgetRuntime`): connection, reads, links. */
export interface WidgetRuntime {
  widgetPortal(apiBase: string): WidgetPortal;
  widgetRequest<T>(apiBase: string, path: string): Promise<T>;
  withBase(apiBase: string, path: string): string;
}

export interface LatestItemsOptions<T> {
  runtime: WidgetRuntime;
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
  static override styles = [sectionPageStyles, widgetStyles];

  @property({ attribute: 'api-base' }) apiBase = '';
  /** Heading level is h2: the widget sits in a page of the intranet, under its h1. */
  @property() heading: string;

  private readonly connection: WidgetConnection<T[]>;

  constructor(private readonly options: LatestItemsOptions<T>) {
    super();
    this.heading = options.heading;
    this.connection = new WidgetConnection(this, {
      portal: () => options.runtime.widgetPortal(this.apiBase),
      load: async () =>
        (await options.runtime.widgetRequest<{ items: T[] }>(this.apiBase, options.api)).items.slice(
          0,
          LATEST_COUNT,
        ),
      purpose: options.purpose,
    });
  }

  private renderItems(items: T[]) {
    const { table, all, runtime } = this.options;
    return html`<pa-data-table
        caption=${this.heading}
        caption-hidden
        empty-text=${table.emptyText}
        .columns=${table.columns}
        .rows=${items.map(table.row)}
      ></pa-data-table>
      <p class="all">
        <a href=${runtime.withBase(this.apiBase, all.path)} target="_blank"
          >${all.text}<span class="visually-hidden"> sur le Portail Adhérent (nouvelle fenêtre)</span></a
        >
      </p>`;
  }

  override render() {
    return this.connection.renderSection(this.heading, (items) => this.renderItems(items));
  }
}
