import { msg, str } from '@lit/localize';
import { formatEuros, frenchDate, renderTextPdf } from '@portail/kernel';
import { ORGANISATION } from '@portail/kernel/contract';
import { type TaxableAmounts, taxCertificateTitle } from '../contract/index.js';

/** One payment of the year, with what it comes to for the income-tax return. */
export interface TaxCertificateLine extends TaxableAmounts {
  paidOn: string;
  periodStart: string;
  periodEnd: string;
  days: number;
}

export interface TaxCertificateData {
  year: number;
  civility: string;
  memberName: string;
  /** The member's identifier (« numéro d'adhérent », A100001). */
  identifier: string;
  /** The contracts the year's payments were made under. */
  contracts: { label: string; employer: string; membershipNumber: string }[];
  /** Oldest payment first. */
  lines: TaxCertificateLine[];
  issuedOn: string;
}

const sum = (lines: TaxCertificateLine[], pick: (line: TaxCertificateLine) => number) =>
  lines.reduce((total, line) => total + pick(line), 0);

/** The yearly totals of an attestation's lines; the total taxable net is what is declared. */
export function taxCertificateTotals(lines: TaxCertificateLine[]) {
  return {
    days: sum(lines, (l) => l.days),
    grossCents: sum(lines, (l) => l.grossCents),
    socialChargesCents: sum(lines, (l) => l.socialChargesCents),
    deductibleCsgCents: sum(lines, (l) => l.deductibleCsgCents),
    taxableNetCents: sum(lines, (l) => l.taxableNetCents),
  };
}

/**
 * P4: the attestation of the taxable daily indemnities paid in one calendar year, as French insurers
 * issue it for the income-tax return — insurer, member, contract, each payment (date, period, days,
 * gross, CSG and CRDS, deductible CSG, net taxable), the year's net taxable total and where it goes
 * on the return, the legal basis, the date it was made. In the language being written in (the
 * member's: `MemberFiles.inLocaleOf`).
 */
export function taxCertificatePdf(data: TaxCertificateData): Promise<Uint8Array> {
  const { year } = data;
  const totals = taxCertificateTotals(data.lines);
  const person = [data.civility, data.memberName].filter(Boolean).join(' ');
  const taxable = formatEuros(totals.taxableNetCents);
  return renderTextPdf({
    title: taxCertificateTitle(year),
    subtitle: msg(
      str`Indemnités journalières complémentaires versées du ${frenchDate(`${year}-01-01`)} au ${frenchDate(`${year}-12-31`)}`,
    ),
    sections: [
      {
        heading: msg('Assureur'),
        paragraphs: [
          `${ORGANISATION.name} — ${ORGANISATION.address}`,
          msg(str`Service adhérents : ${ORGANISATION.phone}`),
        ],
      },
      {
        heading: msg('Adhérent'),
        paragraphs: [
          person,
          msg(str`Numéro d'adhérent : ${data.identifier}`),
          ...data.contracts.map((c) =>
            c.employer
              ? msg(
                  str`Contrat : ${c.label}, souscrit par ${c.employer} — numéro d'adhésion ${c.membershipNumber}`,
                )
              : msg(str`Contrat : ${c.label} — numéro d'adhésion ${c.membershipNumber}`),
          ),
        ],
      },
      {
        heading: msg(str`Indemnités versées en ${year}`),
        paragraphs: [
          msg(
            str`${ORGANISATION.name} atteste avoir versé à ${person}, au titre du contrat de prévoyance collective ci-dessus, les indemnités journalières complémentaires suivantes en ${year} :`,
          ),
        ],
        table: {
          columns: [
            { label: msg('Date du règlement'), width: 1.05 },
            { label: msg('Période indemnisée'), width: 2.45 },
            { label: msg('Jours'), width: 0.5, align: 'end' },
            { label: msg('Montant brut'), width: 1.2, align: 'end' },
            { label: msg('CSG et CRDS prélevées'), width: 1.25, align: 'end' },
            { label: msg('dont CSG déductible'), width: 1.2, align: 'end' },
            { label: msg('Net imposable'), width: 1.3, align: 'end' },
          ],
          rows: data.lines.map((line) => [
            frenchDate(line.paidOn),
            msg(str`du ${frenchDate(line.periodStart)} au ${frenchDate(line.periodEnd)}`),
            String(line.days),
            formatEuros(line.grossCents),
            formatEuros(line.socialChargesCents),
            formatEuros(line.deductibleCsgCents),
            formatEuros(line.taxableNetCents),
          ]),
          total: [
            msg(str`Total ${year}`),
            data.lines.length > 1 ? msg(str`${data.lines.length} règlements`) : msg('1 règlement'),
            String(totals.days),
            formatEuros(totals.grossCents),
            formatEuros(totals.socialChargesCents),
            formatEuros(totals.deductibleCsgCents),
            taxable,
          ],
        },
      },
      {
        heading: msg(str`Montant net imposable ${year} : ${taxable}`),
        paragraphs: [
          msg(
            str`Montant à reporter sur votre déclaration de revenus ${year + 1} (revenus de ${year}), rubrique « Traitements, salaires », case 1AJ (1BJ si vous êtes le déclarant 2). Ce montant est en principe déjà prérempli avec vos autres revenus : vérifiez-le et ne l'ajoutez pas une seconde fois.`,
          ),
          msg(
            "Les indemnités journalières complémentaires versées dans le cadre d'un contrat de prévoyance collective obligatoire souscrit par l'employeur sont imposables dans la catégorie des traitements et salaires (article 79 du code général des impôts ; BOI-RSA-CHAMP-20-30-20). Le montant net imposable est le montant brut diminué de la CSG déductible, soit 3,8 % du montant brut (article 154 quinquies du code général des impôts) ; la CRDS et la part non déductible de la CSG restent imposables. Un éventuel prélèvement à la source ne vient pas en déduction de ce montant.",
          ),
          msg(
            "Les indemnités journalières versées par la Sécurité sociale ne figurent pas sur cette attestation : elles vous sont déclarées par votre caisse d'assurance maladie.",
          ),
        ],
      },
      {
        paragraphs: [msg(str`Document établi le ${frenchDate(data.issuedOn)}.`)],
      },
    ],
    footer: msg(str`${ORGANISATION.name} — ${taxCertificateTitle(year)} — adhérent ${data.identifier}`),
  });
}
