// @portail/mfe-indemnisations/gestion — this section's part of the back office (SPEC H5): the
// back office shows `ind-gestion-paiements` at /gestion/paiements and passes it its API caller.
import { define, token } from '@portail/shared-design';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PayeeFile } from '../../contract/index.js';
import type { PayeeFoundDetail } from './payee-lookup.js';
import { defaultCall, type GestionCall, gestionStyles } from './shared.js';
import './indemnity-payment-form.js';
import './payee-lookup.js';
import './reimbursement-form.js';

export { INDEMNITY_NATURES, IndIndemnityPaymentForm } from './indemnity-payment-form.js';
export { alertsText, IndPayeeLookup, PAYEE_NOT_FOUND, type PayeeFoundDetail } from './payee-lookup.js';
export { IndReimbursementForm } from './reimbursement-form.js';
export {
  centsFromEuros,
  defaultCall,
  GESTION_API,
  GESTION_MESSAGES,
  type GestionCall,
  recordedText,
} from './shared.js';

export type PaymentKind = 'indemnite' | 'remboursement';

export const PAYMENT_KINDS: Record<PaymentKind, { label: string; membershipKind: 'prevoyance' | 'sante' }> = {
  indemnite: { label: 'Indemnité prévoyance', membershipKind: 'prevoyance' },
  remboursement: { label: 'Remboursement santé', membershipKind: 'sante' },
};

/** The kinds of payment a member can receive: prévoyance ones with a prévoyance membership, santé with santé. */
export function paymentKindsOf(payee: PayeeFile): PaymentKind[] {
  return (Object.keys(PAYMENT_KINDS) as PaymentKind[]).filter((kind) =>
    payee.memberships.some((m) => m.kind === PAYMENT_KINDS[kind].membershipKind),
  );
}

/**
 * H5 — "Enregistrer un paiement": find the member by identifier, choose "Indemnité prévoyance" or
 * "Remboursement santé" (those their memberships allow), fill the form and record it; the member is
 * alerted by e-mail and/or SMS as they asked, and sees the payment in their history at once.
 */
export class IndGestionPaiements extends LitElement {
  static override styles = [
    gestionStyles,
    css`
      .kind {
        margin-block: ${token['space-4']};
      }
    `,
  ];

  /** The back office's API caller (manager session, CSRF); the runtime's `api` by default. */
  @property({ attribute: false }) call: GestionCall = defaultCall;
  @property() heading = 'Enregistrer un paiement';
  @state() private payee: PayeeFile | null = null;
  @state() private kind: PaymentKind | '' = '';

  private onPayee(event: CustomEvent<PayeeFoundDetail>): void {
    this.payee = event.detail.payee;
    const kinds = this.payee ? paymentKindsOf(this.payee) : [];
    this.kind = kinds.length === 1 ? kinds[0]! : '';
  }

  private renderKinds(payee: PayeeFile) {
    const kinds = paymentKindsOf(payee);
    if (kinds.length === 0) {
      return html`<pa-alert variant="info"
        ><p>Cet adhérent n'a aucune adhésion : aucun paiement ne peut lui être enregistré.</p></pa-alert
      >`;
    }
    return html`<fieldset class="choice kind">
      <legend>Type de paiement</legend>
      <div class="options">
        ${kinds.map(
          (kind) => html`<label class="option"
            ><input
              type="radio"
              name="kind"
              .value=${kind}
              .checked=${this.kind === kind}
              @change=${() => {
                this.kind = kind;
              }}
            />${PAYMENT_KINDS[kind].label}</label
          >`,
        )}
      </div>
    </fieldset>`;
  }

  private renderForm(payee: PayeeFile) {
    if (this.kind === 'indemnite') {
      return html`<h2>Indemnité prévoyance</h2>
        <ind-indemnity-payment-form .call=${this.call} .payee=${payee}></ind-indemnity-payment-form>`;
    }
    if (this.kind === 'remboursement') {
      return html`<h2>Remboursement santé</h2>
        <ind-reimbursement-form .call=${this.call} .payee=${payee}></ind-reimbursement-form>`;
    }
    return nothing;
  }

  override render() {
    const payee = this.payee;
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">
        Le paiement apparaît aussitôt dans l'historique de l'adhérent, qui en est alerté par e-mail et/ou par
        SMS selon ses préférences.
      </p>
      <ind-payee-lookup .call=${this.call} @ind-payee-found=${this.onPayee}></ind-payee-lookup>
      ${payee ? html`${this.renderKinds(payee)}${this.renderForm(payee)}` : nothing}
    </pa-page>`;
  }
}

define('ind-gestion-paiements', IndGestionPaiements);

declare global {
  interface HTMLElementTagNameMap {
    'ind-gestion-paiements': IndGestionPaiements;
  }
}
