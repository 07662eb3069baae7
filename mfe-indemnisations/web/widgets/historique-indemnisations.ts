import { msg } from '@lit/localize';
import { isCrossOrigin, widgetDownload, widgetRuntime, withBase } from '@portail/runtime';
import { describeFailure, formatDate, formatEuros } from '@portail/shared-design';
import type { DownloadDetail, TableColumn, TableRow } from '@portail/shared-design/section';
import { LatestItemsWidget } from '@portail/shared-design/widgets';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import {
  type IndemnityPayment,
  TAX_CERTIFICATES_API,
  type TaxCertificateList,
} from '../../contract/index.js';
import { indemnityTitle } from '../pages/indemnity-title.js';
import { INDEMNITIES_API, INDEMNITIES_PATH } from '../routes.js';
import { TAX_CERTIFICATES_TEXT, taxCertificateColumns, taxCertificateRow } from '../tax-certificate-rows.js';

const columns = (): TableColumn[] => [
  { key: 'paidOn', label: msg('Date du règlement'), rowHeader: true },
  { key: 'what', label: msg('Prestations') },
  { key: 'amount', label: msg('Montant'), align: 'end' },
];

function row(payment: IndemnityPayment): TableRow {
  return {
    id: payment.id,
    cells: {
      paidOn: formatDate(payment.paidOn),
      what: indemnityTitle(payment),
      amount: formatEuros(payment.netCents),
    },
  };
}

/**
 * W2 — C6 inside an employer's intranet: the member's 5 latest indemnity payments (date, what
 * was paid for which period, net amount), from the portal at `api-base` (« Se connecter » until
 * the member connected, shared WidgetConnection), a link to the whole history on the portal, and
 * P4's attestations fiscales to download (from another origin with the member's token: a link
 * cannot send it).
 *   <ind-historique-indemnisations api-base="https://portail.example"></ind-historique-indemnisations>
 */
export class IndHistoriqueIndemnisations extends LatestItemsWidget<IndemnityPayment, TaxCertificateList> {
  @state() private downloadError = '';

  constructor() {
    super({
      runtime: widgetRuntime,
      heading: msg('Mes dernières indemnisations'),
      api: INDEMNITIES_API,
      purpose: msg("consulter l'historique de vos indemnisations"),
      table: { columns: columns(), row, emptyText: msg('Aucune indemnisation pour le moment') },
      all: { path: INDEMNITIES_PATH, text: msg("Voir tout l'historique") },
      more: TAX_CERTIFICATES_API,
    });
  }

  private onDownload(event: CustomEvent<DownloadDetail>, list: TaxCertificateList): void {
    const base = this.apiBase;
    const certificate = list.items.find((item) => String(item.year) === event.detail.rowId);
    if (!certificate || !isCrossOrigin(base)) return;
    event.preventDefault();
    this.downloadError = '';
    widgetDownload(base, event.detail.href, certificate.fileName).catch((error: unknown) => {
      // A refused token brings « Se connecter » back by itself; other failures are said.
      const failure = describeFailure(error);
      if (failure.status !== 401) this.downloadError = failure.message;
    });
  }

  protected override renderMore(list: TaxCertificateList) {
    return html`<h3>${TAX_CERTIFICATES_TEXT.heading}</h3>
      ${this.downloadError ? html`<pa-alert variant="error"><p>${this.downloadError}</p></pa-alert>` : nothing}
      <pa-data-table
        caption=${TAX_CERTIFICATES_TEXT.heading}
        caption-hidden
        empty-text=${TAX_CERTIFICATES_TEXT.empty}
        .columns=${taxCertificateColumns()}
        .rows=${list.items.map((item) => taxCertificateRow(item, withBase(this.apiBase, item.downloadUrl)))}
        @pa-download=${(event: CustomEvent<DownloadDetail>) => this.onDownload(event, list)}
      ></pa-data-table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ind-historique-indemnisations': IndHistoriqueIndemnisations;
  }
}
