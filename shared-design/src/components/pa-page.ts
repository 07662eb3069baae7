import { css, html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { focusRing, hostBase } from '../styles.js';
import { token } from '../tokens.js';
import { DRAFTS_RESTORED_EVENT, draftsRestoredText } from './form-drafts.js';

export interface PageReadyDetail {
  heading: string;
}

/** The address (path and query) of the first page this document showed. */
let firstPageAddress: string | undefined;
let navigated = false;

/**
 * Whether a page shown now follows an in-app navigation: once a page has shown at another address
 * than the first one (a link, the menu, a redirection after the login, back and forward…). Until
 * then the document is still on its first load, where the focus stays at the top of the document
 * so that the skip link "Aller au contenu" is the first Tab stop; the redirections before the first
 * page (`/` → « Accueil », a visitor → `/connexion`) belong to that load.
 */
function afterInAppNavigation(): boolean {
  if (navigated) return true;
  const address = location.pathname + location.search;
  firstPageAddress ??= address;
  navigated = address !== firstPageAddress;
  return navigated;
}

/**
 * A page of the portal: its title (the only h1) and its content. After its first render following
 * an in-app navigation it moves the focus to the title, so a screen reader announces the new page
 * (SPEC A4); on the document's first load it leaves the focus alone (the skip link comes first);
 * `no-autofocus` turns it off (e.g. a widget inside an intranet page). When a form of the page took
 * back what the member had typed before their session expired (`pa-drafts-restored`, SPEC A8), it
 * says so under the title, in a polite status.
 * @slot intro - text under the title
 * @slot - the page content
 * @fires pa-page-ready - {heading} after the first render, again when the heading changes (one that
 * arrives with the page's data) and on `announce()`: the shell titles the document after it
 */
export class PaPage extends LitElement {
  static override styles = [
    hostBase,
    focusRing,
    css`
      :host {
        display: block;
      }
      h1 {
        margin: 0 0 ${token['space-4']};
        color: ${token['color-primary']};
        font-size: ${token['font-size-xl']};
        line-height: 1.25;
      }
      h1:focus:not(:focus-visible) {
        outline: none;
      }
    `,
  ];

  @property() heading = '';
  @property({ type: Boolean, attribute: 'no-autofocus' }) noAutofocus = false;

  @query('h1') private headingElement?: HTMLHeadingElement;
  /** A form of the page took back a draft (A8). */
  @state() private draftsRestored = false;

  constructor() {
    super();
    this.addEventListener(DRAFTS_RESTORED_EVENT, () => {
      this.draftsRestored = true;
    });
  }

  /** The heading `pa-page-ready` last told; undefined before the first render. */
  private announcedHeading: string | undefined;

  focusHeading(): void {
    this.headingElement?.focus();
  }

  /** Fires `pa-page-ready` with the heading now (e.g. the page stays on screen at a new address). */
  announce(): void {
    this.announcedHeading = this.heading;
    this.dispatchEvent(
      new CustomEvent<PageReadyDetail>('pa-page-ready', {
        bubbles: true,
        composed: true,
        detail: { heading: this.heading },
      }),
    );
  }

  protected override firstUpdated(): void {
    if (afterInAppNavigation() && !this.noAutofocus) this.focusHeading();
  }

  protected override updated(): void {
    if (this.heading !== this.announcedHeading) this.announce();
  }

  override render() {
    return html`<h1 tabindex="-1" part="heading">${this.heading}</h1>
      <div role="status">
        ${this.draftsRestored ? html`<pa-alert variant="info"><p>${draftsRestoredText()}</p></pa-alert>` : nothing}
      </div>
      <slot name="intro"></slot>
      <slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-page': PaPage;
  }
  interface HTMLElementEventMap {
    'pa-page-ready': CustomEvent<PageReadyDetail>;
  }
}
