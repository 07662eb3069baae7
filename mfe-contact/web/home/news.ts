import { msg, str } from '@lit/localize';
import { localizedLabel } from '@portail/kernel/contract/i18n';

import type { MemberRequest } from '@portail/kernel/contract/requests';
import { api } from '@portail/runtime';

import { formatDate, token } from '@portail/shared-design';

import { HomeBlockElement } from '@portail/shared-design/section';

import { css, html, nothing } from 'lit';

import type { FollowUp } from '../../contract/index.js';
import { STATUS_VARIANTS } from '../request-status.js';

/** How far back an answer or a decision is news. */
export const NEWS_DAYS = 30;
const SHOWN = 3;
const DAY_MS = 86_400_000;

interface News {
  request: MemberRequest;
  /** When it was answered or decided. */
  at: string;
}

/** When the back office last answered or decided `request`; undefined while it has done neither. */
function newsDate(request: MemberRequest): string | undefined {
  if (request.answeredAt) return request.answeredAt;
  if (request.status !== 'accepted' && request.status !== 'refused') return undefined;
  const decided = request.history.filter((entry) => entry.status === request.status).at(-1);
  return decided?.at ?? request.updatedAt;
}

/** The answers and decisions of the last NEWS_DAYS days, newest first. */
export function recentNews(items: readonly MemberRequest[], now = Date.now()): News[] {
  const since = now - NEWS_DAYS * DAY_MS;
  return items
    .flatMap((request) => {
      const at = newsDate(request);
      return at && Date.parse(at) >= since ? [{ request, at }] : [];
    })
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/**
 * « Accueil » — what the back office told the member lately (E4, H2, H3): the answers to their
 * messages and questions and the decisions on their requests of the last 30 days, with the reason
 * of a refusal; all of them in Suivi.
 */
export class CtcHomeNews extends HomeBlockElement<FollowUp> {
  static override styles = [
    ...HomeBlockElement.styles,
    css`
      .answer {
        display: -webkit-box;
        overflow: hidden;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 2;
        padding-inline-start: ${token['space-2']};
        border-inline-start: 4px solid ${token['color-success']};
      }
    `,
  ];

  protected override load(): Promise<FollowUp> {
    return api<FollowUp>('/api/contact/suivi');
  }

  private renderNews({ request, at }: News) {
    const decided = request.status === 'accepted' || request.status === 'refused';
    return html`<li>
      <p><strong>${localizedLabel(request.label)}</strong></p>
      <p class="home-meta">
        ${request.answer ? msg('Réponse du') : msg('Décision du')} <time datetime=${at}>${formatDate(at)}</time>
        ${
          decided
            ? html`<pa-badge variant=${STATUS_VARIANTS[request.status]}>${request.statusLabel}</pa-badge>`
            : nothing
        }
      </p>
      ${
        request.status === 'refused' && request.refusalReason
          ? html`<p>${msg(str`Motif du refus : ${request.refusalReason}`)}</p>`
          : nothing
      }
      ${request.answer ? html`<p class="answer">${request.answer}</p>` : nothing}
    </li>`;
  }

  protected override renderContent({ items }: FollowUp) {
    const news = recentNews(items);
    if (news.length === 0)
      return html`<pa-empty-state text=${msg('Aucune réponse ni décision ces 30 derniers jours')}></pa-empty-state>`;
    return html`<ul class="home-list">
      ${news.slice(0, SHOWN).map((entry) => this.renderNews(entry))}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ctc-home-news': CtcHomeNews;
  }
}
