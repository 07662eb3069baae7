import { msg, str } from '@lit/localize';
import { widgetPortal, widgetRequest, withBase } from '@portail/runtime';
import { formatDate, sectionPageStyles, token } from '@portail/shared-design';
import type { TableColumn, TableRow } from '@portail/shared-design/section';
import { WidgetConnection, widgetStyles } from '@portail/shared-design/widgets';
import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { ClaimDraftSummary, ClaimOverview } from '../../contract/index.js';
import { CLAIMS_API, CLAIMS_PATH, claimPath, newClaimPath } from '../routes.js';

const draftColumns = (): TableColumn[] => [
  { key: 'date', label: msg('Date'), rowHeader: true },
  { key: 'form', label: msg('Formulaire') },
  { key: 'action', label: msg('Action'), hiddenLabel: true },
];

const newWindow = () =>
  html`<span class="visually-hidden"> ${msg('sur le Portail Adhérent (nouvelle fenêtre)')}</span>`;

/**
 * W2 — C1 inside an employer's intranet: the online claim forms the member's contract offers and
 * the claims being written, from the portal at `api-base` (« Se connecter » until the member
 * connected, shared WidgetConnection; the employer's refusal, A6, as the API says it). A widget
 * only reads: « Déclarer un sinistre » (the form of a new claim, stored only once the member saves
 * it there) and « Poursuivre » open the portal in a new tab.
 *   <ind-declarer-sinistre api-base="https://portail.example"></ind-declarer-sinistre>
 */
export class IndDeclarerSinistre extends LitElement {
  static override styles = [
    sectionPageStyles,
    widgetStyles,
    css`
      h3 {
        margin: ${token['space-4']} 0 ${token['space-2']};
        font-size: ${token['font-size-md']};
      }
    `,
  ];

  @property({ attribute: 'api-base' }) apiBase = '';
  /** Heading level is h2: the widget sits in a page of the intranet, under its h1. */
  @property() heading = msg('Déclarer un sinistre');

  private readonly connection = new WidgetConnection(this, {
    portal: () => widgetPortal(this.apiBase),
    load: () => widgetRequest<ClaimOverview>(this.apiBase, CLAIMS_API),
    purpose: msg("déclarer un sinistre et suivre vos demandes d'indemnisation"),
  });

  private draftRow(draft: ClaimDraftSummary): TableRow {
    const date = formatDate(draft.updatedAt);
    return {
      id: draft.id,
      cells: {
        date,
        form: draft.formTitle,
        action: html`<a href=${withBase(this.apiBase, claimPath(draft.id))} target="_blank"
          >${msg('Poursuivre')}<span class="visually-hidden"
            > ${msg(str`la demande du ${date} sur le Portail Adhérent (nouvelle fenêtre)`)}</span
          ></a
        >`,
      },
    };
  }

  private renderOverview({ forms, drafts }: ClaimOverview) {
    return html`${
      forms.length === 0
        ? html`<p>${msg("Aucun formulaire en ligne n'est proposé pour votre contrat.")}</p>`
        : html`<p>${msg("Formulaire(s) en ligne de demande d'indemnisation :")}</p>
            <ul>
              ${forms.map(
                (form) => html`<li>
                  <a href=${withBase(this.apiBase, newClaimPath(form.code))} target="_blank"
                    >${msg(str`Déclarer un sinistre : ${form.title}`)}${newWindow()}</a
                  >
                </li>`,
              )}
            </ul>`
    }
      <p class="all">
        <a href=${withBase(this.apiBase, CLAIMS_PATH)} target="_blank"
          >${msg("Toutes mes demandes d'indemnisation")}${newWindow()}</a
        >
      </p>
      ${
        drafts.length === 0
          ? nothing
          : html`<h3>${msg("Demande(s) d'indemnisation en cours")}</h3>
              <pa-data-table
                caption=${msg("Demande(s) d'indemnisation en cours")}
                caption-hidden
                .columns=${draftColumns()}
                .rows=${drafts.map((draft) => this.draftRow(draft))}
              ></pa-data-table>`
      }`;
  }

  override render() {
    return this.connection.renderSection(this.heading, (overview) => this.renderOverview(overview));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ind-declarer-sinistre': IndDeclarerSinistre;
  }
}
