import { msg, str } from '@lit/localize';
import { api } from '@portail/runtime';
import { formatDate, formatEuros } from '@portail/shared-design';
import { HomeBlockElement } from '@portail/shared-design/section';
import { html, nothing } from 'lit';
import { type HealthPaymentPage, PAYMENT_METHODS } from '../../contract/index.js';
import { PAYMENTS_API, paymentPath } from '../routes.js';

/**
 * « Accueil » — the member's last health reimbursement (G1's newest): its amount, the care it paid
 * and for whom, when and how it was paid, and a link to its detail.
 */
export class SanHomeLatestReimbursement extends HomeBlockElement<HealthPaymentPage> {
  protected override load(): Promise<HealthPaymentPage> {
    return api<HealthPaymentPage>(PAYMENTS_API);
  }

  protected override renderContent({ items }: HealthPaymentPage) {
    const payment = items[0];
    if (!payment)
      return html`<pa-empty-state text=${msg('Aucun remboursement pour le moment')}></pa-empty-state>`;
    const date = formatDate(payment.paidOn);
    const { careFrom: from, careTo: to } = payment;
    const when =
      from && to
        ? from === to
          ? msg(str`Soins du ${formatDate(from)}`)
          : msg(str`Soins du ${formatDate(from)} au ${formatDate(to)}`)
        : '';
    const cares = payment.care.join(', ');
    const care = when && cares ? msg(str`${when} : ${cares}`) : when || cares;
    const method = PAYMENT_METHODS[payment.method] ?? payment.method;
    return html`<p class="home-amount">${formatEuros(payment.amountCents)}</p>
      <p>${msg('Remboursement du')} <time datetime=${payment.paidOn}>${date}</time> ${msg(str`par ${method}`)}</p>
      ${care ? html`<p class="home-meta">${care}</p>` : nothing}
      ${
        payment.beneficiaries.length
          ? html`<p class="home-meta">${msg(str`Pour ${payment.beneficiaries.join(', ')}`)}</p>`
          : nothing
      }
      <p>
        <a href=${paymentPath(payment.id)}
          >${msg('Voir le détail')}<span class="visually-hidden"> ${msg(str`du remboursement du ${date}`)}</span></a
        >
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'san-home-latest-reimbursement': SanHomeLatestReimbursement;
  }
}
