import { api } from '@portail/runtime';
import { sectionPageStyles, token } from '@portail/shared-design';
import { LoadController } from '@portail/shared-design/section';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { TAX_CERTIFICATES_API, type TaxCertificateList } from '../../contract/index.js';
import { TAX_CERTIFICATES_TEXT, taxCertificateColumns, taxCertificateRow } from '../tax-certificate-rows.js';

/**
 * P4 « Attestations fiscales », on Historique des indemnisations: each past year in which the
 * member was paid indemnities, its number of payments and net taxable total, and its PDF to
 * download; « Aucune attestation fiscale… » when there is none.
 */
export class IndTaxCertificates extends LitElement {
  static override styles = [
    sectionPageStyles,
    css`
      :host {
        display: block;
        margin-block-start: ${token['space-6']};
      }
      h2 {
        margin: 0 0 ${token['space-2']};
      }
      p {
        margin: 0 0 ${token['space-3']};
      }
    `,
  ];

  @property() heading = TAX_CERTIFICATES_TEXT.heading;

  private readonly list = new LoadController(this, () => api<TaxCertificateList>(TAX_CERTIFICATES_API));

  override render() {
    return html`<section aria-labelledby="tax-certificates">
      <h2 id="tax-certificates">${this.heading}</h2>
      <p>${TAX_CERTIFICATES_TEXT.intro}</p>
      <div aria-busy=${this.list.status === 'loading' ? 'true' : 'false'}>
        ${this.list.render(
          ({ items }) => html`<pa-data-table
            caption=${this.heading}
            caption-hidden
            empty-text=${TAX_CERTIFICATES_TEXT.empty}
            .columns=${taxCertificateColumns()}
            .rows=${items.map((item) => taxCertificateRow(item))}
          ></pa-data-table>`,
        )}
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ind-tax-certificates': IndTaxCertificates;
  }
}
