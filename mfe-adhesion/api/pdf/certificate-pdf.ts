import { byCivility, frenchDate, renderTextPdf } from '@portail/kernel';
import { ORGANISATION } from '@portail/kernel/contract';

export interface CertificateData {
  reference: string;
  civility: string;
  memberName: string;
  birthDate: string;
  membershipNumber: string;
  contractLabel: string;
  employer: string | null;
  startDate: string;
  endDate: string | null;
  issuedOn: string;
}

/** B5: the affiliation certificate, made at the click. */
export function certificatePdf(data: CertificateData): Promise<Uint8Array> {
  const born = byCivility(data.civility, 'né', 'née');
  const affiliated = byCivility(data.civility, 'affilié', 'affiliée');
  const person = [data.civility, data.memberName].filter(Boolean).join(' ');
  const coverage = data.endDate
    ? `du ${frenchDate(data.startDate)} au ${frenchDate(data.endDate)}`
    : `depuis le ${frenchDate(data.startDate)} et à ce jour`;
  return renderTextPdf({
    title: "Certificat d'affiliation",
    subtitle: `${ORGANISATION.name} — ${ORGANISATION.address}`,
    sections: [
      {
        paragraphs: [
          `${ORGANISATION.name} certifie que ${person}, ${born} le ${frenchDate(data.birthDate)}, est ${affiliated} au contrat « ${data.contractLabel} »${data.employer ? ` souscrit par son employeur, ${data.employer},` : ''} sous le numéro d'adhésion ${data.membershipNumber}, ${coverage}.`,
          'Ce certificat est délivré pour servir et valoir ce que de droit.',
        ],
      },
      {
        heading: 'Adhérent',
        paragraphs: [
          `Nom : ${data.memberName}`,
          `Numéro d'adhésion : ${data.membershipNumber}`,
          `Contrat : ${data.contractLabel}`,
          `Employeur : ${data.employer ?? 'contrat individuel'}`,
          `Période de garantie : ${coverage}`,
        ],
      },
      {
        heading: 'Délivrance',
        paragraphs: [
          `Fait à Bourges, le ${frenchDate(data.issuedOn)}.`,
          `Référence de vérification : ${data.reference}`,
          `Pour vérifier l'authenticité de ce certificat, communiquez cette référence au service adhérents (${ORGANISATION.phone}).`,
        ],
      },
    ],
    footer: `${ORGANISATION.name} — certificat ${data.reference}`,
  });
}
