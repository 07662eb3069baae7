import { frenchDate, renderTextPdf } from '@portail/kernel';
import { ORGANISATION } from '@portail/kernel/contract';
import { STAY_KINDS, type StayKind } from '../../contract/index.js';

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

/** B7: the hospital admission guarantee (prise en charge), issued at once. */
export function guaranteePdf(data: GuaranteeData): Promise<Uint8Array> {
  return renderTextPdf({
    title: 'Prise en charge hospitalière',
    subtitle: `${ORGANISATION.name} — organisme complémentaire n° ${ORGANISATION.amcNumber}`,
    sections: [
      {
        paragraphs: [
          `${ORGANISATION.name} garantit à l'établissement ci-dessous la prise en charge des frais d'hospitalisation de ${data.beneficiary}, dans la limite des garanties du contrat santé de l'adhérent, en complément de l'Assurance maladie.`,
        ],
      },
      {
        heading: 'Hospitalisation',
        paragraphs: [
          `Établissement : ${data.establishment}`,
          `Date d'admission : ${frenchDate(data.admissionDate)}`,
          `Type de séjour : ${STAY_KINDS[data.stayKind]}`,
          `Bénéficiaire : ${data.beneficiary}`,
        ],
      },
      {
        heading: 'Adhérent',
        paragraphs: [`Nom : ${data.memberName}`, `Numéro d'adhésion : ${data.membershipNumber}`],
      },
      {
        heading: 'Délivrance',
        paragraphs: [
          `Émise le ${frenchDate(data.issuedOn)}, valable pour cette admission.`,
          `Référence : ${data.reference}`,
          `L'établissement adresse sa facture à ${ORGANISATION.name}, ${ORGANISATION.address}, en rappelant cette référence.`,
        ],
      },
    ],
    footer: `${ORGANISATION.name} — prise en charge ${data.reference}`,
  });
}
