import { msg, str } from '@lit/localize';
import { api } from '@portail/runtime';
import { formatDate } from '@portail/shared-design';
import { LoadController, type TableColumn, type TableRow } from '@portail/shared-design/section';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  type HospitalGuarantee,
  type HospitalGuaranteeOverview,
  stayKindLabel,
} from '../../contract/index.js';
import { adhesionStyles } from '../styles.js';
import type { GuaranteeCreatedDetail } from './hospital-form.js';

const intro = () =>
  msg(
    "Obtenez immédiatement votre prise en charge hospitalière : remplissez le formulaire, le document est établi à l'instant et reste disponible dans l'historique.",
  );

function columns(): TableColumn[] {
  return [
    { key: 'issuedAt', label: msg("Date d'émission") },
    { key: 'beneficiary', label: msg('Bénéficiaire') },
    { key: 'establishment', label: msg('Établissement') },
    { key: 'admissionDate', label: msg('Admission') },
    { key: 'stayKind', label: msg('Type de séjour') },
    { key: 'document', label: msg('Document'), hiddenLabel: true },
  ];
}

function downloadLink(guarantee: HospitalGuarantee) {
  return html`<a href=${guarantee.downloadUrl} download
    >${msg(str`Télécharger la prise en charge ${guarantee.reference}`)}</a
  >`;
}

function row(guarantee: HospitalGuarantee): TableRow {
  return {
    id: guarantee.id,
    cells: {
      issuedAt: formatDate(guarantee.issuedAt),
      beneficiary: guarantee.beneficiary,
      establishment: guarantee.establishment,
      admissionDate: formatDate(guarantee.admissionDate),
      stayKind: stayKindLabel(guarantee.stayKind),
      document: downloadLink(guarantee),
    },
  };
}

/** B7 — the form, the guarantee just obtained, and the history of those already obtained. */
export class AdhHospitalPage extends LitElement {
  static override styles = adhesionStyles;

  @property() heading = msg('Prise en charge hospitalière');
  /** The guarantee the member has just obtained, offered for download at once. */
  @state() private obtained: HospitalGuarantee | null = null;
  @query('.obtained') private obtainedAlert?: HTMLElement;

  private readonly overview = new LoadController(this, () =>
    api<HospitalGuaranteeOverview>('/api/adhesion/prises-en-charge'),
  );

  private async onCreated(event: CustomEvent<GuaranteeCreatedDetail>): Promise<void> {
    const { guarantee } = event.detail;
    const overview = this.overview.value;
    if (overview) this.overview.set({ ...overview, items: [guarantee, ...overview.items] });
    this.obtained = guarantee;
    await this.updateComplete;
    this.obtainedAlert?.focus();
  }

  private renderOverview({ beneficiaries, items }: HospitalGuaranteeOverview) {
    const obtained = this.obtained;
    return html`<adh-hospital-form
        .beneficiaries=${beneficiaries}
        @adh-guarantee-created=${this.onCreated}
      ></adh-hospital-form>
      ${
        obtained
          ? html`<pa-alert class="obtained" variant="success" tabindex="-1">
              <p>${msg('Votre prise en charge est prête : téléchargez-la ci-dessous.')}</p>
              <p>${downloadLink(obtained)}</p>
            </pa-alert>`
          : nothing
      }
      <h2>${msg('Prises en charge obtenues')}</h2>
      <pa-data-table
        caption=${msg('Prises en charge obtenues')}
        caption-hidden
        empty-text=${msg('Aucune prise en charge obtenue pour le moment')}
        .columns=${columns()}
        .rows=${items.map(row)}
      ></pa-data-table>`;
  }

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">${intro()}</p>
      ${this.overview.render((overview) => this.renderOverview(overview))}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'adh-hospital-page': AdhHospitalPage;
  }
}
