import { msg } from '@lit/localize';
import type { Menu, SessionInfo } from '@portail/kernel/contract';
import { currentLocale } from '@portail/kernel/contract/i18n';
import {
  api,
  followLink,
  getSession,
  loadSession,
  navigate,
  on,
  onRouteChange,
  PORTAIL_EVENTS,
  setSession,
} from '@portail/runtime';
import {
  dropFormDrafts,
  type PageReadyDetail,
  saveFormDrafts,
  setFormDraftsMember,
} from '@portail/shared-design';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SectionHomeLoader } from '../pages/home-page.js';
import type { LoginNotice } from '../pages/login-page.js';
import {
  HOME_PATH,
  pageTitle,
  resolveRoute,
  type ShellView,
  safeReturnPath,
  VIEW_TITLES,
  withReturn,
} from '../routes.js';
import { publicSectionPage, sectionForPath } from '../sections.js';
import { LiveUpdates } from './live-updates.js';
import { loadMorePages, viewReady } from './more-pages.js';
import { SessionKeeper } from './session-keeper.js';
import { type ShellPageContext, shellPage } from './shell-page.js';

function expired(): LoginNotice {
  return { message: msg('Votre session a expiré. Veuillez vous reconnecter.'), variant: 'warning' };
}
function loggedOut(): LoginNotice {
  return { message: msg('Vous êtes déconnecté.'), variant: 'success' };
}

/** The menu with « Accueil » first, on its own (a group without a label). */
function withHome(menu: Menu): Menu {
  const home = { id: 'accueil', label: msg('Accueil'), path: HOME_PATH, unreadCount: 0 };
  return { ...menu, groups: [{ id: 'accueil', label: '', entries: [home] }, ...menu.groups] };
}

/**
 * The portal's root: loads the session, guards routes (login, CGU gate), renders the layout and the
 * shell's pages. It renders in light DOM so the section outlets it holds are plain document children
 * slotted into `pa-page-frame`'s main area: single-spa sections mount there.
 */
export class PortailApp extends LitElement {
  /** One empty element per section, given to it as `domElement` by the root config. */
  @property({ attribute: false }) outlets: HTMLElement[] = [];
  /** How « Accueil » defines a section's blocks (`startPortal`'s: its bundle through the import map). */
  @property({ attribute: false }) loadHome: SectionHomeLoader | undefined;
  @state() private session: SessionInfo | null | undefined = undefined;
  @state() private menu: Menu | null | undefined = undefined;
  @state() private notice: LoginNotice | null = null;
  @state() private bootError = '';
  @state() private menuOpen = false;
  @state() private location = '';
  /** The heading a section's page told (`pa-page-ready`), at its address: the title of a page with no menu entry. */
  @state() private pageHeading: { path: string; heading: string } | undefined;
  private view: ShellView = 'loading';
  private titledKey = '';
  private menuRequest = 0;
  /** A8: the idle limit, its warning, « Rester connecté ». */
  private readonly keeper = new SessionKeeper(this, {
    expired: () => this.onExpired(location.pathname + location.search),
    logout: () => void this.logout(),
  });
  /** P2: the member's live updates (toast, unread markers, lists). */
  private readonly live = new LiveUpdates(this);
  private cleanups: (() => void)[] = [];

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', followLink);
    this.addEventListener('pa-page-ready', this.onPageReady);
    this.cleanups = [
      on(PORTAIL_EVENTS.sessionChanged, (session) => this.onSession(session)),
      on(PORTAIL_EVENTS.sessionExpired, ({ returnTo }) => this.onExpired(returnTo)),
      on(PORTAIL_EVENTS.documentsRead, () => void this.refreshMenu()),
      on(PORTAIL_EVENTS.menuChanged, () => void this.refreshMenu()),
      onRouteChange(() => this.onRoute()),
    ];
    this.onRoute();
    const known = getSession();
    if (known) this.onSession(known);
    else loadSession().catch((error: Error) => (this.bootError = error.message));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', followLink);
    this.removeEventListener('pa-page-ready', this.onPageReady);
    for (const cleanup of this.cleanups) cleanup();
  }

  private onSession(session: SessionInfo | null): void {
    // SPEC P6: a session opened in another language than the page's (the member's file says so) —
    // the page is shown again in it, once the login has led where it goes.
    if (session?.locale && session.locale !== currentLocale()) setTimeout(() => location.reload(), 0);
    const before = this.session;
    this.session = session;
    this.keeper.follow(session ?? null);
    this.live.follow(session ?? null);
    // A8: the drafts kept at an expiry come back for their member only.
    setFormDraftsMember(session?.member.id ?? null);
    if (session) this.notice = null;
    if (!session || session.cguRequired) this.menu = undefined;
    else if (!this.menu || before?.member.id !== session.member.id) void this.refreshMenu();
  }

  private onRoute(): void {
    this.location = location.pathname + location.search;
    this.menuOpen = false;
    if (this.pageHeading?.path !== location.pathname) this.pageHeading = undefined;
    if (location.pathname !== '/connexion') this.notice = null;
  }

  private readonly onPageReady = (event: CustomEvent<PageReadyDetail>): void => {
    this.pageHeading = { path: location.pathname, heading: event.detail.heading };
  };

  /** A8: the API answered 401, or the idle limit passed; what the member typed is kept for later. */
  private onExpired(returnTo: string): void {
    const session = getSession();
    if (!session) return;
    saveFormDrafts(session.member.id);
    setSession(null);
    this.notice = expired();
    navigate(withReturn('/connexion', safeReturnPath(returnTo)), { replace: true });
  }

  private async refreshMenu(): Promise<void> {
    const session = getSession();
    if (!session || session.cguRequired) return;
    const request = ++this.menuRequest;
    try {
      const menu = await api<Menu>('/api/menu');
      if (request === this.menuRequest) this.menu = menu;
    } catch {
      if (request === this.menuRequest && !this.menu) this.menu = null;
    }
  }

  private async logout(): Promise<void> {
    try {
      await api('/api/auth/logout', { method: 'POST' });
    } catch {
      // Gone on the server already (401) or unreachable: the page forgets the session either way.
    }
    dropFormDrafts();
    setSession(null);
    this.notice = loggedOut();
    navigate('/connexion');
  }

  protected override willUpdate(): void {
    for (let hop = 0; hop < 3; hop++) {
      const decision = resolveRoute({
        session: this.session,
        path: location.pathname,
        search: location.search,
      });
      if ('view' in decision) {
        this.view = viewReady(decision.view) ? decision.view : 'loading';
        if (!viewReady(decision.view)) this.loadPages(decision.view);
        return;
      }
      navigate(decision.redirect, { replace: true });
    }
  }

  /** The pages of a chunk (seldom used, « Accueil »), fetched when one is first shown; a failure says so in their place. */
  private loadPages(view: ShellView): void {
    loadMorePages(view).then(
      () => this.requestUpdate(),
      () => (this.bootError = msg('Cette page est momentanément indisponible. Rechargez la page.')),
    );
  }

  protected override updated(): void {
    // Once per page, and again when the menu arrives with the entry's label or the page tells its heading.
    const key = `${this.location} ${this.view} ${Boolean(this.menu)} ${this.pageHeading?.heading}`;
    if (this.titledKey === key || this.view === 'loading') return;
    this.titledKey = key;
    document.title = pageTitle(this.viewTitle());
  }

  private viewTitle(): string {
    if (this.view !== 'section') return VIEW_TITLES[this.view];
    const publicPage = publicSectionPage(location.pathname);
    if (publicPage) return publicPage.title;
    const entries = this.menu?.groups.flatMap((group) => group.entries) ?? [];
    const entry = entries.find((candidate) => candidate.path === location.pathname);
    if (entry) return entry.label;
    // A page with no menu entry of its own (a payment's detail, a claim's form): its heading, then
    // its section's label.
    const section = sectionForPath(location.pathname)?.label ?? '';
    const heading = this.pageHeading?.path === location.pathname ? this.pageHeading.heading : '';
    return heading && section ? `${heading} – ${section}` : heading || section;
  }

  override render() {
    const session = this.session;
    // The popup of an intranet's widget (W2) keeps to its task: no menu.
    const member = session && !session.cguRequired && this.view !== 'widget-login' ? session : null;
    // Until the session is known, a page the server saw a session cookie for (`signed-in`) keeps the
    // member's header (menu button, identity row): nothing moves when the session arrives.
    const expected = session === undefined && this.hasAttribute('signed-in');
    return html`<pa-page-frame
      .menuOpen=${this.menuOpen}
      .hideMenu=${!member && !expected}
      .unreadCount=${member ? this.unreadCount() : 0}
      @pa-menu-toggle=${(event: CustomEvent<{ open: boolean }>) => (this.menuOpen = event.detail.open)}
      @portail-logout=${this.logout}
    >
      <pa-brand slot="brand" href="/">${msg('Portail Adhérent')}</pa-brand>
      <portail-language-switch slot="language" .locale=${currentLocale()}></portail-language-switch>
      ${session ? html`<portail-identity slot="identity" .identifier=${session.member.identifier}></portail-identity>` : expected ? html`<span slot="identity" class="portail-identity-pending"></span>` : nothing}
      ${member ? this.renderMenu() : nothing} ${shellPage(this.view, this.pageContext())} ${this.outlets}
      <portail-footer slot="footer"></portail-footer>
    </pa-page-frame>
    ${this.keeper.render()} ${this.live.render()}`;
  }

  /** The member's unread documents, every menu entry together (the small-screen "Menu" button). */
  private unreadCount(): number {
    const entries = this.menu?.groups.flatMap((group) => group.entries) ?? [];
    return entries.reduce((total, entry) => total + entry.unreadCount, 0);
  }

  private pageContext(): ShellPageContext {
    return {
      notice: this.notice,
      displayName: this.session?.member.displayName ?? '',
      bootError: this.bootError,
      session: this.session,
      menu: this.menu,
      loadHome: this.loadHome,
    };
  }

  private renderMenu() {
    if (this.menu === null)
      return html`<p slot="menu" role="status">${msg('Le menu est momentanément indisponible.')}</p>`;
    if (!this.menu) return nothing;
    return html`<pa-menu
      slot="menu"
      .menu=${withHome(this.menu)}
      .currentPath=${location.pathname}
      @pa-navigate=${(event: CustomEvent<{ path: string }>) => navigate(event.detail.path)}
    ></pa-menu>`;
  }
}
