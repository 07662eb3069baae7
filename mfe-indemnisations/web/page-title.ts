import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { indemnisationsSection } from '../section.js';

/** The end of every page title of the portal (the shell's `pageTitle`): "Contrat – Portail Adhérent". */
const PORTAL = 'Portail Adhérent';

/** The controller whose title holds: the last one set (never two putting theirs back in turn). */
let holder: PageTitleController | undefined;

/**
 * The document's title of a page the menu has no entry for (a claim's form, under its menu entry's
 * path): "Demande d'indemnisation — Arrêt de travail – Mes indemnisations – Portail Adhérent". The
 * shell titles each page after its menu entry, or its section's label where there is none, when the
 * address changes and when the menu arrives; while its host is connected and the address is still
 * under `within`, this puts the page's own title back over the shell's.
 */
export class PageTitleController implements ReactiveController {
  private title = '';
  private readonly observer = new MutationObserver(() => this.apply());

  constructor(
    host: ReactiveControllerHost,
    private readonly within: string,
  ) {
    host.addController(this);
  }

  /** The page's own title, e.g. its h1; '' leaves the shell's. */
  set(heading: string): void {
    this.title = heading ? `${heading} – ${indemnisationsSection.label} – ${PORTAL}` : '';
    holder = this;
    this.apply();
  }

  hostConnected(): void {
    this.observer.observe(document.head, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    if (holder === this) holder = undefined;
  }

  private apply(): void {
    const mine = holder === this && location.pathname.startsWith(`${this.within}/`);
    if (mine && this.title && document.title !== this.title) {
      document.title = this.title;
    }
  }
}
