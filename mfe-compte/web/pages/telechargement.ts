import { msg, str } from '@lit/localize';
import {
  DATA_EXPORT_API,
  DATA_EXPORT_RETENTION_DAYS,
  type DataExportAnswer,
  type DataExportStatus,
} from '@portail/kernel/contract/data-export';
import { localized } from '@portail/kernel/contract/i18n';

import { ApiError, api } from '@portail/runtime';
import { formatDate, formatDateTime, formatFileSize, sectionPageStyles, token } from '@portail/shared-design';

import { LoadController } from '@portail/shared-design/section';

import { css, html, LitElement, nothing } from 'lit';

import { property, state } from 'lit/decorators.js';

/** In French (the catalog has its English): shown through `localized`. */
export const RGPD_INTRO =
  'Le Règlement général sur la protection des données (RGPD) vous donne le droit d’obtenir une copie de toutes les données que le portail conserve à votre sujet (article 15, droit d’accès) et de les récupérer dans un format réutilisable (article 20, droit à la portabilité) : une archive ZIP de fichiers JSON et de vos documents.';

/** While an archive is being prepared, its state is read again this often (ms). */
export const POLL_MS = 3000;

/**
 * P3 « Télécharger mes données »: « Préparer mon archive » asks the server for the archive, prepared
 * in the background (« En préparation », read again every few seconds; an e-mail says when it is
 * ready), then « Prête — disponible jusqu'au JJ/MM/AAAA » with its download link, then « Expirée »
 * after 7 days. One archive at a time: a second request while one is prepared is told so.
 */
export class CptTelechargementPage extends LitElement {
  static override styles = [
    sectionPageStyles,
    css`
      .archive {
        max-width: 48rem;
        margin: ${token['space-4']} 0;
        padding: ${token['space-4']};
        border: 1px solid ${token['color-border']};
        border-radius: ${token.radius};
        background: ${token['color-surface']};
      }
      .archive h2 {
        margin: 0 0 ${token['space-2']};
        font-size: 1.1rem;
      }
      .archive p {
        margin: 0 0 ${token['space-3']};
      }
      .download {
        font-weight: 600;
      }
    `,
  ];

  @property() heading = msg('Télécharger mes données');
  @state() private notice: { variant: 'info' | 'error'; text: string } | null = null;
  @state() private asking = false;
  private poll: ReturnType<typeof setTimeout> | undefined;

  private readonly archive = new LoadController(this, () => api<DataExportAnswer>(DATA_EXPORT_API));

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.poll);
  }

  protected override updated(): void {
    clearTimeout(this.poll);
    if (this.archive.status === 'ready' && this.archive.value?.archive?.state === 'pending') {
      this.poll = setTimeout(() => void this.refresh(), POLL_MS);
    }
  }

  /** Reads the state again without the loading placeholder (the page stays as it is meanwhile). */
  private async refresh(): Promise<void> {
    try {
      this.archive.set(await api<DataExportAnswer>(DATA_EXPORT_API));
    } catch {
      this.poll = setTimeout(() => void this.refresh(), POLL_MS);
    }
  }

  private async prepare(): Promise<void> {
    if (this.asking) return;
    this.asking = true;
    this.notice = null;
    try {
      this.archive.set(await api<DataExportAnswer>(DATA_EXPORT_API, { method: 'POST' }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        this.notice = { variant: 'info', text: error.message };
        await this.refresh();
      } else {
        this.notice = {
          variant: 'error',
          text:
            error instanceof ApiError
              ? error.message
              : msg('Votre demande n’a pas pu être envoyée. Réessayez.'),
        };
      }
    } finally {
      this.asking = false;
    }
  }

  private renderButton(label = msg('Préparer mon archive')) {
    return html`<pa-button ?busy=${this.asking} @click=${() => this.prepare()}>${label}</pa-button>`;
  }

  private renderState(archive: DataExportStatus | null) {
    if (!archive) {
      return html`<h2>${msg('Aucune archive demandée')}</h2>
        <p>${msg('La préparation prend quelques minutes ; vous recevrez un e-mail dès que l’archive sera prête.')}</p>
        ${this.renderButton()}`;
    }
    switch (archive.state) {
      case 'pending':
        return html`<h2>${msg('En préparation')}</h2>
          <p>
            ${msg(str`Demandée le ${formatDateTime(archive.requestedAt)}. Vous recevrez un e-mail dès qu’elle sera prête ; vous pouvez quitter cette page.`)}
          </p>`;
      case 'ready':
        return html`<h2>${msg(str`Prête — disponible jusqu'au ${formatDate(archive.expiresAt ?? archive.requestedAt)}`)}</h2>
          <p>
            <a class="download" href=${archive.downloadUrl ?? DATA_EXPORT_API} download
              >${
                archive.sizeBytes
                  ? msg(str`Télécharger mon archive (ZIP, ${formatFileSize(archive.sizeBytes)})`)
                  : msg('Télécharger mon archive (ZIP)')
              }</a
            >
          </p>
          <p>${msg(str`Préparée le ${formatDateTime(archive.readyAt ?? archive.requestedAt)}. Elle sera ensuite supprimée.`)}</p>
          ${this.renderButton(msg('Préparer une nouvelle archive'))}`;
      case 'expired':
        return html`<h2>${msg('Expirée')}</h2>
          <p>
            ${msg(str`Votre archive du ${formatDate(archive.requestedAt)} a été supprimée : une archive reste disponible ${DATA_EXPORT_RETENTION_DAYS} jours. Vous pouvez en préparer une nouvelle.`)}
          </p>
          ${this.renderButton()}`;
      default:
        return html`<h2>${msg('La préparation a échoué')}</h2>
          <p>${msg('Votre archive n’a pas pu être préparée. Vous pouvez la demander de nouveau.')}</p>
          ${this.renderButton()}`;
    }
  }

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">${localized(RGPD_INTRO)}</p>
      ${this.notice ? html`<pa-alert variant=${this.notice.variant}><p>${this.notice.text}</p></pa-alert>` : nothing}
      ${this.archive.render(
        ({ archive }) =>
          html`<section class="archive" aria-live="polite">${this.renderState(archive)}</section>`,
      )}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cpt-telechargement-page': CptTelechargementPage;
  }
}
