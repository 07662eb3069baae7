import { msg, str } from '@lit/localize';
import { localizedLabel } from '@portail/kernel/contract/i18n';

import { estimateText, LATE_LABEL } from '@portail/kernel/contract/processing';

import { api } from '@portail/runtime';

import { formatDate } from '@portail/shared-design';

import { HomeBlockElement } from '@portail/shared-design/section';

import { html, nothing } from 'lit';

import type { FollowUp } from '../../contract/index.js';
import { STATUS_VARIANTS } from '../request-status.js';

const SHOWN = 4;

/**
 * « Accueil » — the member's requests the back office has not decided yet, whatever section made
 * them (E4: claims, justificatifs, changes, messages…): how many, the newest four with their state.
 */
export class CtcHomeRequests extends HomeBlockElement<FollowUp> {
  protected override load(): Promise<FollowUp> {
    return api<FollowUp>('/api/contact/suivi');
  }

  protected override renderContent({ items }: FollowUp) {
    const pending = items.filter((request) => request.status === 'pending');
    if (pending.length === 0)
      return html`<pa-empty-state text=${msg('Aucune demande en cours')}></pa-empty-state>`;
    return html`<p>${pending.length === 1 ? msg('1 demande en cours') : msg(str`${pending.length} demandes en cours`)}</p>
      <ul class="home-list">
        ${pending.slice(0, SHOWN).map(
          (request) =>
            html`<li>
              <p><strong>${localizedLabel(request.label)}</strong></p>
              <p class="home-meta">
                ${msg('Demande du')} <time datetime=${request.createdAt}>${formatDate(request.createdAt)}</time>
                <pa-badge variant=${STATUS_VARIANTS[request.status]}>${request.statusLabel}</pa-badge>
                ${request.late ? html`<pa-badge class="late" variant="warning">${LATE_LABEL}</pa-badge>` : nothing}
              </p>
              ${request.estimatedAt ? html`<p class="home-meta estimate">${estimateText(request.estimatedAt)}</p>` : nothing}
            </li>`,
        )}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ctc-home-requests': CtcHomeRequests;
  }
}
