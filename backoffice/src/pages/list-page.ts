import { navigate, onRouteChange } from '@portail/runtime';
import { renderPager, UrlQueryController } from '@portail/shared-design/section';
import { html, LitElement, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { gestionApi, searchOf } from '../api.js';
import { gestionPageStyles } from '../styles.js';

/** What every paged list of the back-office API answers. */
export interface PagedResult {
  items: unknown[];
  page: number;
  pageSize: number;
  total: number;
}

/** The filters and the page, as the URL's query holds them (French keys, e.g. `statut`). */
export type ListParams = Record<string, string>;

/**
 * A back-office list whose filters and page live in the URL (deep-linkable, kept by back/forward):
 * the filter form makes a new URL, the route listener loads what it shows, the pager moves through
 * the pages. A subclass says which API path a query maps to and renders the filters and the rows.
 */
export abstract class GestionListPage<R extends PagedResult> extends LitElement {
  static override styles = gestionPageStyles;

  /** The page's own path, e.g. `/gestion/journal`. */
  protected abstract readonly path: string;
  /** The API path and query for these URL params. */
  protected abstract apiPath(params: ListParams): string;
  /** The filter fields (named like the URL keys), given the current params and the last result. */
  protected abstract renderFilterFields(params: ListParams, result: R): TemplateResult;
  protected abstract renderResults(result: R): TemplateResult;

  @state() protected filterErrors: Record<string, string> = {};
  /** Bumped when the URL's filters change or are reset: the form is made again with their values. */
  @state() private formVersion = 0;

  /** Every new URL of the page's path loads its list (back/forward too). */
  private readonly url = new UrlQueryController<ListParams, R>(this, {
    router: { navigate, onRouteChange },
    parse: (search) => Object.fromEntries(new URLSearchParams(search)),
    url: (params) => this.path + searchOf(params),
    load: (params) => gestionApi<R>(this.apiPath(params)),
    path: () => this.path,
    changed: () => this.renewForm(),
  });
  protected readonly list = this.url.list;

  protected get params(): ListParams {
    return this.url.query;
  }

  /** Makes the filter form again, from the URL's params (what was typed and not applied is dropped). */
  protected renewForm(): void {
    this.formVersion++;
    this.filterErrors = {};
  }

  /** Errors of the filter form by field name, checked before the URL changes. */
  protected checkFilters(_values: ListParams): Record<string, string> {
    return {};
  }

  /** The params to put in the URL for what the form holds (defaults left out). */
  protected paramsFromForm(values: ListParams): ListParams {
    return values;
  }

  /** Shows other filters or another page: a new URL, which the route listener loads. */
  protected go(params: ListParams): void {
    this.url.focusResults = true;
    if (searchOf(params) !== searchOf(this.params)) {
      this.url.go(params);
    } else {
      // Same URL (e.g. "Réinitialiser" with no filter): reload, and drop what was typed.
      this.renewForm();
      void this.list.load();
    }
  }

  private async onFilter(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values: ListParams = {};
    for (const [name, value] of new FormData(form))
      if (typeof value === 'string') values[name] = value.trim();
    this.filterErrors = this.checkFilters(values);
    const [first] = Object.keys(this.filterErrors);
    if (first === undefined) return this.go(this.paramsFromForm(values));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`form.filters [name="${first}"]`)?.focus();
  }

  private resetFilters(): void {
    this.go({});
  }

  protected renderFilters(label: string, result: R) {
    return keyed(
      this.formVersion,
      html`<form class="filters" role="search" aria-label=${label} novalidate @submit=${this.onFilter}>
        ${this.renderFilterFields(this.params, result)}
        <div class="actions">
          <pa-button type="submit">Filtrer</pa-button>
          <pa-button variant="secondary" @click=${this.resetFilters}>Réinitialiser</pa-button>
        </div>
      </form>`,
    );
  }

  protected renderPager(result: R, label: string) {
    const go = (target: number) => this.go({ ...this.params, page: target > 1 ? String(target) : '' });
    return renderPager(result, { label, go });
  }

  /** The filters (once the first page came: they may need its data) and the results. */
  protected renderList(filterLabel: string) {
    return this.list.renderWithFilters(
      (value) => this.renderFilters(filterLabel, value),
      (value) => this.renderResults(value),
    );
  }
}
