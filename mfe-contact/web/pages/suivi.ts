import { msg, str } from '@lit/localize';
import { localizedLabel } from '@portail/kernel/contract/i18n';

import { estimateText, LATE_LABEL } from '@portail/kernel/contract/processing';

import { type MemberRequest, REQUEST_STATUS_LABELS } from '@portail/kernel/contract/requests';

import { api } from '@portail/runtime';

import { describeFailure, formatDate, formatFileSize, type PaToast, token } from '@portail/shared-design';

import { LoadController } from '@portail/shared-design/section';

import { css, html, LitElement, nothing } from 'lit';

import { property, query, state } from 'lit/decorators.js';

import { repeat } from 'lit/directives/repeat.js';

import type { FollowUp } from '../../contract/index.js';
import { STATUS_VARIANTS } from '../request-status.js';

import { contactStyles } from '../styles.js';

/** What the member wrote, by kind of request. */
function memberTextHeading(kind: string): string {
  switch (kind) {
    case 'message':
      return msg('Votre message');
    case 'question':
      return msg('Votre question');
    case 'transmission':
      return msg('Votre commentaire');
    default:
      return msg('Votre demande');
  }
}

function countText(total: number): string {
  return total === 1 ? msg('1 demande') : msg(str`${total} demandes`);
}

/** "« Message : Mes cotisations » du 12/03/2026", to tell one request from another. */
function requestName(request: MemberRequest): string {
  const label = localizedLabel(request.label);
  const day = formatDate(request.createdAt);
  return msg(str`« ${label} » du ${day}`);
}

export function hiddenText(request: MemberRequest): string {
  const day = formatDate(request.createdAt);
  return msg(str`La demande du ${day} n'est plus affichée.`);
}

/**
 * E4 Suivi — every request of the member, whatever section made it, newest first (the server's
 * order): status as text and badge, refusal reason, what the member wrote and the answer, the
 * history on demand, and "Ne plus afficher" on a closed one (the server keeps it).
 */
export class CtcSuiviPage extends LitElement {
  static override styles = [
    contactStyles,
    css`
      .count {
        margin: ${token['space-4']} 0 ${token['space-2']};
        font-weight: 600;
      }
      .requests {
        display: grid;
        gap: ${token['space-4']};
        max-width: 48rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      article {
        padding: ${token['space-4']};
        border: 1px solid ${token['color-border']};
        border-radius: ${token.radius};
        background: ${token['color-surface']};
      }
      article h2 {
        margin: 0 0 ${token['space-2']};
      }
      article h3 {
        margin: ${token['space-3']} 0 ${token['space-1']};
        font-size: ${token['font-size-md']};
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${token['space-2']} ${token['space-4']};
        margin: 0;
      }
      .text {
        margin: 0;
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      .answer {
        padding-inline-start: ${token['space-3']};
        border-inline-start: 4px solid ${token['color-success']};
      }
      .refusal {
        margin: ${token['space-2']} 0 0;
      }
      details {
        margin-block-start: ${token['space-3']};
      }
      summary {
        display: list-item;
        /* 44 px high with one line of text. */
        padding-block: 0.625rem;
        color: ${token['color-primary']};
        font-weight: 600;
        cursor: pointer;
      }
      details ol,
      .attachments {
        margin: 0;
      }
      .attachments a {
        overflow-wrap: anywhere;
      }
      article pa-button {
        margin-block-start: ${token['space-3']};
      }
    `,
  ];

  @property() heading = msg('Suivi');
  /** The request whose "Ne plus afficher" is under way. */
  @state() private hiding = '';
  /** Why a request could not be hidden (409, 404…), by id. */
  @state() private hideErrors: Record<string, string> = {};
  @query('pa-toast') private toast?: PaToast;
  @query('.count') private count?: HTMLElement;

  /** Loaded again when a manager decides or answers while the page is open (SPEC P2). */
  private readonly followUp = new LoadController(this, () => api<FollowUp>('/api/contact/suivi'), {
    live: true,
  });

  private async hide(request: MemberRequest): Promise<void> {
    if (this.hiding) return;
    this.hiding = request.id;
    this.hideErrors = { ...this.hideErrors, [request.id]: '' };
    try {
      await api<void>(`/api/contact/suivi/${encodeURIComponent(request.id)}/masquer`, { method: 'POST' });
      const items = this.followUp.value?.items ?? [];
      const index = items.findIndex((item) => item.id === request.id);
      const rest = items.filter((item) => item.id !== request.id);
      this.followUp.set({ items: rest });
      this.toast?.show(hiddenText(request), 'success');
      await this.updateComplete;
      // The button is gone with its request: the focus goes to the next one (or the previous, or the count).
      const next = rest[Math.min(index, rest.length - 1)];
      const heading = next
        ? this.renderRoot.querySelector<HTMLElement>(`#request-${CSS.escape(next.id)}`)
        : null;
      (heading ?? this.count)?.focus();
    } catch (error) {
      this.hideErrors = { ...this.hideErrors, [request.id]: describeFailure(error).message };
    } finally {
      this.hiding = '';
    }
  }

  private renderHistory(request: MemberRequest) {
    if (request.history.length === 0) return nothing;
    return html`<details>
      <summary>${msg('Historique')}</summary>
      <ol>
        ${request.history.map(
          (entry) =>
            html`<li>
              <time datetime=${entry.at}>${formatDate(entry.at)}</time> :
              ${REQUEST_STATUS_LABELS[entry.status] ?? entry.status}${entry.note ? html` — ${entry.note}` : nothing}
            </li>`,
        )}
      </ol>
    </details>`;
  }

  /** The files sent with the request (E3), each downloadable by the member. */
  private renderAttachments(request: MemberRequest) {
    if (!request.attachments?.length) return nothing;
    return html`<h3>${msg('Documents joints')}</h3>
      <ul class="attachments">
        ${request.attachments.map(
          (file) =>
            html`<li>
              <a class="download-link" href=${file.downloadUrl} download
                ><span class="visually-hidden">${msg('Télécharger')} </span>${file.fileName} (${formatFileSize(file.sizeBytes)})</a
              >
            </li>`,
        )}
      </ul>`;
  }

  /** P1: while it is pending, the day it should be processed by, and « En retard » once past. */
  private renderEstimate(request: MemberRequest) {
    if (request.status !== 'pending' || !request.estimatedAt) return nothing;
    return html`<span class="estimate">${estimateText(request.estimatedAt)}</span>
      ${request.late ? html`<pa-badge class="late" variant="warning">${LATE_LABEL}</pa-badge>` : nothing}`;
  }

  private renderRequest(request: MemberRequest) {
    const headingId = `request-${request.id}`;
    const closed = request.status !== 'pending';
    const error = this.hideErrors[request.id];
    return html`<li>
      <article aria-labelledby=${headingId} data-request-id=${request.id}>
        <h2 id=${headingId} tabindex="-1">${localizedLabel(request.label)}</h2>
        <p class="meta">
          <span>${msg('Demande du')} <time datetime=${request.createdAt}>${formatDate(request.createdAt)}</time></span>
          <span
            >${msg('Statut :')}
            <pa-badge variant=${STATUS_VARIANTS[request.status] ?? 'info'}>${request.statusLabel}</pa-badge></span
          >
          ${this.renderEstimate(request)}
        </p>
        ${
          request.status === 'refused' && request.refusalReason
            ? html`<p class="refusal"><strong>${msg('Motif du refus :')}</strong> ${request.refusalReason}</p>`
            : nothing
        }
        ${
          request.memberText
            ? html`<h3>${memberTextHeading(request.kind)}</h3>
                <p class="text member-text">${request.memberText}</p>`
            : nothing
        }
        ${this.renderAttachments(request)}
        ${
          request.answer
            ? html`<h3>
                  ${
                    request.answeredAt
                      ? html`${msg('Réponse du')} <time datetime=${request.answeredAt}>${formatDate(request.answeredAt)}</time>`
                      : msg('Réponse')
                  }
                </h3>
                <p class="text answer">${request.answer}</p>`
            : nothing
        }
        ${this.renderHistory(request)}
        ${
          closed
            ? html`<pa-button
                variant="secondary"
                ?busy=${this.hiding === request.id}
                @click=${() => this.hide(request)}
                >${msg('Ne plus afficher')}<span class="visually-hidden"> ${msg(str`la demande ${requestName(request)}`)}</span></pa-button
              >`
            : nothing
        }
        ${error ? html`<pa-alert class="hide-error" variant="error"><p>${error}</p></pa-alert>` : nothing}
      </article>
    </li>`;
  }

  private renderFollowUp({ items }: FollowUp) {
    if (items.length === 0) {
      return html`<pa-empty-state class="count" tabindex="-1" text=${msg('Aucune demande pour le moment')}></pa-empty-state>`;
    }
    return html`<p class="count" tabindex="-1">${countText(items.length)}</p>
      <ul class="requests">
        ${repeat(
          items,
          (request) => request.id,
          (request) => this.renderRequest(request),
        )}
      </ul>`;
  }

  override render() {
    return html`<pa-page .heading=${this.heading}>
        <p slot="intro">
          ${msg(
            'Retrouvez toutes vos demandes, de la plus récente à la plus ancienne : leur état, leur historique et les réponses de nos services. Une demande traitée peut être retirée de la liste avec « Ne plus afficher ».',
          )}
        </p>
        ${this.followUp.render((followUp) => this.renderFollowUp(followUp))}
      </pa-page>
      <pa-toast></pa-toast>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ctc-suivi-page': CtcSuiviPage;
  }
}
