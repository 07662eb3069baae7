import { msg } from '@lit/localize';
import { api } from '@portail/runtime';
import { formatDate } from '@portail/shared-design';
import { LoadController, type TableColumn, type TableRow } from '@portail/shared-design/section';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Affiliation, AffiliationList } from '../../contract/index.js';
import { adhesionStyles } from '../styles.js';

const intro = () =>
  msg("Téléchargez votre certificat d'affiliation : il est établi immédiatement, sans validation préalable.");

function columns(): TableColumn[] {
  return [
    { key: 'contract', label: msg('Contrat'), rowHeader: true },
    { key: 'employer', label: msg('Employeur') },
    { key: 'number', label: msg("N° d'adhésion") },
    { key: 'since', label: msg('Depuis le') },
    { key: 'certificate', label: msg('Certificat'), hiddenLabel: true },
  ];
}

function row(affiliation: Affiliation): TableRow {
  return {
    id: affiliation.membershipId,
    cells: {
      contract: affiliation.contractLabel,
      employer: affiliation.employer ?? '—',
      number: affiliation.membershipNumber,
      since: formatDate(affiliation.startDate),
      // A plain link: the server generates the PDF at the click and sends it as an attachment.
      certificate: html`<a href=${affiliation.certificateUrl} download
        >${msg('Télécharger le certificat')}<span class="visually-hidden"> – ${affiliation.contractLabel}</span></a
      >`,
    },
  };
}

/** B5 — one certificate per membership, generated at the click. */
export class AdhCertificatePage extends LitElement {
  static override styles = adhesionStyles;

  @property() heading = msg("Certificat d'affiliation");
  private readonly affiliations = new LoadController(this, () =>
    api<AffiliationList>('/api/adhesion/affiliations'),
  );

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">${intro()}</p>
      ${this.affiliations.render(
        ({ items }) => html`<pa-data-table
          caption=${msg('Vos affiliations')}
          caption-hidden
          empty-text=${msg('Aucune affiliation pour le moment')}
          .columns=${columns()}
          .rows=${items.map(row)}
        ></pa-data-table>`,
      )}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'adh-certificate-page': AdhCertificatePage;
  }
}
