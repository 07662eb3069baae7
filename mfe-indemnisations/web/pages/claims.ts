import { msg, str } from '@lit/localize';
import type { DocumentList } from '@portail/kernel/contract/documents';
import { ORGANISATION } from '@portail/kernel/contract/organisation';
import { estimateText } from '@portail/kernel/contract/processing';
import { UPLOAD_FIELD } from '@portail/kernel/contract/uploads';
import { ApiError, api, followLink, markDocumentRead, navigate, uploadForm } from '@portail/runtime';
import {
  describeFailure,
  formatDate,
  formatDateTime,
  sectionPageStyles,
  token,
} from '@portail/shared-design';
import {
  clearFileError,
  filesReady,
  type PaConfirmDialog,
  type PaFileField,
  UploadController,
} from '@portail/shared-design/forms';
import {
  type DocumentLoader,
  type DocumentOpener,
  LoadController,
  type TableColumn,
  type TableRow,
} from '@portail/shared-design/section';
import { css, html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type {
  ClaimDraftSummary,
  ClaimFormSummary,
  ClaimOverview,
  SendingConfirmation,
} from '../../contract/prevoyance.js';
import { CLAIMS_API, claimPath, HISTORY_PATH, newClaimPath } from '../routes.js';

const TRANSMISSION_API = '/api/indemnisations/formulaires/transmission';

const loadBlankForms: DocumentLoader = async () =>
  (await api<DocumentList>('/api/indemnisations/formulaires')).items;

const openDocument: DocumentOpener = (document) => markDocumentRead(document.id);

/**
 * What C1 shows of the online claims: the forms and drafts, or, where the employer does not take
 * online claims (A6, the API's 403 `feature-disabled`), why — the blank paper form stays.
 */
type OnlineClaims = { open: true; overview: ClaimOverview } | { open: false; reason: string };

async function loadOnlineClaims(): Promise<OnlineClaims> {
  try {
    return { open: true, overview: await api<ClaimOverview>(CLAIMS_API) };
  } catch (error) {
    if (error instanceof ApiError && error.status === 403 && error.problem.code === 'feature-disabled') {
      return { open: false, reason: error.message };
    }
    throw error;
  }
}

const draftColumns = (): TableColumn[] => [
  { key: 'date', label: msg('Date'), rowHeader: true },
  { key: 'form', label: msg('Formulaire') },
  { key: 'actions', label: msg('Actions'), hiddenLabel: true },
];

/**
 * C1 Demande d'indemnisation, in three parts: the online forms, each with "Déclarer un sinistre"
 * (the form of a new claim, stored only once saved); the claims being written, if any (Date,
 * Formulaire, ✎ to go on, ✕ to delete after a question); the blank PDF forms to download, and the
 * upload of a completed or scanned one. Where the employer does not take online claims (A6): why,
 * what to do with the paper form, and the blank forms only.
 */
export class IndClaimsPage extends LitElement {
  static override styles = [
    sectionPageStyles,
    css`
      .forms {
        padding: 0;
        list-style: none;
      }
      .forms li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${token['space-2']} ${token['space-4']};
        padding-block: ${token['space-2']};
      }
      h3 {
        margin: ${token['space-5']} 0 ${token['space-2']};
        font-size: ${token['font-size-md']};
      }
    `,
  ];

  @property() heading = msg("Demande d'indemnisation");
  @state() private draftToDelete: ClaimDraftSummary | undefined;
  @state() private notice: { variant: 'success' | 'error'; text: string } | undefined;
  @state() private uploaded = false;
  /** P1: the estimated processing date of the form just transmitted. */
  @state() private uploadedEstimate: string | null = null;
  @state() private uploadError = '';
  @query('pa-confirm-dialog') private dialog!: PaConfirmDialog;
  @query('pa-file-field') private fileField!: PaFileField;

  private readonly online = new LoadController(this, loadOnlineClaims);
  private readonly upload = new UploadController(this, (data, options) =>
    uploadForm<SendingConfirmation>(TRANSMISSION_API, data, options),
  );

  private async showNotice(variant: 'success' | 'error', text: string): Promise<void> {
    this.notice = { variant, text };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.notice')?.focus();
  }

  /** The form of a new claim: nothing is stored until the member saves or sends it. */
  private declare(form: ClaimFormSummary): void {
    navigate(newClaimPath(form.code));
  }

  private async deleteDraft(draft: ClaimDraftSummary): Promise<void> {
    this.draftToDelete = draft;
    await this.updateComplete;
    if (!(await this.dialog.ask())) return;
    const date = formatDate(draft.updatedAt);
    try {
      await api<void>(`${CLAIMS_API}/${encodeURIComponent(draft.id)}`, { method: 'DELETE' });
      const online = this.online.value;
      if (online?.open) {
        const drafts = online.overview.drafts.filter((d) => d.id !== draft.id);
        this.online.set({ open: true, overview: { ...online.overview, drafts } });
      }
      await this.showNotice('success', msg(str`La demande du ${date} a été supprimée.`));
    } catch (error) {
      await this.showNotice('error', describeFailure(error).message);
    }
  }

  private async transmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.upload.busy) return;
    const files = this.fileField;
    this.uploaded = false;
    this.uploadError = '';
    files.error = '';
    if (!(await filesReady(files))) return;
    const data = new FormData();
    for (const file of files.files) data.append(UPLOAD_FIELD, file);
    const outcome = await this.upload.send(data);
    if (outcome.kind === 'sent') {
      files.clear();
      this.uploaded = true;
      this.uploadedEstimate = outcome.value.estimatedAt;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.uploaded')?.focus();
    } else if (outcome.kind === 'refused') {
      // The detail in the alert only: the file field keeps no message of the server's.
      this.uploadError = outcome.refusal.message;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.upload-error')?.focus();
    }
  }

  private draftRow(draft: ClaimDraftSummary): TableRow {
    // Date and time: two drafts of one day stay apart (Date column of the manual, to the minute).
    const date = formatDateTime(draft.updatedAt);
    const which = ` ${msg(str`la demande du ${date} (${draft.formTitle})`)}`;
    return {
      id: draft.id,
      cells: {
        date,
        form: draft.formTitle,
        actions: html`<a href=${claimPath(draft.id)} @click=${followLink}
            ><span aria-hidden="true">✎ </span>${msg('Poursuivre')}<span class="visually-hidden">${which}</span></a
          >
          <pa-button variant="link" @click=${() => this.deleteDraft(draft)}
            ><span aria-hidden="true">✕ </span>${msg('Supprimer')}<span class="visually-hidden">${which}</span></pa-button
          >`,
      },
    };
  }

  private renderOnlineForms(forms: ClaimFormSummary[]) {
    return html`<h2>${msg("Formulaire(s) en ligne de demande d'indemnisation")}</h2>
      ${
        forms.length === 0
          ? html`<p>${msg("Aucun formulaire en ligne n'est proposé pour votre contrat.")}</p>`
          : html`<p>
                ${msg("Cliquer sur « Déclarer un sinistre » pour commencer la rédaction d'une demande d'indemnisation en ligne.")}
              </p>
              <ul class="forms">
                ${forms.map(
                  (form) => html`<li>
                    <span>${form.title}</span>
                    <pa-button @click=${() => this.declare(form)}
                      >${msg('Déclarer un sinistre')}<span class="visually-hidden"> : ${form.title}</span></pa-button
                    >
                  </li>`,
                )}
              </ul>`
      }`;
  }

  private renderDrafts(drafts: ClaimDraftSummary[]) {
    if (drafts.length === 0) return nothing;
    return html`<h2>${msg("Demande(s) d'indemnisation en cours")}</h2>
      <p>
        ${msg("Cliquer sur ✎ pour poursuivre une demande d'indemnisation en cours de rédaction ou sur ✕ pour supprimer cette dernière.")}
      </p>
      <pa-data-table
        caption=${msg("Demande(s) d'indemnisation en cours")}
        caption-hidden
        .columns=${draftColumns()}
        .rows=${drafts.map((draft) => this.draftRow(draft))}
      ></pa-data-table>`;
  }

  private renderBlankForms() {
    return html`<h2>${msg("Formulaire(s) PDF de demande d'indemnisation")}</h2>
      <p>
        ${msg("Cliquer sur l'icône à droite de chaque ligne pour télécharger le formulaire vierge, à imprimer et compléter.")}
      </p>
      <pa-document-list
        caption=${msg("Formulaire(s) PDF de demande d'indemnisation")}
        caption-hidden
        .showEmployer=${false}
        .loader=${loadBlankForms}
        .onOpen=${openDocument}
      ></pa-document-list>`;
  }

  private renderPdfForms() {
    return html`${this.renderBlankForms()}
      <h3>${msg("Transmission d'un formulaire PDF complété ou d'un formulaire papier numérisé")}</h3>
      ${
        this.uploaded
          ? html`<pa-alert class="uploaded" variant="success" tabindex="-1">
              <p>${msg('Votre formulaire a bien été transmis.')}</p>
              ${this.uploadedEstimate ? html`<p class="estimate">${estimateText(this.uploadedEstimate)}</p>` : nothing}
              <p>
                ${msg('Vous le retrouverez dans «')}
                <a href=${HISTORY_PATH} @click=${followLink}>${msg('Historique des envois')}</a> ${msg('».')}
              </p>
            </pa-alert>`
          : nothing
      }
      ${
        this.uploadError
          ? html`<pa-alert class="upload-error" variant="error" tabindex="-1"><p>${this.uploadError}</p></pa-alert>`
          : nothing
      }
      <form novalidate @submit=${this.transmit}>
        <pa-file-field
          required
          label=${msg('Formulaire complété (PDF) ou numérisé')}
          add-label=${msg('Choisir un fichier')}
          @change=${clearFileError}
        ></pa-file-field>
        ${this.upload.renderProgress()}
        <pa-button type="submit" ?busy=${this.upload.busy}>${msg('Envoyer')}</pa-button>
      </form>`;
  }

  /** A6: online claims closed by the employer; the paper form, and what to do with it. */
  private renderClosed(reason: string) {
    return html`<pa-alert variant="info">
        <p>${reason}</p>
        <p>
          ${msg(
            str`Téléchargez le formulaire ci-dessous, complétez-le et renvoyez-le par courrier, avec la copie de votre arrêt de travail, à ${ORGANISATION.name}, ${ORGANISATION.address}.`,
          )}
        </p>
      </pa-alert>
      ${this.renderBlankForms()}`;
  }

  private renderOverview(overview: ClaimOverview) {
    const notice = this.notice;
    return html`${
      notice
        ? html`<pa-alert class="notice" variant=${notice.variant} tabindex="-1"><p>${notice.text}</p></pa-alert>`
        : nothing
    }
      ${this.renderOnlineForms(overview.forms)} ${this.renderDrafts(overview.drafts)} ${this.renderPdfForms()}
      ${this.renderDialog()}`;
  }

  private renderDialog() {
    const draft = this.draftToDelete;
    return html`<pa-confirm-dialog
      heading=${msg("Suppression d'une demande d'indemnisation")}
      confirm-label=${msg('Supprimer')}
    >
      <p>
        ${msg(
          str`Voulez-vous supprimer la demande d'indemnisation du ${draft ? formatDate(draft.updatedAt) : ''} (${draft?.formTitle ?? ''}) ? Elle ne pourra pas être récupérée.`,
        )}
      </p>
    </pa-confirm-dialog>`;
  }

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">
        ${msg("Ce menu vous permet de gérer les demandes d'indemnisation émises via les services en ligne.")}
      </p>
      ${this.online.render((online) => (online.open ? this.renderOverview(online.overview) : this.renderClosed(online.reason)))}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ind-claims-page': IndClaimsPage;
  }
}
