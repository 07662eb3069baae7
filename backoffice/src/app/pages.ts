import { html } from 'lit';
import type { LoginNotice } from '../pages/login.js';
import { type GestionView, QUEUE_PATH } from '../routes.js';

export interface GestionPageContext {
  requestId: string;
  notice: LoginNotice | null;
  bootError: string;
}

/** The page element of a view. */
export function gestionPage(view: GestionView, { requestId, notice, bootError }: GestionPageContext) {
  switch (view) {
    case 'login':
      return html`<bo-login-page .notice=${notice}></bo-login-page>`;
    case 'queue':
      return html`<bo-queue-page></bo-queue-page>`;
    case 'request':
      return html`<bo-request-page request-id=${requestId}></bo-request-page>`;
    case 'documents':
      return html`<bo-documents-page></bo-documents-page>`;
    case 'paiements':
      return html`<bo-paiements-page></bo-paiements-page>`;
    case 'employeurs':
      return html`<bo-employeurs-page></bo-employeurs-page>`;
    case 'journal':
      return html`<bo-journal-page></bo-journal-page>`;
    case 'messages':
      return html`<bo-messages-page></bo-messages-page>`;
    case 'not-found':
      return html`<pa-page heading="Page introuvable">
        <p>Cette page n'existe pas dans la gestion. <a href=${QUEUE_PATH}>Aller aux demandes</a></p>
      </pa-page>`;
    default:
      return bootError
        ? html`<pa-page heading="Portail Adhérent — Gestion"><pa-alert variant="error"><p>${bootError}</p></pa-alert></pa-page>`
        : html`<p role="status">Chargement…</p>`;
  }
}
