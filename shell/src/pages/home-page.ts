import { msg, str } from '@lit/localize';
import type { HomeBlockEntry, Menu, MenuEntry } from '@portail/kernel/contract';
import { token, unreadText, visuallyHidden } from '@portail/shared-design';
import { homeBlockStyles, renderHomeSkeleton } from '@portail/shared-design/section';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pageStyles } from './page-styles.js';

/** Defines a section's home blocks (by its name): `startPortal`'s, through the import map. */
export type SectionHomeLoader = (section: string) => Promise<void>;

/**
 * « Accueil », where a member lands after the login: shortcuts to what they may do, what is new
 * (their unread documents, from the menu's counts, SPEC A5) and the blocks the sections contribute
 * through their manifests (`home`; `GET /api/menu` answers those open to the member, A6). Each
 * section's blocks are defined by its bundle (`loadHome()`, through the import map: the shell never
 * imports a section; `loadSectionHome`, given by `startPortal`); each block loads on its own, in its own place: a skeleton that keeps its
 * room, then its content or its failure — one failing block leaves the others alone.
 */
export class PortailHomePage extends LitElement {
  static override styles = [
    pageStyles,
    visuallyHidden,
    homeBlockStyles,
    css`
      h2 {
        margin: 0 0 ${token['space-3']};
        color: ${token['color-primary']};
        font-size: ${token['font-size-lg']};
      }
      .shortcuts {
        display: flex;
        flex-wrap: wrap;
        gap: ${token['space-3']};
        max-width: none;
        margin: 0 0 ${token['space-5']};
        padding: 0;
        list-style: none;
      }
      .shortcuts a {
        display: inline-flex;
        align-items: center;
        min-height: 2.75rem;
        padding: ${token['space-2']} ${token['space-4']};
        border: 2px solid ${token['color-primary']};
        border-radius: ${token.radius};
        font-weight: 600;
        text-decoration: none;
      }
      .shortcuts a:hover {
        background: ${token['color-info-bg']};
        text-decoration: underline;
      }
      .blocks {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr));
        gap: ${token['space-4']};
      }
      .block {
        display: flex;
        flex-direction: column;
        padding: ${token['space-4']};
        border: 1px solid ${token['color-border']};
        border-radius: ${token.radius};
        background: ${token['color-surface']};
      }
      .content {
        flex: 1;
        /* The room a block keeps while it loads, so that blocks arriving do not move the others. */
        min-height: 6.5rem;
      }
      .more {
        margin: ${token['space-3']} 0 0;
      }
      .more a {
        display: inline-flex;
        align-items: center;
        min-height: 2.75rem;
        font-weight: 600;
      }
      .news {
        display: grid;
        gap: ${token['space-2']};
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .news a {
        display: inline-flex;
        align-items: center;
        min-height: 2.75rem;
        padding-inline-start: ${token['space-2']};
        border-inline-start: 4px solid ${token['color-unread']};
      }
      pa-alert {
        margin-block: 0;
      }
    `,
  ];

  @property() name = '';
  /** The member's menu: undefined while it loads, null when it could not be. */
  @property({ attribute: false }) menu: Menu | null | undefined;
  /** How a section's blocks are defined (`loadSectionHome` through the import map; tests give theirs). */
  @property({ attribute: false }) loadHome: SectionHomeLoader | undefined;

  /** Each section's blocks: being defined, defined, or not (its bundle failed), by section name. */
  @state() private sectionStates = new Map<string, 'loading' | 'ready' | 'error'>();
  /** One element per block, kept across renders (a refreshed menu does not load a block again). */
  private readonly elements = new Map<string, HTMLElement>();

  protected override willUpdate(): void {
    for (const block of this.menu?.home?.blocks ?? []) {
      if (!this.sectionStates.has(block.section)) void this.loadSection(block.section);
    }
  }

  private async loadSection(name: string): Promise<void> {
    this.setSectionState(name, 'loading');
    try {
      if (!this.loadHome) throw new Error('Blocs indisponibles');
      await this.loadHome(name);
      this.setSectionState(name, 'ready');
    } catch (error) {
      console.error(`Accueil : blocs de la rubrique ${name} non chargés`, error); // i18n-ignore: a log
      this.setSectionState(name, 'error');
    }
  }

  private setSectionState(name: string, value: 'loading' | 'ready' | 'error'): void {
    this.sectionStates = new Map(this.sectionStates).set(name, value);
  }

  private blockElement(block: HomeBlockEntry): HTMLElement | undefined {
    if (!customElements.get(block.element)) return undefined;
    let element = this.elements.get(block.element);
    if (!element) {
      element = document.createElement(block.element);
      this.elements.set(block.element, element);
    }
    return element;
  }

  private renderBlockContent(block: HomeBlockEntry) {
    const status = this.sectionStates.get(block.section) ?? 'loading';
    if (status === 'loading') return renderHomeSkeleton();
    const element = status === 'ready' ? this.blockElement(block) : undefined;
    if (element) return element;
    return html`<pa-alert variant="error">
      <p>${msg('Ce bloc est momentanément indisponible.')}</p>
      <pa-button variant="secondary" @click=${() => this.loadSection(block.section)}
        >${msg('Réessayer')}<span class="visually-hidden">${msg(str` d'afficher « ${block.title} »`)}</span></pa-button
      >
    </pa-alert>`;
  }

  private renderBlock(id: string, title: string, content: unknown, more?: { path: string; link: string }) {
    return html`<section class="block" aria-labelledby=${id} data-block=${id}>
      <h2 id=${id}>${title}</h2>
      <div class="content">${content}</div>
      ${more ? html`<p class="more"><a href=${more.path}>${more.link}</a></p>` : nothing}
    </section>`;
  }

  /** SPEC A5 on « Accueil »: the menu entries holding documents the member has not opened yet. */
  private renderUnreadDocuments(menu: Menu) {
    const unread = menu.groups
      .flatMap((group) => group.entries)
      .filter((entry: MenuEntry) => entry.unreadCount > 0);
    if (unread.length === 0)
      return html`<pa-empty-state text=${msg('Aucun nouveau document')}></pa-empty-state>`;
    return html`<ul class="news">
      ${unread.map(
        (entry) => html`<li><a href=${entry.path}>${entry.label} : ${unreadText(entry.unreadCount)}</a></li>`,
      )}
    </ul>`;
  }

  private renderHome(menu: Menu) {
    if (menu.groups.length === 0)
      return html`<pa-empty-state text=${msg("Aucun service n'est disponible pour le moment.")}></pa-empty-state>`;
    const { blocks = [], shortcuts = [] } = menu.home ?? {};
    return html`${
      shortcuts.length
        ? html`<nav aria-labelledby="home-shortcuts">
            <h2 id="home-shortcuts">${msg('Accès rapides')}</h2>
            <ul class="shortcuts">
              ${shortcuts.map((shortcut) => html`<li><a href=${shortcut.path}>${shortcut.label}</a></li>`)}
            </ul>
          </nav>`
        : nothing
    }
      <div class="blocks">
        ${this.renderBlock('home-documents', msg('Nouveaux documents'), this.renderUnreadDocuments(menu))}
        ${blocks.map((block) =>
          this.renderBlock(`home-${block.element}`, block.title, this.renderBlockContent(block), block),
        )}
      </div>`;
  }

  override render() {
    const { menu } = this;
    return html`<pa-page heading=${msg('Accueil')}>
      <p slot="intro">${this.name ? msg(str`Bienvenue ${this.name} sur vos services en ligne.`) : msg('Bienvenue sur vos services en ligne.')}</p>
      ${
        menu === undefined
          ? renderHomeSkeleton()
          : menu === null
            ? html`<pa-alert variant="error"
                ><p>${msg("Votre page d'accueil est momentanément indisponible. Rechargez la page.")}</p></pa-alert
              >`
            : this.renderHome(menu)
      }
    </pa-page>`;
  }
}
