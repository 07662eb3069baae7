import { msg, str } from '@lit/localize';
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

/** B5: the affiliation certificate, made at the click, in the language being written in (the member's). */
export function certificatePdf(data: CertificateData): Promise<Uint8Array> {
  const organisation = ORGANISATION.name;
  const person = [data.civility, data.memberName].filter(Boolean).join(' ');
  const birthDate = frenchDate(data.birthDate);
  const contract = data.contractLabel;
  const number = data.membershipNumber;
  const start = frenchDate(data.startDate);
  const coverage = data.endDate
    ? msg(str`du ${start} au ${frenchDate(data.endDate)}`)
    : msg(str`depuis le ${start} et à ce jour`);
  // French agrees with the member's civility; English needs no agreement.
  const certifies = data.employer
    ? byCivility(
        data.civility,
        msg(
          str`${organisation} certifie que ${person}, né le ${birthDate}, est affilié au contrat « ${contract} » souscrit par son employeur, ${data.employer}, sous le numéro d'adhésion ${number}, ${coverage}.`,
        ),
        msg(
          str`${organisation} certifie que ${person}, née le ${birthDate}, est affiliée au contrat « ${contract} » souscrit par son employeur, ${data.employer}, sous le numéro d'adhésion ${number}, ${coverage}.`,
        ),
        msg(
          str`${organisation} certifie que ${person}, né(e) le ${birthDate}, est affilié(e) au contrat « ${contract} » souscrit par son employeur, ${data.employer}, sous le numéro d'adhésion ${number}, ${coverage}.`,
        ),
      )
    : byCivility(
        data.civility,
        msg(
          str`${organisation} certifie que ${person}, né le ${birthDate}, est affilié au contrat « ${contract} » sous le numéro d'adhésion ${number}, ${coverage}.`,
        ),
        msg(
          str`${organisation} certifie que ${person}, née le ${birthDate}, est affiliée au contrat « ${contract} » sous le numéro d'adhésion ${number}, ${coverage}.`,
        ),
        msg(
          str`${organisation} certifie que ${person}, né(e) le ${birthDate}, est affilié(e) au contrat « ${contract} » sous le numéro d'adhésion ${number}, ${coverage}.`,
        ),
      );
  const employer = data.employer ?? msg('contrat individuel');
  const issuedOn = frenchDate(data.issuedOn);
  const reference = data.reference;
  return renderTextPdf({
    title: msg("Certificat d'affiliation"),
    subtitle: `${ORGANISATION.name} — ${ORGANISATION.address}`,
    sections: [
      {
        paragraphs: [certifies, msg('Ce certificat est délivré pour servir et valoir ce que de droit.')],
      },
      {
        heading: msg('Adhérent'),
        paragraphs: [
          msg(str`Nom : ${data.memberName}`),
          msg(str`Numéro d'adhésion : ${number}`),
          msg(str`Contrat : ${contract}`),
          msg(str`Employeur : ${employer}`),
          msg(str`Période de garantie : ${coverage}`),
        ],
      },
      {
        heading: msg('Délivrance'),
        paragraphs: [
          msg(str`Fait à Bourges, le ${issuedOn}.`),
          msg(str`Référence de vérification : ${reference}`),
          msg(
            str`Pour vérifier l'authenticité de ce certificat, communiquez cette référence au service adhérents (${ORGANISATION.phone}).`,
          ),
        ],
      },
    ],
    footer: msg(str`${organisation} — certificat ${reference}`),
  });
}
