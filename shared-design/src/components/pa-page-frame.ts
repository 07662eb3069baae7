import { msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { unreadText } from '../format.js';
import { focusRing, hostBase } from '../styles.js';
import { token } from '../tokens.js';

export interface MenuToggleDetail {
  open: boolean;
}

/**
 * The portal's layout (SPEC A4): skip link, header (brand; identity and, below 48rem of width,
 * the "Menu" button at the top right, with the count of unread documents), left menu, main
 * content, footer. The header's elements come in the order they are seen (brand, "Menu", then the
 * identity wrapped under them on a small screen), so that Tab follows the screen.
 * The breakpoint is a container query on the frame, so it holds inside any embedding page.
 * @slot brand - logo / portal name
 * @slot identity - the member's identifier and the logout
 * @slot menu - the navigation (pa-menu)
 * @slot - the page (main content)
 * @slot footer - Conditions générales, contact, supported browsers
 * @fires pa-menu-toggle - {open} when the user opens or closes the menu
 */
export class PaPageFrame extends LitElement {
  static override styles = [
    hostBase,
    focusRing,
    css`
      :host {
        display: block;
        position: relative;
        container: pa-frame / inline-size;
        background: ${token['color-surface']};
      }
      .skip {
        position: absolute;
        inset-block-start: ${token['space-2']};
        inset-inline-start: ${token['space-2']};
        z-index: 10;
        padding: ${token['space-2']} ${token['space-4']};
        background: ${token['color-surface']};
        color: ${token['color-primary']};
        font-weight: 600;
      }
      .skip:not(:focus) {
        width: 1px;
        height: 1px;
        margin: -1px;
        padding: 0;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      .frame {
        display: grid;
        grid-template-columns: 16rem minmax(0, 1fr);
        grid-template-rows: auto 1fr auto;
        grid-template-areas: 'header header' 'menu main' 'footer footer';
        min-height: 100dvh;
      }
      :host([hide-menu]) .frame {
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: 'header' 'main' 'footer';
      }
      header {
        grid-area: header;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: ${token['space-4']};
        padding: ${token['space-3']} ${token['space-5']};
        border-block-end: 1px solid ${token['color-border']};
      }
      .end {
        display: flex;
        align-items: center;
        gap: ${token['space-3']};
        margin-inline-start: auto;
      }
      .toggle {
        display: none;
        align-items: center;
        gap: ${token['space-2']};
        min-height: 2.75rem;
        padding: ${token['space-2']} ${token['space-3']};
        border: 1px solid ${token['color-primary']};
        border-radius: ${token.radius};
        background: ${token['color-surface']};
        color: ${token['color-primary']};
        font: inherit;
        font-weight: 600;
        cursor: pointer;
      }
      .badge {
        min-width: 1.5rem;
        padding: 0 ${token['space-2']};
        border-radius: 999px;
        background: ${token['color-unread-strong']};
        color: #fff;
        font-size: ${token['font-size-sm']};
        font-weight: 700;
        text-align: center;
      }
      .menu {
        grid-area: menu;
        padding: ${token['space-4']} 0;
        border-inline-end: 1px solid ${token['color-border']};
        background: ${token['color-surface-alt']};
      }
      main {
        grid-area: main;
        min-width: 0;
        padding: ${token['space-5']};
      }
      main:focus:not(:focus-visible) {
        outline: none;
      }
      /* A member's page (its menu shown) fills the screen under the header: the footer stays below
         the fold while a section's page and its data arrive, instead of being pushed down by them
         (a layout shift). */
      :host(:not([hide-menu])) main {
        min-height: 100dvh;
      }
      footer {
        grid-area: footer;
        padding: ${token['space-4']} ${token['space-5']};
        border-block-start: 1px solid ${token['color-border']};
        background: ${token['color-surface-alt']};
        font-size: ${token['font-size-sm']};
      }
      @container pa-frame (max-width: 47.99rem) {
        .frame {
          grid-template-columns: minmax(0, 1fr);
          grid-template-rows: auto auto 1fr auto;
          grid-template-areas: 'header' 'menu' 'main' 'footer';
        }
        :host([hide-menu]) .frame {
          grid-template-rows: auto 1fr auto;
        }
        /* Top right: the menu button beside the brand, the identifier and logout right under it. */
        header {
          gap: ${token['space-2']};
        }
        /* The language switch at the start of the row, the identity at its end (under it on the
           narrowest screens, where both do not fit: nothing scrolls sideways). */
        .end {
          flex-basis: 100%;
          flex-wrap: wrap;
          justify-content: flex-end;
          gap: ${token['space-2']};
        }
        ::slotted([slot='language']) {
          margin-inline-end: auto;
        }
        header,
        main {
          padding-inline: ${token['space-4']};
        }
        .toggle {
          display: inline-flex;
        }
        .menu {
          border-inline-end: 0;
          border-block-end: 1px solid ${token['color-border']};
        }
        :host(:not([menu-open])) .menu {
          display: none;
        }
      }
    `,
  ];

  @property({ type: Boolean, reflect: true, attribute: 'menu-open' }) menuOpen = false;
  @property({ type: Boolean, reflect: true, attribute: 'hide-menu' }) hideMenu = false;
  /** The member's unread documents, all menu entries together (SPEC A5): shown on the "Menu" button. */
  @property({ type: Number, attribute: 'unread-count' }) unreadCount = 0;

  @query('main') private main?: HTMLElement;
  @query('.toggle') private toggle?: HTMLButtonElement;

  constructor() {
    super();
    // Choosing a page in the small-screen menu closes it.
    this.addEventListener('pa-navigate', () => {
      if (this.menuOpen) this.setMenuOpen(false);
    });
  }

  /** Moves the focus to the main content (what the skip link does). */
  focusMain(): void {
    this.main?.focus();
  }

  private setMenuOpen(open: boolean): void {
    this.menuOpen = open;
    this.dispatchEvent(
      new CustomEvent<MenuToggleDetail>('pa-menu-toggle', {
        bubbles: true,
        composed: true,
        detail: { open },
      }),
    );
  }

  // Fragment links do not reach into a shadow root: move the focus ourselves, and keep the URL
  // (the router would take "#contenu" for a route).
  private onSkip(event: MouseEvent): void {
    event.preventDefault();
    this.focusMain();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.menuOpen || !this.toggle?.checkVisibility()) return;
    this.setMenuOpen(false);
    this.toggle.focus();
  }

  private renderToggle() {
    const count = this.unreadCount;
    // Named "Menu, 3 nouveaux documents" (its visible text first, WCAG 2.5.3); the badge is its visible part.
    return html`<button
      class="toggle"
      type="button"
      aria-expanded=${this.menuOpen ? 'true' : 'false'}
      aria-controls="menu"
      aria-label=${count > 0 ? msg(str`Menu, ${unreadText(count)}`) : nothing}
      @click=${() => this.setMenuOpen(!this.menuOpen)}
    >
      <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M2 4h16v2H2zm0 5h16v2H2zm0 5h16v2H2z" />
      </svg>
      ${msg('Menu')} ${count > 0 ? html`<span class="badge" aria-hidden="true">${count}</span>` : nothing}
    </button>`;
  }

  override render() {
    // The skip link sits in the banner landmark so that no content lies outside landmarks (RGAA 12.6).
    return html`<div class="frame" @keydown=${this.onKeydown}>
        <header role="banner" part="header">
          <a class="skip" href="#contenu" @click=${this.onSkip}>${msg('Aller au contenu')}</a>
          <slot name="brand"></slot>
          ${this.hideMenu ? nothing : this.renderToggle()}
          <div class="end"><slot name="language"></slot><slot name="identity"></slot></div>
        </header>
        ${this.hideMenu ? nothing : html`<div id="menu" class="menu" part="menu"><slot name="menu"></slot></div>`}
        <main id="contenu" tabindex="-1" part="main"><slot></slot></main>
        <footer role="contentinfo" part="footer"><slot name="footer"></slot></footer>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-page-frame': PaPageFrame;
  }
  interface HTMLElementEventMap {
    'pa-menu-toggle': CustomEvent<MenuToggleDetail>;
  }
}
