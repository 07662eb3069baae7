// P4 « Attestations fiscales » as rows of pa-data-table: the page's block and the intranet widget's.
import { formatEuros } from '@portail/shared-design';
import type { TableColumn, TableRow } from '@portail/shared-design/section';
import { type TaxCertificateYear, taxCertificateTitle } from '../contract/index.js';

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

/** A year as a row of pa-data-table, its PDF to download at `href` (on the portal at a widget's base). */
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
