import { msg, str } from '@lit/localize';
import { api, navigate, onRouteChange } from '@portail/runtime';
import {
  formatDate,
  formatFileSize,
  LOADING,
  listStyles,
  renderFailure,
  sectionPageStyles,
  todayIso,
  token,
} from '@portail/shared-design';
import type { PeriodPreset, PeriodPresetDetail } from '@portail/shared-design/forms';
import { type TableColumn, type TableRow, UrlQueryController } from '@portail/shared-design/section';
import '@portail/shared-design/forms';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  describeHistoryRange,
  HISTORY_PERIODS,
  type HistoryPeriod,
  type HistoryRange,
  historyRange,
  type Sending,
  type SendingList,
} from '../../contract/index.js';

/* ------------------------------------------------------------------------------------------------
 * What Historique des envois (C5) and Historique des indemnisations (C6) share: the period presets
 * and their place in the URL (`?periode=`), so that a reload, a link or back/forward keep them.
 * ---------------------------------------------------------------------------------------------- */

/** Shown on arrival: the whole history (since 01/01/2014 for the payments), narrowed by the presets. */
export const DEFAULT_HISTORY_PERIOD: HistoryPeriod = 'tous';

export function isHistoryPeriod(value: string | null): value is HistoryPeriod {
  return value !== null && Object.hasOwn(HISTORY_PERIODS, value);
}

/** The period of a URL's query (`?periode=3m`); the default when absent or unknown. */
export function periodOf(search: string): HistoryPeriod {
  const value = new URLSearchParams(search).get('periode');
  return isHistoryPeriod(value) ? value : DEFAULT_HISTORY_PERIOD;
}

/** The presets of HISTORY_PERIODS, the last one labelled `allLabel` ("Tous", "Toutes"). */
export function historyPresets(allLabel: string): PeriodPreset[] {
  return Object.entries(HISTORY_PERIODS).map(([value, label]) => ({
    value,
    label: value === 'tous' ? allLabel : label,
  }));
}

/**
 * The current URL with the query parameters of `changes` set, or removed where undefined (the
 * defaults stay out of the URL); the other parameters are kept.
 */
export function urlWith(changes: Record<string, string | undefined>): string {
  const params = new URLSearchParams(location.search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) params.delete(name);
    else params.set(name, value);
  }
  const search = params.toString();
  return location.pathname + (search ? `?${search}` : '');
}

/**
 * "Période affichée : du 7 juin 2026 au 7 décembre 2026", next to the period choice: `range` is
 * the one the server answered with for that period once loaded (the contract's, computed in the
 * browser until then), so that what is said is what was counted. `all` when it has no bound.
 */
export function renderPeriodRange(range: HistoryRange, all: string) {
  return html`<p class="period-range">${msg(str`Période affichée : ${describeHistoryRange(range) || all}`)}</p>`;
}

/* ------------------------------------------------------------------------------------------------ */

export const SENDINGS_API = '/api/indemnisations/envois';

const intro = () =>
  msg(
    "Ce menu vous permet de consulter les demandes d'indemnisation et les justificatifs transmis via les services en ligne.",
  );
const help = () =>
  msg(
    "Utilisez les boutons « Mois en cours », …, « Tous » pour filtrer l'affichage. Le tableau liste, pour la période choisie, les demandes d'indemnisation et les justificatifs transmis via les services en ligne. Cliquez sur un document pour le télécharger.",
  );

/** "Aucun envoi …" for each period. */
export const NO_SENDING: Record<HistoryPeriod, string> = {
  get mois() {
    return msg('Aucun envoi ce mois-ci');
  },
  get '3m'() {
    return msg('Aucun envoi au cours des 3 derniers mois');
  },
  get '6m'() {
    return msg('Aucun envoi au cours des 6 derniers mois');
  },
  get '12m'() {
    return msg('Aucun envoi au cours des 12 derniers mois');
  },
  get tous() {
    return msg('Aucun envoi pour le moment');
  },
};

const columns = (): TableColumn[] => [
  { key: 'date', label: msg('Date'), rowHeader: true },
  { key: 'kind', label: msg('Type') },
  { key: 'reference', label: msg('Référence') },
  { key: 'documents', label: msg('Documents') },
];

const downloadIcon = html`<svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path fill="currentColor" d="M11 3h2v10.2l3.6-3.6L18 11l-6 6-6-6 1.4-1.4 3.6 3.6zM5 19h14v2H5z" />
</svg>`;

function countText(count: number, period: HistoryPeriod): string {
  if (count === 0) return NO_SENDING[period];
  const sendings = count === 1 ? msg('1 envoi') : msg(str`${count} envois`);
  return period === 'tous' ? sendings : `${sendings} (${HISTORY_PERIODS[period].toLowerCase()})`;
}

function row(sending: Sending): TableRow {
  const date = formatDate(sending.sentAt);
  return {
    id: sending.id,
    cells: {
      date,
      kind: sending.kindLabel,
      reference: sending.reference,
      documents: html`<ul class="documents">
        ${sending.documents.map(
          (document) => html`<li>
            <a class="download-link" href=${document.downloadUrl} download=${document.fileName}
              >${downloadIcon}<span class="visually-hidden">${msg('Télécharger')} </span>${document.label}<span
                class="visually-hidden"
                > ${msg(str`du ${date}`)}</span
              ></a
            >
            <span class="size">(${formatFileSize(document.sizeBytes)})</span>
          </li>`,
        )}
      </ul>`,
    },
  };
}

/**
 * C5 Historique des envois — the claims (C3) and justificatifs (C4) sent online, newest first, for
 * the period chosen with the presets (kept in the URL, `?periode=`), whose dates are said next to
 * them; "Actualiser" loads the list again. Each sending shows its reference; each of its documents
 * (its bordereau d'envoi included) is a download link.
 */
export class IndSendingsPage extends LitElement {
  static override styles = [
    sectionPageStyles,
    listStyles,
    css`
      ul.documents {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      ul.documents li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        column-gap: ${token['space-2']};
      }
      .download-link {
        gap: ${token['space-1']};
        overflow-wrap: anywhere;
      }
      .download-link svg {
        flex: none;
      }
      .size {
        color: ${token['color-text-muted']};
        font-size: ${token['font-size-sm']};
      }
    `,
  ];

  @property() heading = msg('Historique des envois');
  /** What the polite status says once a list the member asked for is loaded. */
  @state() private announced = '';
  private announce = false;
  /** The range the server answered with, and for which period. */
  private answered: { period: HistoryPeriod; range: HistoryRange } | undefined;

  /** Another period is a new URL, which this follows (back/forward too). */
  private readonly url = new UrlQueryController(this, {
    router: { navigate, onRouteChange },
    parse: periodOf,
    url: (period: HistoryPeriod) =>
      urlWith({ periode: period === DEFAULT_HISTORY_PERIOD ? undefined : period }),
    load: async (period: HistoryPeriod) => {
      const list = await api<SendingList>(`${SENDINGS_API}?period=${period}`);
      this.answered = { period, range: list.range };
      if (this.announce) this.announced = countText(list.items.length, period);
      this.announce = false;
      return list;
    },
    changed: () => this.willAnnounce(),
  });
  private readonly sendings = this.url.list;

  private get period(): HistoryPeriod {
    return this.url.query;
  }

  /** The next list loaded is announced. */
  private willAnnounce(): void {
    this.announce = true;
    this.announced = '';
  }

  private reload(): void {
    this.willAnnounce();
    void this.sendings.load();
  }

  private onPeriod(event: CustomEvent<PeriodPresetDetail>): void {
    if (isHistoryPeriod(event.detail.value)) this.url.go(event.detail.value);
  }

  private get range(): HistoryRange {
    const { answered, period } = this;
    return answered?.period === period ? answered.range : historyRange(period, todayIso());
  }

  private renderList({ items }: SendingList) {
    if (items.length === 0) {
      return html`<pa-empty-state text=${NO_SENDING[this.period]}>
        ${
          this.period === 'tous'
            ? nothing
            : html`<pa-button variant="link" @click=${() => this.url.go('tous')}
                >${msg('Afficher tous les envois')}</pa-button
              >`
        }
      </pa-empty-state>`;
    }
    return html`<p class="results">${countText(items.length, this.period)}</p>
      <pa-data-table
        caption=${this.heading}
        caption-hidden
        .columns=${columns()}
        .rows=${items.map(row)}
      ></pa-data-table>`;
  }

  private renderContent() {
    const { status, value, failure } = this.sendings;
    if (status === 'error' && failure) return renderFailure(failure, () => this.reload());
    if (status === 'loading' || !value) return LOADING;
    return this.renderList(value);
  }

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">${intro()}</p>
      <p>${help()}</p>
      <pa-period-presets
        refresh-label=${msg('Actualiser')}
        .options=${historyPresets(HISTORY_PERIODS.tous)}
        .value=${this.period}
        @pa-period=${this.onPeriod}
        @pa-refresh=${() => this.reload()}
      ></pa-period-presets>
      ${renderPeriodRange(this.range, msg('tous les envois'))}
      <p class="visually-hidden" role="status">${this.announced}</p>
      <div aria-busy=${this.sendings.status === 'loading' ? 'true' : 'false'}>${this.renderContent()}</div>
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ind-sendings-page': IndSendingsPage;
  }
}
