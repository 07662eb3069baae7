import { msg } from '@lit/localize';
import { localized } from '@portail/kernel/contract/i18n';
import {
  describeFailure,
  hostBase,
  LOADING,
  type RoutablePage,
  renderFailure,
  resolvePage,
  type SectionRouter,
} from '@portail/shared-design';
import { css, html, LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';

/**
 * Imports the module a page needs: its `pages/define-<page>.ts`, which registers the page's elements
 * (`() => import('./pages/define-claims.js')`). The build makes each one a chunk of the section's
 * bundle (with chunks for what pages share), so a section's first page loads only its own code.
 */
export type PageModule = () => Promise<unknown>;

/**
 * Each page module's load, shared by every section element of the document (a section mounted again
 * shows its pages at once): under way, done, or failed (tried again on « Réessayer » or the next visit).
 */
const pageModuleLoads = new WeakMap<PageModule, Promise<unknown> | 'ready' | 'failed'>();

/**
 * Base of a section's root element (`adh-section`, `ind-section`, …): shows the page of `pages`
 * for the current path and follows navigations. Pages the subclass does not render itself are
 * placeholders; a path under the section that no page has shows "Page introuvable".
 * A page listed in `pageModules` is shown once its module has loaded; until then its skeleton (its
 * title and « Chargement… », the space the page's top takes) holds its place.
 */
export abstract class SectionElement<P extends RoutablePage = RoutablePage> extends LitElement {
  static override styles = [
    hostBase,
    css`
      :host {
        display: block;
      }
      .loading {
        margin: 0;
      }
    `,
  ];

  /** The section's pages, from its contract. */
  protected abstract readonly pages: readonly P[];
  /** `{ currentPath, onRouteChange }` of `@portail/runtime`. */
  protected abstract readonly router: SectionRouter;

  /**
   * The module each page needs (by page id), imported the first time the page is shown. A module-level
   * constant of the subclass, so that every element of the section shares its loads.
   */
  protected readonly pageModules: Readonly<Partial<Record<string, PageModule>>> = {};

  @state() protected path = '';
  private unsubscribe: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.path = this.router.currentPath();
    this.unsubscribe = this.router.onRouteChange(() => {
      this.path = this.router.currentPath();
    });
  }

  override disconnectedCallback(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    super.disconnectedCallback();
  }

  /** The module `page` needs at the current path (a nested page may need another one under its path). */
  protected pageModule(page: P): PageModule | undefined {
    return this.pageModules[page.id];
  }

  /**
   * The page (`renderPage`) once its module is there; before, its skeleton while the module loads,
   * or the failure with « Réessayer ».
   */
  protected renderLoadedPage(page: P): unknown {
    const module = this.pageModule(page);
    const load = module && pageModuleLoads.get(module);
    // The page's title in the page's language (SPEC P6): the manifest writes it in French.
    if (!module || load === 'ready') return this.renderPage({ ...page, label: localized(page.label) });
    if (load === 'failed') {
      return html`<pa-page heading=${localized(page.label)}>
        ${renderFailure(describeFailure(undefined), () => {
          this.awaitPageModule(module);
          this.requestUpdate();
        })}
      </pa-page>`;
    }
    this.awaitPageModule(module);
    // The real page's title takes the focus after a navigation, not the skeleton's.
    return html`<pa-page heading=${localized(page.label)} no-autofocus aria-busy="true">${LOADING}</pa-page>`;
  }

  /** The page modules this element waits for, to render again once each has loaded. */
  private readonly awaitedModules = new Set<PageModule>();

  /** Loads `module` unless it is loading already (for any element), and renders again once it is there. */
  private awaitPageModule(module: PageModule): void {
    let load = pageModuleLoads.get(module);
    if (load === 'ready') return;
    if (!(load instanceof Promise)) {
      load = module().then(
        () => pageModuleLoads.set(module, 'ready'),
        (error: unknown) => {
          console.error('Page non chargée', error); // i18n-ignore: a log
          pageModuleLoads.set(module, 'failed');
        },
      );
      pageModuleLoads.set(module, load);
    }
    if (this.awaitedModules.has(module)) return;
    this.awaitedModules.add(module);
    void load.then(() => {
      this.awaitedModules.delete(module);
      this.requestUpdate();
    });
  }

  /** The page's content; by default a placeholder (feature not built yet). */
  protected renderPage(page: P): unknown {
    return html`<pa-placeholder-page .heading=${page.label}></pa-placeholder-page>`;
  }

  override render() {
    const page = resolvePage(this.pages, this.path);
    // Keyed on the page (and the path under a nested one), so that a navigation renders a fresh
    // page (focus on its title, new load).
    return page
      ? keyed(page.nested ? `${page.id}:${this.path}` : page.id, this.renderLoadedPage(page))
      : html`<pa-page heading=${msg('Page introuvable')}>
          <p>${msg("La page demandée n'existe pas ou n'est plus disponible. Choisissez une rubrique dans le menu.")}</p>
        </pa-page>`;
  }
}
