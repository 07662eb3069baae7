import { msg } from '@lit/localize';
import type { Menu, SessionInfo } from '@portail/kernel/contract';
import { html, nothing } from 'lit';
import type { SectionHomeLoader } from '../pages/home-page.js';
import type { LoginNotice } from '../pages/login-page.js';
import type { ShellView } from '../routes.js';

export interface ShellPageContext {
  notice: LoginNotice | null;
  displayName: string;
  bootError: string;
  session: SessionInfo | null | undefined;
  menu: Menu | null | undefined;
  /** How « Accueil » defines a section's blocks. */
  loadHome: SectionHomeLoader | undefined;
}

/** The shell page element for a view (nothing for a section: its outlet shows it). */
export function shellPage(view: ShellView, context: ShellPageContext) {
  const { notice, displayName, bootError, session } = context;
  switch (view) {
    case 'login':
      return html`<portail-login-page .notice=${notice}></portail-login-page>`;
    case 'help':
      return html`<portail-help-page></portail-help-page>`;
    case 'reset':
      return html`<portail-reset-page></portail-reset-page>`;
    case 'activation-request':
      return html`<portail-activation-request-page></portail-activation-request-page>`;
    case 'activation':
      return html`<portail-activation-page></portail-activation-page>`;
    case 'activation-by-post':
      return html`<portail-activation-by-post-page></portail-activation-by-post-page>`;
    case 'identifier-reminder':
      return html`<portail-identifier-reminder-page></portail-identifier-reminder-page>`;
    case 'terms':
      return html`<portail-terms-page></portail-terms-page>`;
    case 'browsers':
      return html`<portail-browsers-page></portail-browsers-page>`;
    case 'accessibility':
      return html`<portail-accessibility-page></portail-accessibility-page>`;
    case 'widget-login':
      return html`<portail-widget-login-page .session=${session}></portail-widget-login-page>`;
    case 'cgu':
      return html`<portail-cgu-gate-page></portail-cgu-gate-page>`;
    case 'home':
      return html`<portail-home-page
        .name=${displayName}
        .menu=${context.menu}
        .loadHome=${context.loadHome}
      ></portail-home-page>`;
    case 'not-found':
      return html`<portail-not-found-page></portail-not-found-page>`;
    case 'section':
      return nothing;
    default:
      return bootError
        ? html`<portail-unavailable-page heading=${msg('Portail Adhérent')} .message=${bootError}></portail-unavailable-page>`
        : html`<p role="status">${msg('Chargement…')}</p>`;
  }
}
