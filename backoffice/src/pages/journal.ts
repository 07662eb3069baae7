import type { AuditPage, AuditRecord } from '@portail/kernel/contract';
import type { TableColumn, TableRow } from '@portail/shared-design/section';
import { html } from 'lit';
import { searchOf } from '../api.js';
import { countOf, formatDateTime } from '../labels.js';
import { JOURNAL_PATH } from '../routes.js';
import { GestionListPage, type ListParams } from './list-page.js';

const INTRO =
  "Toutes les actions faites dans le portail et le back-office, de la plus récente à la plus ancienne : qui, quoi, quand, et l'état avant et après.";

const COLUMNS: TableColumn[] = [
  { key: 'at', label: 'Date', rowHeader: true },
  { key: 'actor', label: 'Acteur' },
  { key: 'action', label: 'Action' },
  { key: 'target', label: 'Cible' },
  { key: 'before', label: 'Avant' },
  { key: 'after', label: 'Après' },
];

const ACTOR_KINDS: Record<AuditRecord['actorKind'], string> = {
  member: 'adhérent',
  manager: 'gestionnaire',
  system: 'système',
};

function row(record: AuditRecord): TableRow {
  const kind = ACTOR_KINDS[record.actorKind] ?? record.actorKind;
  return {
    id: record.id,
    cells: {
      at: html`<time datetime=${record.at}>${formatDateTime(record.at)}</time>`,
      actor: record.actorKind === 'system' ? record.actor : `${record.actor} (${kind})`,
      action: html`<code>${record.action}</code>`,
      target: record.targetKind ? [record.targetKind, record.targetId].filter(Boolean).join(' ') : '—',
      before: html`<bo-json-value .value=${record.before}></bo-json-value>`,
      after: html`<bo-json-value .value=${record.after}></bo-json-value>`,
    },
  };
}

/**
 * H7 — the audit log, newest first, 50 a page, filtered by actor, action and period.
 * Filters and page are in the URL: `?acteur=&action=&du=&au=&page=`.
 */
export class BoJournalPage extends GestionListPage<AuditPage> {
  protected readonly path = JOURNAL_PATH;

  protected apiPath({ acteur, action, du, au, page }: ListParams): string {
    return `/api/gestion/journal${searchOf({ actor: acteur, action, from: du, to: au, page })}`;
  }

  protected override checkFilters({ du, au }: ListParams): Record<string, string> {
    return du && au && au < du
      ? { au: 'La date de fin doit être postérieure ou égale à la date de début.' }
      : {};
  }

  protected renderFilterFields(params: ListParams) {
    const text = (name: string, label: string, type: 'text' | 'date' = 'text') =>
      html`<pa-text-field
        name=${name}
        label=${label}
        type=${type}
        .value=${params[name] ?? ''}
        .error=${this.filterErrors[name] ?? ''}
      ></pa-text-field>`;
    return html`${text('acteur', 'Acteur')} ${text('action', 'Action')} ${text('du', 'Du', 'date')}
    ${text('au', 'Au', 'date')}`;
  }

  protected renderResults(result: AuditPage) {
    if (result.items.length === 0) {
      return html`<pa-empty-state class="results" tabindex="-1" text="Aucune action enregistrée"></pa-empty-state>`;
    }
    return html`<p class="results" tabindex="-1">${countOf(result.total, 'action', 'actions')}</p>
      <pa-data-table caption="Journal d'audit" caption-hidden .columns=${COLUMNS} .rows=${result.items.map(row)}></pa-data-table>
      ${this.renderPager(result, 'Pagination du journal')}`;
  }

  override render() {
    return html`<pa-page heading="Journal d'audit">
      <p slot="intro">${INTRO}</p>
      ${this.renderList('Filtrer le journal')}
    </pa-page>`;
  }
}
