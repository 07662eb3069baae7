import type { QueueItem, QueuePage } from '@portail/kernel/contract/gestion';
import { lateText } from '@portail/kernel/contract/processing';
import { REQUEST_STATUS_LABELS } from '@portail/kernel/contract/requests';
import { formatDate, type SelectOption } from '@portail/shared-design';
import type { TableColumn, TableRow } from '@portail/shared-design/section';
import { html, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { searchOf } from '../api.js';
import { countOf, kindLabel, STATUS_VARIANTS, sectionLabel, sectionLabels } from '../labels.js';
import { QUEUE_PATH, requestPath } from '../routes.js';
import { GestionListPage, type ListParams } from './list-page.js';

const INTRO =
  'Toutes les demandes des adhérents : celles en retard sur leur date de traitement estimée d’abord, la plus en retard en tête, puis de la plus ancienne à la plus récente. Filtrez-les par adhérent, rubrique, type, statut ou ancienneté, puis ouvrez une demande pour la traiter.';

/** Without `statut` in the URL the queue shows the requests still to handle. */
const DEFAULT_STATUS = 'pending';

/** Six columns, two lines a cell where it helps: the queue stays a table on a 1280 px screen. */
const COLUMNS: TableColumn[] = [
  { key: 'createdAt', label: 'Date et âge' },
  { key: 'estimate', label: 'Traitement estimé' },
  { key: 'member', label: 'Adhérent' },
  { key: 'label', label: 'Demande et rubrique', rowHeader: true },
  { key: 'attachments', label: 'Pièces jointes', align: 'end' },
  { key: 'status', label: 'Statut' },
];

/** The "Section" filter's options, from the sections' manifests (the page's summaries). */
const sectionOptions = (): SelectOption[] =>
  Object.entries(sectionLabels()).map(([value, label]) => ({ value, label }));
const STATUS_OPTIONS: SelectOption[] = Object.entries(REQUEST_STATUS_LABELS).map(([value, label]) => ({
  value,
  label,
}));

/** The last queue URL, so that the detail's "back" link returns to the same filters and page. */
let lastQueueUrl = QUEUE_PATH;
export function queueUrl(): string {
  return lastQueueUrl;
}

function ageText(days: number): string {
  return countOf(days, 'jour', 'jours');
}

function row(item: QueueItem): TableRow {
  return {
    id: item.id,
    cells: {
      createdAt: html`<time datetime=${item.createdAt}>${formatDate(item.createdAt)}</time><br />${ageText(item.ageDays)}`,
      estimate: html`${item.estimatedAt ? formatDate(item.estimatedAt) : '—'}${
        item.lateBusinessDays > 0
          ? html`<br /><pa-badge class="late" variant="warning">${lateText(item.lateBusinessDays)}</pa-badge>`
          : ''
      }`,
      member: html`${item.member.identifier}<br />${item.member.name}`,
      label: html`<a href=${requestPath(item.id)}>${item.label}</a><br />${sectionLabel(item.section)}`,
      attachments: String(item.attachmentCount),
      status: html`<pa-badge variant=${STATUS_VARIANTS[item.status] ?? 'info'}>${item.statusLabel}</pa-badge>`,
    },
  };
}

/**
 * H1 — the queue of every member request, the late ones first (P1: past their estimated date, with
 * how many business days), then oldest first, 25 a page, filtered by member (identifier
 * or name), section, kind, status and age. Filters and page are in the URL:
 * `?adherent=&section=&type=&statut=&age=&page=`.
 */
export class BoQueuePage extends GestionListPage<QueuePage> {
  protected readonly path = QUEUE_PATH;
  /** The section chosen in the form (not yet applied): the "Type" list shows its kinds only. */
  @state() private chosenSection: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    lastQueueUrl = location.pathname + location.search;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (location.pathname === QUEUE_PATH) lastQueueUrl = location.pathname + location.search;
  }

  protected override renewForm(): void {
    super.renewForm();
    this.chosenSection = undefined;
  }

  protected apiPath(params: ListParams): string {
    const { adherent, section, type, statut, age, page } = params;
    return `/api/gestion/demandes${searchOf({ section, kind: type, member: adherent, status: statut || DEFAULT_STATUS, age, page })}`;
  }

  protected override checkFilters(values: ListParams): Record<string, string> {
    const age = values['age'] ?? '';
    return age && !/^\d{1,4}$/.test(age) ? { age: 'Saisissez un nombre de jours, par exemple 15.' } : {};
  }

  /** The empty status option means every status; the default (in progress) stays out of the URL. */
  protected override paramsFromForm(values: ListParams): ListParams {
    const statut = values['statut'] || 'all';
    return { ...values, statut: statut === DEFAULT_STATUS ? '' : statut };
  }

  protected renderFilterFields(params: ListParams, result: QueuePage) {
    const section = this.chosenSection ?? params['section'] ?? '';
    const kinds = [
      ...new Set(result.kinds.filter((k) => !section || k.section === section).map((k) => k.kind)),
    ];
    const statut = params['statut'] || DEFAULT_STATUS;
    return html`<pa-text-field
        name="adherent"
        label="Adhérent (identifiant ou nom)"
        hint="Le début de l'identifiant, du nom ou du prénom, par exemple A1000 ou Lefèvre."
        autocomplete="off"
        maxlength="80"
        .value=${params['adherent'] ?? ''}
      ></pa-text-field>
      <pa-select-field
        name="section"
        label="Section"
        placeholder="Toutes"
        .options=${sectionOptions()}
        .value=${params['section'] ?? ''}
        @change=${(event: Event) => (this.chosenSection = (event.target as HTMLSelectElement).value)}
      ></pa-select-field>
      <pa-select-field
        name="type"
        label="Type"
        placeholder="Tous"
        .options=${kinds.map((kind) => ({ value: kind, label: kindLabel(kind) }))}
        .value=${kinds.includes(params['type'] ?? '') ? (params['type'] ?? '') : ''}
      ></pa-select-field>
      <pa-select-field
        name="statut"
        label="Statut"
        placeholder="Tous"
        .options=${STATUS_OPTIONS}
        .value=${statut === 'all' ? '' : statut}
      ></pa-select-field>
      <pa-text-field
        name="age"
        label="Plus anciennes que (jours)"
        .value=${params['age'] ?? ''}
        .error=${this.filterErrors['age'] ?? ''}
      ></pa-text-field>`;
  }

  protected renderResults(result: QueuePage) {
    if (result.items.length === 0) {
      return html`<pa-empty-state class="results" tabindex="-1" text="Aucune demande"></pa-empty-state>`;
    }
    return html`<p class="results" tabindex="-1">${countOf(result.total, 'demande', 'demandes')}</p>
      <pa-data-table caption="Demandes" caption-hidden .columns=${COLUMNS} .rows=${result.items.map(row)}></pa-data-table>
      ${this.renderPager(result, 'Pagination des demandes')}`;
  }

  override render() {
    return html`<pa-page heading="Demandes">
      <p slot="intro">${INTRO}</p>
      ${this.renderList('Filtrer les demandes')}
    </pa-page>`;
  }
}
