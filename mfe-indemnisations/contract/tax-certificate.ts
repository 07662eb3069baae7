/**
 * SPEC P4 — « Attestation fiscale »: for each past calendar year with prévoyance indemnity payments,
 * the taxable daily indemnities paid that year. Amounts are integer cents. Pure: browser-safe.
 *
 * What is taxable. Daily indemnities paid by the insurer under a collective prévoyance contract
 * taken out by the employer, in addition to or in place of the salary, are taxable as « traitements
 * et salaires » (article 79 of the code général des impôts; BOI-RSA-CHAMP-20-30-20). The amount to
 * declare is the net taxable amount: the gross indemnity less the deductible part of the CSG
 * (article 154 quinquies of the CGI); the CRDS and the rest of the CSG are not deductible, and an
 * income-tax withholding (prélèvement à la source) is never deducted from it.
 *
 * What a payment row holds: its gross amount and its deductions by label (« CSG (6,7 %) », « CRDS
 * (0,5 %) »), not the deductible part of its CSG. `taxableNetCents` derives it with one documented
 * rule, the same for the API's list, the PDF and the browser.
 */
import { msg, str } from '@lit/localize';

/**
 * The deductible CSG, in hundredths of a percent of the gross amount: 3.8 %, the deductible rate of
 * the CSG on replacement income (daily indemnities), article 154 quinquies II of the CGI.
 */
export const DEDUCTIBLE_CSG_BASIS_POINTS = 380;

/** A deduction is CSG when its label starts with « CSG » (« CSG (6,7 %) », « CSG déductible »…). */
export function isCsg(label: string): boolean {
  return /^\s*CSG\b/i.test(label);
}

/** A deduction is a social charge (CSG or CRDS), as opposed to anything else deducted. */
export function isSocialCharge(label: string): boolean {
  return isCsg(label) || /^\s*CRDS\b/i.test(label);
}

export interface TaxablePayment {
  grossCents: number;
  deductions: readonly { label: string; amountCents: number }[];
}

/** What a payment comes to for the income-tax return, every amount in cents. */
export interface TaxableAmounts {
  grossCents: number;
  /** CSG and CRDS deducted from the payment. */
  socialChargesCents: number;
  /** The part of the CSG deducted that is deductible from taxable income. */
  deductibleCsgCents: number;
  /** Gross less the deductible CSG: what is declared. */
  taxableNetCents: number;
}

/**
 * The rule (P4): deductible CSG = 3.8 % of the gross amount, rounded to the cent, and never more
 * than the CSG actually deducted from the payment (none deducted: none deductible); taxable net =
 * gross − deductible CSG. So the CRDS, the non-deductible CSG and any other deduction stay taxable.
 */
export function taxableAmounts(payment: TaxablePayment): TaxableAmounts {
  const csg = payment.deductions.filter((d) => isCsg(d.label)).reduce((sum, d) => sum + d.amountCents, 0);
  const socialCharges = payment.deductions
    .filter((d) => isSocialCharge(d.label))
    .reduce((sum, d) => sum + d.amountCents, 0);
  const deductibleCsg = Math.max(
    0,
    Math.min(csg, Math.round((payment.grossCents * DEDUCTIBLE_CSG_BASIS_POINTS) / 10_000)),
  );
  return {
    grossCents: payment.grossCents,
    socialChargesCents: socialCharges,
    deductibleCsgCents: deductibleCsg,
    taxableNetCents: payment.grossCents - deductibleCsg,
  };
}

/** The net taxable amount of one payment (`taxableAmounts`). */
export function taxableNetCents(payment: TaxablePayment): number {
  return taxableAmounts(payment).taxableNetCents;
}

/** A year with an attestation: `GET /api/indemnisations/attestations-fiscales` lists them. */
export interface TaxCertificateYear {
  year: number;
  /** Payments made that year. */
  paymentCount: number;
  /** The sum of their net taxable amounts. */
  taxableNetCents: number;
  /** The PDF: `GET /api/indemnisations/attestations-fiscales/:annee`. */
  downloadUrl: string;
  fileName: string;
}

/**
 * `GET /api/indemnisations/attestations-fiscales`: the past calendar years in which the member was
 * paid indemnities (from 2014, as C6), newest first. The current year has none until it is over.
 */
export interface TaxCertificateList {
  items: TaxCertificateYear[];
}

export const TAX_CERTIFICATES_API = '/api/indemnisations/attestations-fiscales';

/** « Attestation fiscale 2025 ». */
export function taxCertificateTitle(year: number): string {
  return msg(str`Attestation fiscale ${year}`);
}

/** The PDF's file name: « attestation-fiscale-2025.pdf ». */
export function taxCertificateFileName(year: number): string {
  return `attestation-fiscale-${year}.pdf`;
}

export function taxCertificateUrl(year: number): string {
  return `${TAX_CERTIFICATES_API}/${year}`;
}

export const TAX_CERTIFICATE_MESSAGES = {
  get notFound() {
    return msg("Cette attestation fiscale n'existe pas.");
  },
  notOver: (year: number) =>
    msg(
      str`L'attestation fiscale ${year} sera disponible à partir du 1er janvier ${year + 1}, une fois l'année terminée.`,
    ),
  noPayment: (year: number) =>
    msg(
      str`Aucune indemnité ne vous a été versée en ${year} : il n'y a pas d'attestation fiscale pour cette année.`,
    ),
};
