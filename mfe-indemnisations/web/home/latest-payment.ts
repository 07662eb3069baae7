import { msg, str } from '@lit/localize';
import { api } from '@portail/runtime';
import { formatDate, formatEuros } from '@portail/shared-design';
import { HomeBlockElement } from '@portail/shared-design/section';
import { html } from 'lit';
import { type IndemnityPaymentPage, PAYMENT_METHODS } from '../../contract/index.js';
import { indemnityTitle } from '../pages/indemnity-title.js';
import { INDEMNITIES_API } from '../routes.js';

/**
 * « Accueil » — the member's last indemnity payment (C6's newest, by date of payment): its net
 * amount, what it paid for, when and how it was issued.
 */
export class IndHomeLatestPayment extends HomeBlockElement<IndemnityPaymentPage> {
  protected override load(): Promise<IndemnityPaymentPage> {
    return api<IndemnityPaymentPage>(INDEMNITIES_API);
  }

  protected override renderContent({ items }: IndemnityPaymentPage) {
    const payment = items[0];
    if (!payment) return html`<pa-empty-state text=${msg('Aucun paiement pour le moment')}></pa-empty-state>`;
    return html`<p class="home-amount">${formatEuros(payment.netCents)}</p>
      <p>${indemnityTitle(payment)}</p>
      <p class="home-meta">
        ${msg('Émis le')} <time datetime=${payment.paidOn}>${formatDate(payment.paidOn)}</time>
        ${msg(str`par ${PAYMENT_METHODS[payment.method] ?? payment.method}`)}
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ind-home-latest-payment': IndHomeLatestPayment;
  }
}
