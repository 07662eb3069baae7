import { msg } from '@lit/localize';
import { localized } from '@portail/kernel/contract/i18n';

import { api, followLink } from '@portail/runtime';
import { sectionPageStyles, token } from '@portail/shared-design';

import { LoadController } from '@portail/shared-design/section';

import { css, html, LitElement } from 'lit';

import { property } from 'lit/decorators.js';

import type { MemberNotification, NotificationList } from '../../contract/index.js';

/** In French (the catalog has its English): shown through `localized`. */
export const NO_NOTIFICATION = 'Aucune notification : votre dossier est à jour.';

const intro = () =>
  msg(
    'Les constats sur votre dossier à ce jour. Chacun vous propose un lien pour mettre à jour votre situation ou nous transmettre le document demandé.',
  );

/**
 * D5 Notifications — the findings about the member's file at the time they look
 * (`GET /api/compte/notifications`), each with its title, its explanation and the link that fixes
 * it or sends the document it asks for; "votre dossier est à jour" when there is none.
 */
export class CptNotificationsPage extends LitElement {
  static override styles = [
    sectionPageStyles,
    css`
      .notifications {
        display: grid;
        gap: ${token['space-4']};
        max-width: 48rem;
        margin: ${token['space-4']} 0;
        padding: 0;
        list-style: none;
      }
      .notification {
        padding: ${token['space-4']};
        border: 1px solid ${token['color-border']};
        border-inline-start: 4px solid ${token['color-primary']};
        border-radius: ${token.radius};
        background: ${token['color-surface']};
      }
      .notification h2 {
        margin: 0 0 ${token['space-2']};
      }
      .notification p {
        margin: 0 0 ${token['space-2']};
      }
      .notification p:last-child {
        margin-block-end: 0;
      }
      .notification a {
        display: inline-flex;
        align-items: center;
        min-height: 2.75rem;
        font-weight: 600;
      }
    `,
  ];

  @property() heading = msg('Notifications');

  private readonly notifications = new LoadController(this, () =>
    api<NotificationList>('/api/compte/notifications'),
  );

  private renderNotification(notification: MemberNotification) {
    return html`<li class="notification" data-kind=${notification.kind}>
      <h2>${notification.title}</h2>
      <p>${notification.text}</p>
      <p><a href=${notification.link.href} @click=${followLink}>${notification.link.label}</a></p>
    </li>`;
  }

  private renderList({ items }: NotificationList) {
    if (items.length === 0) return html`<pa-empty-state text=${localized(NO_NOTIFICATION)}></pa-empty-state>`;
    return html`<ul class="notifications">
      ${items.map((notification) => this.renderNotification(notification))}
    </ul>`;
  }

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">${intro()}</p>
      ${this.notifications.render((list) => this.renderList(list))}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cpt-notifications-page': CptNotificationsPage;
  }
}
