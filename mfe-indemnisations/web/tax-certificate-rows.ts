// P4 « Attestations fiscales » as rows of pa-data-table: the page's block and the intranet widget's.
import { msg, str } from '@lit/localize';
import { formatEuros } from '@portail/shared-design';
import type { TableColumn, TableRow } from '@portail/shared-design/section';
import type { TaxCertificateYear } from '../contract/index.js';

/** The texts of the block, in the page's language (read at render). */
export const TAX_CERTIFICATES_TEXT = {
  get heading() {
    return msg('Attestations fiscales');
  },
  get intro() {
    return msg(
      "Pour votre déclaration de revenus : le montant net imposable des indemnités journalières qui vous ont été versées, année par année. L'attestation d'une année est disponible dès le 1er janvier suivant.",
    );
  },
  get empty() {
    return msg('Aucune attestation fiscale : aucune indemnité ne vous a été versée les années passées');
  },
};

export function taxCertificateColumns(): TableColumn[] {
  return [
    { key: 'year', label: msg('Année'), rowHeader: true },
    { key: 'payments', label: msg('Règlements'), align: 'end' },
    { key: 'taxable', label: msg('Montant net imposable'), align: 'end' },
  ];
}

/** A year as a row of pa-data-table, its PDF to download at `href` (on the portal at a widget's base). */
export function taxCertificateRow(item: TaxCertificateYear, href = item.downloadUrl): TableRow {
  return {
    id: String(item.year),
    cells: {
      year: String(item.year),
      payments: item.paymentCount > 1 ? msg(str`${item.paymentCount} règlements`) : msg('1 règlement'),
      taxable: formatEuros(item.taxableNetCents),
    },
    download: {
      href,
      fileName: item.fileName,
      label: msg(str`Télécharger l'attestation fiscale ${item.year} (PDF)`),
    },
  };
}
