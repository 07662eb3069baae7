import { css, html, LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { hostBase } from '../styles.js';
import { type RoutablePage, resolvePage, type SectionRouter } from './route.js';

/**
 * Base of a section's root element (`adh-section`, `ind-section`, …): shows the page of `pages`
 * for the current path and follows navigations. Pages the subclass does not render itself are
 * placeholders; a path under the section that no page has shows "Page introuvable".
 */
export abstract class SectionElement<P extends RoutablePage = RoutablePage> extends LitElement {
  static override styles = [
    hostBase,
    css`
      :host {
        display: block;
      }
    `,
  ];

  /** The section's pages, from its contract. */
  protected abstract readonly pages: readonly P[];
  /** `{ currentPath, onRouteChange }` of `@portail/runtime`. */
  protected abstract readonly router: SectionRouter;

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

  /** The page's content; by default a placeholder (feature not built yet). */
  protected renderPage(page: P): unknown {
    return html`<pa-placeholder-page .heading=${page.label}></pa-placeholder-page>`;
  }

  override render() {
    const page = resolvePage(this.pages, this.path);
    // Keyed on the page (and the path under a nested one), so that a navigation renders a fresh
    // page (focus on its title, new load).
    return page
      ? keyed(page.nested ? `${page.id}:${this.path}` : page.id, this.renderPage(page))
      : html`<pa-page heading="Page introuvable">
          <p>La page demandée n'existe pas ou n'est plus disponible. Choisissez une rubrique dans le menu.</p>
        </pa-page>`;
  }
}
