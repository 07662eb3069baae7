import { OUTBOX_STATUS_LABELS, type OutboxMessage, type OutboxPage } from '@portail/kernel/contract/gestion';
import type { AlertVariant, SelectOption } from '@portail/shared-design';
import type { TableColumn, TableRow } from '@portail/shared-design/section';
import { html } from 'lit';
import { searchOf } from '../api.js';
import { countOf, formatDateTime } from '../labels.js';
import { MESSAGES_PATH } from '../routes.js';
import { GestionListPage, type ListParams } from './list-page.js';

const INTRO =
  "Les e-mails et SMS envoyés aux adhérents, du plus récent au plus ancien, avec leur état : un message en échec est réessayé jusqu'à son envoi.";

const CHANNEL_LABELS: Record<OutboxMessage['channel'], string> = { email: 'E-mail', sms: 'SMS' };

const STATUS_VARIANTS: Record<OutboxMessage['status'], AlertVariant> = {
  pending: 'warning',
  sent: 'success',
  failed: 'error',
  expired: 'info',
};

const COLUMNS: TableColumn[] = [
  { key: 'createdAt', label: 'Créé le', rowHeader: true },
  { key: 'channel', label: 'Canal' },
  { key: 'recipient', label: 'Destinataire' },
  { key: 'subject', label: 'Objet' },
  { key: 'status', label: 'Statut' },
  { key: 'attempts', label: 'Tentatives', align: 'end' },
  { key: 'lastError', label: 'Dernière erreur' },
  { key: 'when', label: 'Envoyé le / prochaine tentative' },
];

const options = (labels: Record<string, string>): SelectOption[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

function when(message: OutboxMessage) {
  const at = (value: string) => html`<time datetime=${value}>${formatDateTime(value)}</time>`;
  if (message.sentAt) return html`Envoyé le ${at(message.sentAt)}`;
  if (message.nextAttemptAt) return html`Prochaine tentative le ${at(message.nextAttemptAt)}`;
  return '—';
}

function row(message: OutboxMessage): TableRow {
  return {
    id: message.id,
    cells: {
      createdAt: html`<time datetime=${message.createdAt}>${formatDateTime(message.createdAt)}</time>`,
      channel: CHANNEL_LABELS[message.channel] ?? message.channel,
      recipient: message.recipient,
      subject: message.subject,
      status: html`<pa-badge variant=${STATUS_VARIANTS[message.status] ?? 'info'}
        >${OUTBOX_STATUS_LABELS[message.status] ?? message.status}</pa-badge
      >`,
      attempts: String(message.attempts),
      lastError: message.lastError ?? '—',
      when: when(message),
    },
  };
}

/**
 * N1 — the outbox: every e-mail and SMS, newest first, 50 a page, with its state, attempts and
 * last error. Filters and page are in the URL: `?statut=&canal=&page=`.
 */
export class BoMessagesPage extends GestionListPage<OutboxPage> {
  protected readonly path = MESSAGES_PATH;

  protected apiPath({ statut, canal, page }: ListParams): string {
    return `/api/gestion/messages${searchOf({ status: statut, channel: canal, page })}`;
  }

  protected renderFilterFields(params: ListParams) {
    return html`<pa-select-field
        name="statut"
        label="Statut"
        placeholder="Tous"
        .options=${options(OUTBOX_STATUS_LABELS)}
        .value=${params['statut'] ?? ''}
      ></pa-select-field>
      <pa-select-field
        name="canal"
        label="Canal"
        placeholder="Tous"
        .options=${options(CHANNEL_LABELS)}
        .value=${params['canal'] ?? ''}
      ></pa-select-field>`;
  }

  protected renderResults(result: OutboxPage) {
    if (result.items.length === 0) {
      return html`<pa-empty-state class="results" tabindex="-1" text="Aucun message"></pa-empty-state>`;
    }
    return html`<p class="results" tabindex="-1">${countOf(result.total, 'message', 'messages')}</p>
      <pa-data-table caption="Messages envoyés" caption-hidden .columns=${COLUMNS} .rows=${result.items.map(row)}></pa-data-table>
      ${this.renderPager(result, 'Pagination des messages')}`;
  }

  override render() {
    return html`<pa-page heading="Messages envoyés">
      <p slot="intro">${INTRO}</p>
      ${this.renderList('Filtrer les messages')}
    </pa-page>`;
  }
}
