import { msg, str } from '@lit/localize';
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

/**
 * G2: a statement listing the payments of its period, each with its acts, and the total paid; in the
 * language being written in (the caller runs it in the member's: SPEC P6).
 */
export function statementPdf(data: StatementData): Promise<Uint8Array> {
  const total = data.payments.reduce((sum, p) => sum + p.amountCents, 0);
  return renderTextPdf({
    title: `${STATEMENT_KINDS[data.kind]} — ${data.reference}`,
    subtitle: `${ORGANISATION.name} — ${msg(str`du ${frenchDate(data.periodStart)} au ${frenchDate(data.periodEnd)}`)}`,
    sections: [
      {
        paragraphs: [
          msg(str`Adhérent : ${data.memberName} — adhésion n° ${data.membershipNumber}`),
          msg(str`Émis le ${frenchDate(data.issuedOn)}.`),
        ],
      },
      ...data.payments.map((payment) => {
        const date = frenchDate(payment.paidOn);
        const amount = eurosFromCents(payment.amountCents);
        const method = PAYMENT_METHODS[payment.method].toLowerCase();
        return {
          heading: payment.ibanMasked
            ? msg(str`Règlement du ${date} : ${amount} par ${method} sur ${payment.ibanMasked}`)
            : msg(str`Règlement du ${date} : ${amount} par ${method}`),
          paragraphs: payment.acts.map((act) =>
            msg(
              str`${frenchDate(act.actDate)} — ${act.beneficiary} — ${act.label} : frais réels ${eurosFromCents(act.realCostCents)}, base ${eurosFromCents(act.baseCents)}, Sécurité sociale ${eurosFromCents(act.socialSecurityCents)}, part de l'organisme ${eurosFromCents(act.organisationCents)}, reste à charge ${eurosFromCents(act.remainingCents)}.`,
            ),
          ),
        };
      }),
      {
        heading: msg(str`Total réglé : ${eurosFromCents(total)}`),
        paragraphs: [msg(str`${data.payments.length} règlement(s) sur la période.`)],
      },
    ],
    footer: `${ORGANISATION.name} — ${data.reference}`,
  });
}
