import { frenchDate, renderTextPdf } from '@portail/kernel';
import { ORGANISATION } from '@portail/kernel/contract';
import {
  type HealthAct,
  PAYMENT_METHODS,
  type PaymentMethod,
  STATEMENT_KINDS,
  type StatementKind,
} from '../contract/index.js';
import { eurosFromCents } from './money.js';

export interface StatementData {
  kind: StatementKind;
  reference: string;
  memberName: string;
  membershipNumber: string;
  periodStart: string;
  periodEnd: string;
  issuedOn: string;
  payments: {
    paidOn: string;
    amountCents: number;
    method: PaymentMethod;
    ibanMasked: string | null;
    acts: HealthAct[];
  }[];
}

/** G2: a statement listing the payments of its period, each with its acts, and the total paid. */
export function statementPdf(data: StatementData): Promise<Uint8Array> {
  const total = data.payments.reduce((sum, p) => sum + p.amountCents, 0);
  return renderTextPdf({
    title: `${STATEMENT_KINDS[data.kind]} — ${data.reference}`,
    subtitle: `${ORGANISATION.name} — du ${frenchDate(data.periodStart)} au ${frenchDate(data.periodEnd)}`,
    sections: [
      {
        paragraphs: [
          `Adhérent : ${data.memberName} — adhésion n° ${data.membershipNumber}`,
          `Émis le ${frenchDate(data.issuedOn)}.`,
        ],
      },
      ...data.payments.map((payment) => ({
        heading: `Règlement du ${frenchDate(payment.paidOn)} : ${eurosFromCents(payment.amountCents)} par ${PAYMENT_METHODS[payment.method].toLowerCase()}${payment.ibanMasked ? ` sur ${payment.ibanMasked}` : ''}`,
        paragraphs: payment.acts.map(
          (act) =>
            `${frenchDate(act.actDate)} — ${act.beneficiary} — ${act.label} : frais réels ${eurosFromCents(act.realCostCents)}, base ${eurosFromCents(act.baseCents)}, Sécurité sociale ${eurosFromCents(act.socialSecurityCents)}, part de l'organisme ${eurosFromCents(act.organisationCents)}, reste à charge ${eurosFromCents(act.remainingCents)}.`,
        ),
      })),
      {
        heading: `Total réglé : ${eurosFromCents(total)}`,
        paragraphs: [`${data.payments.length} règlement(s) sur la période.`],
      },
    ],
    footer: `${ORGANISATION.name} — ${data.reference}`,
  });
}
