import type { QueueDetail } from '@portail/kernel/contract/gestion';
import { REQUEST_STATUS_LABELS } from '@portail/kernel/contract/requests';
import { formatDate, formatFileSize } from '@portail/shared-design';
import { html, nothing } from 'lit';
import { countOf, formatDateTime, kindLabel, STATUS_VARIANTS, sectionLabel } from '../labels.js';

/** The read-only parts of a request's detail (H1): what it is, who asks, what they sent. */

function orDash(value: string | null | undefined): string {
  return value?.trim() ? value : '—';
}

export function renderOverview(detail: QueueDetail) {
  return html`<dl class="facts">
    <div><dt>Statut</dt><dd><pa-badge class="status" variant=${STATUS_VARIANTS[detail.status] ?? 'info'}>${detail.statusLabel}</pa-badge></dd></div>
    <div><dt>Reçue le</dt><dd><time datetime=${detail.createdAt}>${formatDateTime(detail.createdAt)}</time> (${countOf(detail.ageDays, 'jour', 'jours')})</dd></div>
    <div><dt>Section</dt><dd>${sectionLabel(detail.section)}</dd></div>
    <div><dt>Type</dt><dd>${kindLabel(detail.kind, detail.section)}</dd></div>
    ${detail.decidedBy ? html`<div><dt>Traitée par</dt><dd>${detail.decidedBy}</dd></div>` : nothing}
  </dl>`;
}

export function renderMemberFile({ member, memberFile: file }: QueueDetail) {
  return html`<section aria-labelledby="member-file">
    <h2 id="member-file">Dossier de l'adhérent</h2>
    <dl class="facts">
      <div><dt>Nom</dt><dd>${[file.civility, file.firstName, file.lastName].filter(Boolean).join(' ')}</dd></div>
      <div><dt>Identifiant</dt><dd>${member.identifier}</dd></div>
      <div><dt>Date de naissance</dt><dd>${formatDate(file.birthDate)}</dd></div>
      <div><dt>E-mail</dt><dd>${orDash(file.email)}</dd></div>
      <div><dt>Téléphone</dt><dd>${orDash(file.phone)}</dd></div>
      <div><dt>Mobile</dt><dd>${orDash(file.mobile)}</dd></div>
    </dl>
    <h3>Adhésions</h3>
    ${
      file.memberships.length === 0
        ? html`<p>Aucune adhésion.</p>`
        : html`<ul>
            ${file.memberships.map(
              (m) =>
                html`<li>
                  ${m.contract} n° ${m.number}${m.employer ? html`, ${m.employer}` : nothing}, depuis le
                  ${formatDate(m.since)}
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

const lines = (items: string[], className: string) =>
  html`<ul class=${className}>
    ${items.map((line) => html`<li>${line}</li>`)}
  </ul>`;

/**
 * What the request asks; for a change still to decide, beside what the member's file holds now
 * (the current address beside the new one), to compare with the justificatif.
 */
export function renderRequestContent(detail: QueueDetail) {
  const compared = detail.current.length > 0 && detail.summary.length > 0;
  return html`<section aria-labelledby="request-content">
    <h2 id="request-content">Contenu de la demande</h2>
    ${
      compared
        ? html`<div class="comparison">
            <div class="current">
              <h3>Dans le dossier aujourd'hui</h3>
              ${lines(detail.current, 'current-lines')}
            </div>
            <div class="requested">
              <h3>Modification demandée</h3>
              ${lines(detail.summary, 'summary')}
            </div>
          </div>`
        : detail.summary.length > 0
          ? lines(detail.summary, 'summary')
          : nothing
    }
    ${
      detail.memberText
        ? html`<h3>Texte de l'adhérent</h3>
            <p class="text member-text">${detail.memberText}</p>`
        : nothing
    }
    ${detail.summary.length === 0 && !detail.memberText ? html`<p>Aucun détail.</p>` : nothing}
  </section>`;
}

export function renderAttachments({ attachments }: QueueDetail) {
  return html`<section aria-labelledby="attachments">
    <h2 id="attachments">Pièces jointes</h2>
    ${
      attachments.length === 0
        ? html`<p>Aucune pièce jointe.</p>`
        : html`<ul class="attachments">
            ${attachments.map(
              (file) =>
                html`<li>
                  <a class="download-link" href=${file.downloadUrl} target="_blank" rel="noopener"
                    >${file.fileName} (${formatFileSize(file.sizeBytes)})<span class="visually-hidden">
                      — s'ouvre dans un nouvel onglet</span
                    ></a
                  >
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

/** The answer or the refusal reason once given, then every change of status. */
export function renderOutcome(detail: QueueDetail) {
  return html`${
    detail.answer
      ? html`<h2>Réponse envoyée</h2>
          <p class="text answer">${detail.answer}</p>`
      : nothing
  }
    ${
      detail.refusalReason
        ? html`<h2>Motif du refus</h2>
            <p class="text refusal">${detail.refusalReason}</p>`
        : nothing
    }
    <h2>Historique</h2>
    <ol class="history">
      ${detail.history.map(
        (entry) =>
          html`<li>
            <time datetime=${entry.at}>${formatDateTime(entry.at)}</time> :
            ${REQUEST_STATUS_LABELS[entry.status] ?? entry.status}${entry.note ? html` — ${entry.note}` : nothing}
          </li>`,
      )}
    </ol>`;
}
