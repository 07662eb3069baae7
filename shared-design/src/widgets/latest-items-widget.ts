import { msg } from '@lit/localize';
import { sectionPageStyles } from '@portail/shared-design';
import type { TableColumn, TableRow } from '@portail/shared-design/section';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
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
  /**
   * Another read of the portal shown under the items (`renderMore`), loaded with them: e.g. P4's
   * attestations fiscales under the latest payments. Its failure (other than a lost connection)
   * leaves the items shown, without it.
   */
  more?: string;
}

/**
 * W2 — the frame of a widget listing the member's latest items (a table) with a link to all of
 * them on the portal at `api-base`; « Se connecter » until the member connected (WidgetConnection).
 */
export abstract class LatestItemsWidget<T, More = never> extends LitElement {
  static override styles = [sectionPageStyles, widgetStyles];

  @property({ attribute: 'api-base' }) apiBase = '';
  /** Heading level is h2: the widget sits in a page of the intranet, under its h1. */
  @property() heading: string;

  private readonly connection: WidgetConnection<{ items: T[]; more: More | undefined }>;

  constructor(private readonly options: LatestItemsOptions<T>) {
    super();
    this.heading = options.heading;
    const { runtime } = options;
    this.connection = new WidgetConnection(this, {
      portal: () => runtime.widgetPortal(this.apiBase),
      load: async () => {
        const [{ items }, more] = await Promise.all([
          runtime.widgetRequest<{ items: T[] }>(this.apiBase, options.api),
          options.more
            ? runtime.widgetRequest<More>(this.apiBase, options.more).catch((error: unknown) => {
                if ((error as { status?: number }).status === 401) throw error;
                return undefined;
              })
            : undefined,
        ]);
        return { items: items.slice(0, LATEST_COUNT), more };
      },
      purpose: options.purpose,
    });
  }

  /** What `options.more` read, shown under the items (nothing by default). */
  protected renderMore(_more: More): unknown {
    return nothing;
  }

  private renderItems({ items, more }: { items: T[]; more: More | undefined }) {
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
          >${all.text}<span class="visually-hidden">${msg(' sur le Portail Adhérent (nouvelle fenêtre)')}</span></a
        >
      </p>
      ${more === undefined ? nothing : this.renderMore(more)}`;
  }

  override render() {
    return this.connection.renderSection(this.heading, (value) => this.renderItems(value));
  }
}
