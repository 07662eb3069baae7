import { msg, str } from '@lit/localize';
import { api } from '@portail/runtime';
import { formatDate, formatEuros, sectionPageStyles, token } from '@portail/shared-design';
import { LoadController } from '@portail/shared-design/section';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { IndemnityPaymentDetail } from '../../contract/index.js';

function days(count: number): string {
  return count > 1 ? msg(str`${count} jours`) : msg(str`${count} jour`);
}

/**
 * C6 — the detail behind the amount of a payment (its `detailUrl`), loaded once shown: gross
 * amount, each deduction (shown as subtracted), net amount, the event and the period paid, the days
 * at full and half pay, and the daily allowance.
 */
export class IndIndemnityDetail extends LitElement {
  static override styles = [
    sectionPageStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: minmax(0, max-content) auto;
        gap: ${token['space-1']} ${token['space-4']};
        margin: 0;
        max-width: 36rem;
      }
      dl > div {
        display: contents;
      }
      dt {
        font-weight: 400;
      }
      dd {
        margin: 0;
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .net dt,
      .net dd {
        padding-block: ${token['space-1']};
        border-block: 1px solid ${token['color-border']};
        font-weight: 700;
      }
      .loading {
        margin: 0;
      }
    `,
  ];

  /** `IndemnityPayment.detailUrl`. */
  @property() url = '';

  private readonly detail = new LoadController(this, () => api<IndemnityPaymentDetail>(this.url));

  private renderDetail(detail: IndemnityPaymentDetail) {
    const money = (cents: number) => html`<span class="amount">${formatEuros(cents)}</span>`;
    return html`<dl>
      <div><dt>${msg('Montant brut')}</dt><dd>${money(detail.grossCents)}</dd></div>
      ${detail.deductions.map(
        (deduction) => html`<div class="deduction">
          <dt>${deduction.label}</dt>
          <dd>${money(-Math.abs(deduction.amountCents))}</dd>
        </div>`,
      )}
      <div class="net"><dt>${msg('Montant net')}</dt><dd>${money(detail.netCents)}</dd></div>
      <div><dt>${msg("Date de l'évènement")}</dt><dd>${formatDate(detail.eventDate)}</dd></div>
      <div>
        <dt>${msg('Période')}</dt>
        <dd>${msg(str`du ${formatDate(detail.periodStart)} au ${formatDate(detail.periodEnd)}`)}</dd>
      </div>
      <div><dt>${msg('Jours à plein traitement')}</dt><dd>${days(detail.fullPayDays)}</dd></div>
      <div><dt>${msg('Jours à demi-traitement')}</dt><dd>${days(detail.halfPayDays)}</dd></div>
      <div><dt>${msg('Indemnité journalière')}</dt><dd>${money(detail.dailyAmountCents)}</dd></div>
    </dl>`;
  }

  override render() {
    return html`<div aria-busy=${this.detail.status === 'loading' ? 'true' : 'false'}>
      ${this.detail.render((detail) => this.renderDetail(detail))}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ind-indemnity-detail': IndIndemnityDetail;
  }
}
