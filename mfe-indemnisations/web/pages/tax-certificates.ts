import { api } from '@portail/runtime';
import {
  formatEuros,
  LoadController,
  sectionPageStyles,
  type TableColumn,
  type TableRow,
  token,
} from '@portail/shared-design';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import {
  TAX_CERTIFICATES_API,
  type TaxCertificateList,
  type TaxCertificateYear,
  taxCertificateTitle,
} from '../../contract/index.js';

export const TAX_CERTIFICATES_HEADING = 'Attestations fiscales';
export const TAX_CERTIFICATES_INTRO =
  "Pour votre déclaration de revenus : le montant net imposable des indemnités journalières qui vous ont été versées, année par année. L'attestation d'une année est disponible dès le 1er janvier suivant.";
export const NO_TAX_CERTIFICATE =
  'Aucune attestation fiscale : aucune indemnité ne vous a été versée les années passées';

export const TAX_CERTIFICATE_COLUMNS: TableColumn[] = [
  { key: 'year', label: 'Année', rowHeader: true },
  { key: 'payments', label: 'Règlements', align: 'end' },
  { key: 'taxable', label: 'Montant net imposable', align: 'end' },
];

/** A year of P4 as a row of pa-data-table, its PDF to download (`href` on the portal at `base`). */
export function taxCertificateRow(item: TaxCertificateYear, href = item.downloadUrl): TableRow {
  return {
    id: String(item.year),
    cells: {
      year: String(item.year),
      payments: item.paymentCount > 1 ? `${item.paymentCount} règlements` : '1 règlement',
      taxable: formatEuros(item.taxableNetCents),
    },
    download: {
      href,
      fileName: item.fileName,
      label: `Télécharger l'${taxCertificateTitle(item.year).toLowerCase()} (PDF)`,
    },
  };
}

/**
 * P4 « Attestations fiscales », on Historique des indemnisations: each past year in which the
 * member was paid indemnities, its number of payments and net taxable total, and its PDF to
 * download; « Aucune attestation fiscale… » when there is none.
 */
export class IndTaxCertificates extends LitElement {
  static override styles = [
    sectionPageStyles,
    css`
      :host {
        display: block;
        margin-block-start: ${token['space-6']};
      }
      h2 {
        margin: 0 0 ${token['space-2']};
      }
      p {
        margin: 0 0 ${token['space-3']};
      }
    `,
  ];

  @property() heading = TAX_CERTIFICATES_HEADING;

  private readonly list = new LoadController(this, () => api<TaxCertificateList>(TAX_CERTIFICATES_API));

  override render() {
    return html`<section aria-labelledby="tax-certificates">
      <h2 id="tax-certificates">${this.heading}</h2>
      <p>${TAX_CERTIFICATES_INTRO}</p>
      <div aria-busy=${this.list.status === 'loading' ? 'true' : 'false'}>
        ${this.list.render(
          ({ items }) => html`<pa-data-table
            caption=${this.heading}
            caption-hidden
            empty-text=${NO_TAX_CERTIFICATE}
            .columns=${TAX_CERTIFICATE_COLUMNS}
            .rows=${items.map((item) => taxCertificateRow(item))}
          ></pa-data-table>`,
        )}
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ind-tax-certificates': IndTaxCertificates;
  }
}
