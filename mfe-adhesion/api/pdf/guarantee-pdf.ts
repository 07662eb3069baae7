import { msg, str } from '@lit/localize';
import { frenchDate, renderTextPdf } from '@portail/kernel';
import { ORGANISATION } from '@portail/kernel/contract';
import { type StayKind, stayKindLabel } from '../../contract/index.js';

export interface GuaranteeData {
  reference: string;
  memberName: string;
  membershipNumber: string;
  beneficiary: string;
  establishment: string;
  admissionDate: string;
  stayKind: StayKind;
  issuedOn: string;
}

/** B7: the hospital admission guarantee (prise en charge), issued at once, in the member's language. */
export function guaranteePdf(data: GuaranteeData): Promise<Uint8Array> {
  const organisation = ORGANISATION.name;
  const beneficiary = data.beneficiary;
  const admission = frenchDate(data.admissionDate);
  const stay = stayKindLabel(data.stayKind);
  const issuedOn = frenchDate(data.issuedOn);
  const reference = data.reference;
  return renderTextPdf({
    title: msg('Prise en charge hospitalière'),
    subtitle: msg(str`${organisation} — organisme complémentaire n° ${ORGANISATION.amcNumber}`),
    sections: [
      {
        paragraphs: [
          msg(
            str`${organisation} garantit à l'établissement ci-dessous la prise en charge des frais d'hospitalisation de ${beneficiary}, dans la limite des garanties du contrat santé de l'adhérent, en complément de l'Assurance maladie.`,
          ),
        ],
      },
      {
        heading: msg('Hospitalisation'),
        paragraphs: [
          msg(str`Établissement : ${data.establishment}`),
          msg(str`Date d'admission : ${admission}`),
          msg(str`Type de séjour : ${stay}`),
          msg(str`Bénéficiaire : ${beneficiary}`),
        ],
      },
      {
        heading: msg('Adhérent'),
        paragraphs: [
          msg(str`Nom : ${data.memberName}`),
          msg(str`Numéro d'adhésion : ${data.membershipNumber}`),
        ],
      },
      {
        heading: msg('Délivrance'),
        paragraphs: [
          msg(str`Émise le ${issuedOn}, valable pour cette admission.`),
          msg(str`Référence : ${reference}`),
          msg(
            str`L'établissement adresse sa facture à ${organisation}, ${ORGANISATION.address}, en rappelant cette référence.`,
          ),
        ],
      },
    ],
    footer: msg(str`${organisation} — prise en charge ${reference}`),
  });
}
