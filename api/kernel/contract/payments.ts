/**
 * Payments to members, as every section that pays them shows them, and SPEC H5's frame for
 * recording one in the back office: the payee's file, found by identifier, and the answer to a
 * recorded payment. Each section posts its own kind under `/api/gestion/<section>`. Pure:
 * browser-safe.
 */
import { msg } from '@lit/localize';
import type { ContractKind } from './pages.js';

/** How a payment was made, as the member reads it, in the language being written in (SPEC P6). */
/** How a payment is made (the labels are getters: in the language being written in). */
export type PaymentMethod = 'virement' | 'cheque';

export const PAYMENT_METHODS: Record<PaymentMethod, string> = {
  get virement() {
    return msg('Virement');
  },
  get cheque() {
    return msg('Chèque');
  },
};

/**
 * The French messages of H5's checks, the same whether the back office's form finds the fault or
 * the server does (`paymentInputs` and each section's schema). The managers' (French-speaking staff).
 */
export const PAYMENT_MESSAGES = {
  required: 'Ce champ est obligatoire.', // i18n-ignore
  amount: 'Montant invalide : saisissez un montant en euros, par exemple 1 234,56.', // i18n-ignore
  negative: 'Le montant doit être positif ou nul.', // i18n-ignore
  days: 'Nombre de jours invalide : saisissez un nombre entier positif ou nul.', // i18n-ignore
  periodEnd: 'La fin de période doit être postérieure ou égale à son début.', // i18n-ignore
  net: 'Le net à payer ne peut pas être négatif : les retenues dépassent le montant brut.', // i18n-ignore
  method: 'Choisissez le mode de règlement.', // i18n-ignore
  invalid: 'Certains champs sont manquants ou incorrects : ils sont signalés en rouge.', // i18n-ignore
} as const;

/** What is paid once the deductions are taken off the gross amount (negative: refused, `net`). */
export function netCents(grossCents: number, deductions: readonly { amountCents: number }[]): number {
  return grossCents - deductions.reduce((sum, deduction) => sum + deduction.amountCents, 0);
}

/** `GET /api/gestion/adherents/:identifier`: whom a payment is for. */
export interface PayeeFile {
  memberId: string;
  identifier: string;
  name: string;
  memberships: {
    id: string;
    contract: string;
    kind: ContractKind;
    employer: string | null;
    number: string;
  }[];
  beneficiaries: { id: string; name: string; relationship: string }[];
  /** How the member asked to be alerted of payments (D3). */
  alerts: { email: boolean; sms: boolean };
}

/** The payment is in the member's history at once; the alerts left through the outbox. */
export interface RecordedPayment {
  id: string;
  netCents: number;
  alerted: { email: boolean; sms: boolean };
}
