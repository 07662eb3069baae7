import { msg, str } from '@lit/localize';
import type { SessionInfo } from '@portail/kernel/contract';
import { localized } from '@portail/kernel/contract/i18n';
import {
  WIDGET_CONSENT_REFUSED,
  WIDGET_CONSENT_REQUIRED,
  type WidgetMessage,
  type WidgetToken,
} from '@portail/kernel/contract/widgets';

import { ApiError, api } from '@portail/runtime';
import { token } from '@portail/shared-design';

import { css, html, LitElement } from 'lit';

import { property, state } from 'lit/decorators.js';

import type { LoginNotice } from './login-page.js';
import { pageStyles } from './page-styles.js';

// French references (tests compare with them), shown in the page's language (`localized`).
export const WIDGET_LOGIN_TITLE = 'Connexion au Portail Adhérent';
export const WIDGET_BAD_ADDRESS =
  'Cette adresse est incomplète : ouvrez-la avec le bouton « Se connecter » du site de votre employeur.';
export const WIDGET_NO_OPENER =
  "Cette fenêtre n'est plus reliée au site de votre employeur. Fermez-la, puis cliquez de nouveau sur « Se connecter » sur ce site.";
export const WIDGET_SENT = 'Vous êtes connecté. Vous pouvez fermer cette fenêtre.';

/** The intranet's origin from `?origin=`: an http(s) origin exactly (no path), or null. */
export function requestedOrigin(search: string): string | null {
  const value = new URLSearchParams(search).get('origin');
  if (!value) return null;
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value ? value : null;
  } catch {
    return null;
  }
}

type Step = 'waiting' | 'asking' | 'consent' | 'sent' | 'refused' | 'error' | 'no-opener';

/**
 * SPEC W2 — the popup a widget on an employer's intranet opens (`/widgets/connexion?origin=…`):
 * the login (A1) and the CGU (A3) when needed, then a token for that origin from the API, handed to
 * the opener with `postMessage` to that exact origin only, and the popup closes. When the member's
 * employer did not register the origin, the API refuses: the page says why and hands the refusal
 * over the same way. The first time, the member is asked whether the intranet may show their
 * information (« Autoriser … à afficher … ? », the server's wording); refusing hands a refusal over.
 * No token is ever posted before the server accepted the origin.
 */
export class PortailWidgetLoginPage extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .question {
        font-weight: 600;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${token['space-2']};
      }
    `,
  ];

  /** undefined while loading, null when nobody is logged in. */
  @property({ attribute: false }) session: SessionInfo | null | undefined;
  @state() private step: Step = 'waiting';
  @state() private message = '';
  private readonly origin = requestedOrigin(location.search);

  protected override willUpdate(): void {
    if (this.step === 'waiting' && this.origin && this.session && !this.session.cguRequired) {
      void this.handOver(this.origin);
    }
  }

  private post(origin: string, message: WidgetMessage): boolean {
    const opener = window.opener as Window | null;
    if (!opener || opener.closed) return false;
    opener.postMessage(message, origin);
    return true;
  }

  private async handOver(origin: string): Promise<void> {
    if (!(window.opener as Window | null)) {
      this.step = 'no-opener';
      return;
    }
    this.step = 'asking';
    try {
      const { token, expiresAt } = await api<WidgetToken>('/api/widgets/jeton', {
        method: 'POST',
        body: { origin },
      });
      if (!this.post(origin, { type: 'portail:jeton', token, expiresAt })) {
        this.step = 'no-opener';
        return;
      }
      this.step = 'sent';
      window.close();
    } catch (error) {
      this.message = error instanceof Error ? error.message : String(error);
      if (error instanceof ApiError && error.problem.code === WIDGET_CONSENT_REQUIRED) {
        this.step = 'consent';
      } else if (error instanceof ApiError && error.problem.code === 'origin-not-allowed') {
        this.step = 'refused';
        this.post(origin, { type: 'portail:refus', detail: error.message });
      } else if (
        error instanceof ApiError &&
        (error.status === 401 || error.problem.code === 'cgu-required')
      ) {
        // The session ended or new CGU came out: the login or the CGU show, then this runs again.
        this.step = 'waiting';
      } else {
        this.step = 'error';
      }
    }
  }

  /** The member authorises the intranet (once: revocable in Mon compte), then the token follows. */
  private async authorise(origin: string): Promise<void> {
    this.step = 'asking';
    try {
      await api('/api/widgets/autorisations', { method: 'POST', body: { origin } });
      await this.handOver(origin);
    } catch (error) {
      this.message = error instanceof Error ? error.message : String(error);
      this.step = 'error';
    }
  }

  private refuse(origin: string): void {
    this.message = localized(WIDGET_CONSENT_REFUSED);
    this.step = 'refused';
    this.post(origin, { type: 'portail:refus', detail: this.message });
  }

  private renderStep() {
    const close = html`<pa-button variant="secondary" @click=${() => window.close()}>${msg('Fermer')}</pa-button>`;
    switch (this.step) {
      case 'sent':
        return html`<pa-alert variant="success"><p>${localized(WIDGET_SENT)}</p></pa-alert>${close}`;
      case 'consent':
        return html`<p class="question">${this.message}</p>
          <p>${msg('Vous pourrez retirer cette autorisation dans « Mon compte », rubrique « Intranets autorisés ».')}</p>
          <div class="actions">
            <pa-button @click=${() => this.origin && this.authorise(this.origin)}>${msg('Autoriser')}</pa-button>
            <pa-button variant="secondary" @click=${() => this.origin && this.refuse(this.origin)}
              >${msg('Refuser')}</pa-button
            >
          </div>`;
      case 'refused':
        return html`<pa-alert variant="warning"><p>${this.message}</p></pa-alert>${close}`;
      case 'no-opener':
        return html`<pa-alert variant="warning"><p>${localized(WIDGET_NO_OPENER)}</p></pa-alert>${close}`;
      case 'error':
        return html`<pa-alert variant="error"><p>${this.message}</p></pa-alert>
          <pa-button @click=${() => this.origin && this.handOver(this.origin)}>${msg('Réessayer')}</pa-button> ${close}`;
      default:
        return html`<p role="status">${msg(str`Connexion du site ${this.origin} en cours…`)}</p>`;
    }
  }

  override render() {
    const origin = this.origin;
    const session = this.session;
    if (origin && session === null) {
      const notice: LoginNotice = {
        variant: 'info',
        message: msg(
          str`Le site ${origin} demande à afficher vos informations du Portail Adhérent : connectez-vous pour continuer.`,
        ),
      };
      return html`<portail-login-page .notice=${notice}></portail-login-page>`;
    }
    if (origin && session?.cguRequired) return html`<portail-cgu-gate-page></portail-cgu-gate-page>`;
    return html`<pa-page heading=${localized(WIDGET_LOGIN_TITLE)}>
      ${
        !origin
          ? html`<pa-alert variant="error"><p>${localized(WIDGET_BAD_ADDRESS)}</p></pa-alert>`
          : session === undefined
            ? html`<p role="status">${msg('Chargement…')}</p>`
            : this.renderStep()
      }
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portail-widget-login-page': PortailWidgetLoginPage;
  }
}
