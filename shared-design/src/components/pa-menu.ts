import { msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { unreadText } from '../format.js';
import { focusRing, hostBase, visuallyHidden } from '../styles.js';
import { token } from '../tokens.js';

export interface MenuEntry {
  id: string;
  label: string;
  path: string;
  unreadCount: number;
}

export interface MenuGroup {
  id: string;
  label: string;
  entries: MenuEntry[];
}

/** The left menu, as `GET /api/menu` returns it. */
export interface MenuData {
  groups: MenuGroup[];
}

export interface NavigateDetail {
  path: string;
}

/** The path of the entry that `currentPath` shows: exact, or the longest parent by segments. */
export function currentEntryPath(paths: readonly string[], currentPath: string): string | undefined {
  const here = currentPath.split(/[?#]/, 1)[0] ?? '';
  let best: string | undefined;
  for (const path of paths) {
    const matches = here === path || here.startsWith(path.endsWith('/') ? path : `${path}/`);
    if (matches && (best === undefined || path.length > best.length)) best = path;
  }
  return best;
}

/**
 * The portal's main navigation, grouped (SPEC A4; a group without a label is its entries alone).
 * Entries holding unread documents carry the orange border, a count badge and the spoken count
 * "2 nouveaux documents" (SPEC A5); only they do, not their group, so that an entry with nothing
 * unread never looks marked.
 * @fires pa-navigate - {path} on a plain click of an entry (the default navigation is prevented;
 * modified clicks, e.g. Ctrl+click for a new tab, are left to the browser)
 */
export class PaMenu extends LitElement {
  static override styles = [
    hostBase,
    focusRing,
    visuallyHidden,
    css`
      :host {
        display: block;
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .group {
        margin-block-end: ${token['space-4']};
        border-inline-start: 4px solid transparent;
      }
      .group-label {
        margin: 0;
        padding: ${token['space-1']} ${token['space-4']};
        color: ${token['color-text-muted']};
        font-size: ${token['font-size-sm']};
        font-weight: 700;
        text-transform: uppercase;
        letter-spacing: 0.03em;
      }
      a {
        display: flex;
        align-items: center;
        gap: ${token['space-2']};
        min-height: 2.75rem;
        padding: ${token['space-2']} ${token['space-4']};
        border-inline-start: 4px solid transparent;
        color: ${token['color-primary']};
        text-decoration: none;
      }
      a:hover {
        text-decoration: underline;
      }
      a:focus-visible {
        outline-offset: -3px;
      }
      a[aria-current='page'] {
        background: ${token['color-info-bg']};
        color: ${token['color-text']};
        font-weight: 700;
      }
      a.unread {
        border-inline-start-color: ${token['color-unread']};
      }
      .badge {
        margin-inline-start: auto;
        min-width: 1.5rem;
        padding: 0 ${token['space-2']};
        border-radius: 999px;
        background: ${token['color-unread-strong']};
        color: #fff;
        font-size: ${token['font-size-sm']};
        font-weight: 700;
        text-align: center;
      }
    `,
  ];

  @property({ attribute: false }) menu: MenuData = { groups: [] };
  @property({ attribute: 'current-path' }) currentPath = '';

  private onClick(event: MouseEvent, path: string): void {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.dispatchEvent(
      new CustomEvent<NavigateDetail>('pa-navigate', { bubbles: true, composed: true, detail: { path } }),
    );
  }

  private renderEntry(entry: MenuEntry, current: string | undefined) {
    const unread = entry.unreadCount > 0;
    return html`<li>
      <a
        href=${entry.path}
        class=${unread ? 'unread' : ''}
        aria-current=${entry.path === current ? 'page' : nothing}
        @click=${(event: MouseEvent) => this.onClick(event, entry.path)}
        ><span>${entry.label}</span>${
          unread
            ? html` <span class="badge" aria-hidden="true">${entry.unreadCount}</span>
                <span class="visually-hidden">${unreadText(entry.unreadCount)}</span>`
            : nothing
        }</a
      >
    </li>`;
  }

  override render() {
    const groups = this.menu?.groups ?? [];
    const current = currentEntryPath(
      groups.flatMap((group) => group.entries.map((entry) => entry.path)),
      this.currentPath,
    );
    return html`<nav aria-label=${msg('Menu principal')}>
      <ul>
        ${groups.map((group) =>
          // A group without a label (the shell's « Accueil ») is its entries alone.
          group.label
            ? html`<li class="group">
                <p class="group-label" id="group-${group.id}">${group.label}</p>
                <ul aria-labelledby="group-${group.id}">
                  ${group.entries.map((entry) => this.renderEntry(entry, current))}
                </ul>
              </li>`
            : html`<li class="group">
                <ul>
                  ${group.entries.map((entry) => this.renderEntry(entry, current))}
                </ul>
              </li>`,
        )}
      </ul>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-menu': PaMenu;
  }
  interface HTMLElementEventMap {
    'pa-navigate': CustomEvent<NavigateDetail>;
  }
}
