import { api } from '@portail/runtime';
import { formatDate, formatEuros } from '@portail/shared-design';
import { HomeBlockElement } from '@portail/shared-design/section';
import { html, nothing } from 'lit';
import { careDatesText, type HealthPaymentPage, PAYMENT_METHODS } from '../../contract/index.js';
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
    if (!payment) return html`<pa-empty-state text="Aucun remboursement pour le moment"></pa-empty-state>`;
    const date = formatDate(payment.paidOn);
    const dates = careDatesText(payment.careFrom, payment.careTo);
    const care = dates
      ? `Soins ${dates.startsWith('du ') ? dates : `du ${dates}`}${payment.care.length ? ` : ${payment.care.join(', ')}` : ''}`
      : payment.care.join(', ');
    return html`<p class="home-amount">${formatEuros(payment.amountCents)}</p>
      <p>Remboursement du <time datetime=${payment.paidOn}>${date}</time> par ${PAYMENT_METHODS[payment.method] ?? payment.method}</p>
      ${care ? html`<p class="home-meta">${care}</p>` : nothing}
      ${
        payment.beneficiaries.length
          ? html`<p class="home-meta">Pour ${payment.beneficiaries.join(', ')}</p>`
          : nothing
      }
      <p>
        <a href=${paymentPath(payment.id)}
          >Voir le détail<span class="visually-hidden"> du remboursement du ${date}</span></a
        >
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'san-home-latest-reimbursement': SanHomeLatestReimbursement;
  }
}
