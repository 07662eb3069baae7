import { GESTION_PATH, type ManagerSession } from '@portail/kernel/contract/gestion';
import { followLink, navigate, onRouteChange } from '@portail/runtime';
import type { MenuData } from '@portail/shared-design';
import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { getManagerSession, loadManagerSession, logOut, MANAGER_SESSION_EXPIRED } from '../api.js';
import { LOGOUT } from '../layout/identity.js';
import { LOGGED_IN, type LoginNotice } from '../pages/login.js';
import { GESTION_PAGES, type GestionView, pageTitle, resolveRoute } from '../routes.js';
import { gestionPage } from './pages.js';

const EXPIRED: LoginNotice = {
  message: 'Votre session a expiré. Veuillez vous reconnecter.',
  variant: 'warning',
};
const LOGGED_OUT: LoginNotice = { message: 'Vous êtes déconnecté.', variant: 'success' };

const MENU: MenuData = {
  groups: [
    {
      id: 'gestion',
      label: 'Gestion',
      entries: GESTION_PAGES.map(({ view, path, label }) => ({ id: view, label, path, unreadCount: 0 })),
    },
  ],
};

/**
 * The back office's root at `/gestion` (SPEC H): loads the manager's session, routes on the client
 * (login, queue, request detail, documents, payments, employers, audit log, outbox), renders the
 * layout — skip link, header with the manager's name and "Se déconnecter", menu, main content.
 * Light DOM, as the member portal's `<portail-app>`: pages are plain children of the frame.
 */
export class PortailGestion extends LitElement {
  @state() private session: ManagerSession | null | undefined = undefined;
  @state() private notice: LoginNotice | null = null;
  @state() private bootError = '';
  @state() private menuOpen = false;
  @state() private location = '';
  private view: GestionView = 'loading';
  private requestId = '';
  private titled = '';
  private cleanups: (() => void)[] = [];

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const expired = () => this.onExpired();
    const loggedIn = (event: CustomEvent<ManagerSession>) => this.onLoggedIn(event.detail);
    const logout = () => void this.logout();
    const click = (event: MouseEvent) => followLink(event, GESTION_PATH);
    this.addEventListener('click', click);
    this.addEventListener(LOGGED_IN, loggedIn);
    this.addEventListener(LOGOUT, logout);
    window.addEventListener(MANAGER_SESSION_EXPIRED, expired);
    this.cleanups = [
      () => this.removeEventListener('click', click),
      () => this.removeEventListener(LOGGED_IN, loggedIn),
      () => this.removeEventListener(LOGOUT, logout),
      () => window.removeEventListener(MANAGER_SESSION_EXPIRED, expired),
      onRouteChange(() => this.onRoute()),
    ];
    this.onRoute();
    const known = getManagerSession();
    if (known) this.session = known;
    else
      loadManagerSession().then(
        (session) => (this.session = session),
        (error: Error) => (this.bootError = error.message),
      );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const cleanup of this.cleanups) cleanup();
  }

  private onRoute(): void {
    this.location = location.pathname + location.search;
    this.menuOpen = false;
    if (location.pathname.replace(/\/+$/, '') !== GESTION_PATH) this.notice = null;
  }

  private onLoggedIn(session: ManagerSession): void {
    this.session = session;
    this.notice = null;
  }

  /** A back-office call answered 401: back to the login, then to this page. */
  private onExpired(): void {
    if (!this.session) return;
    this.session = null;
    this.notice = EXPIRED;
  }

  private async logout(): Promise<void> {
    await logOut();
    this.session = null;
    navigate(GESTION_PATH);
    this.notice = LOGGED_OUT;
  }

  protected override willUpdate(): void {
    for (let hop = 0; hop < 3; hop++) {
      const decision = resolveRoute(this.session, location.pathname, location.search);
      if ('view' in decision) {
        this.view = decision.view;
        this.requestId = decision.requestId ?? '';
        return;
      }
      navigate(decision.redirect, { replace: true });
      this.location = location.pathname + location.search;
    }
  }

  protected override updated(): void {
    const key = `${this.location} ${this.view}`;
    if (this.titled === key || this.view === 'loading') return;
    this.titled = key;
    document.title = pageTitle(this.view);
  }

  override render() {
    const session = this.session;
    return html`<pa-page-frame
      .menuOpen=${this.menuOpen}
      .hideMenu=${!session}
      @pa-menu-toggle=${(event: CustomEvent<{ open: boolean }>) => (this.menuOpen = event.detail.open)}
    >
      <pa-brand slot="brand" href=${GESTION_PATH}>Portail Adhérent — Gestion</pa-brand>
      ${session ? html`<bo-identity slot="identity" .name=${session.manager.displayName}></bo-identity>` : nothing}
      ${
        session
          ? html`<pa-menu
              slot="menu"
              .menu=${MENU}
              .currentPath=${location.pathname}
              @pa-navigate=${(event: CustomEvent<{ path: string }>) => navigate(event.detail.path)}
            ></pa-menu>`
          : nothing
      }
      ${gestionPage(this.view, { requestId: this.requestId, notice: this.notice, bootError: this.bootError })}
      <p slot="footer">Portail Adhérent — espace réservé aux gestionnaires.</p>
    </pa-page-frame>`;
  }
}
