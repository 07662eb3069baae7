import { msg } from '@lit/localize';
import type { CguDocument, SessionInfo } from '@portail/kernel/contract';
import { api, setSession } from '@portail/runtime';
import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { pageStyles } from './page-styles.js';

/** A3 — the CGU to accept ("Valider") before anything else, at first login or after a new version. */
export class PortailCguGatePage extends LitElement {
  static override styles = pageStyles;

  @state() private cgu: CguDocument | null = null;
  @state() private error = '';
  @state() private busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    api<CguDocument>('/api/cgu/current').then(
      (cgu) => {
        this.cgu = cgu;
      },
      (error: Error) => {
        this.error = error.message;
      },
    );
  }

  override render() {
    return html`<pa-page heading=${msg("Conditions générales d'utilisation")}>
      <p slot="intro">
        ${msg(
          "Pour accéder à vos services en ligne, prenez connaissance des conditions générales d'utilisation puis validez-les en cliquant sur « Valider » en bas de page.",
        )}
      </p>
      ${this.cgu ? html`<portail-cgu-text .document=${this.cgu}></portail-cgu-text>` : nothing}
      ${this.error ? html`<pa-alert variant="error">${this.error}</pa-alert>` : nothing}
      ${
        this.cgu
          ? html`<pa-button variant="primary" ?busy=${this.busy} @click=${this.accept}>${msg('Valider')}</pa-button>`
          : nothing
      }
      ${!this.cgu && !this.error ? html`<p role="status">${msg('Chargement des conditions générales…')}</p>` : nothing}
    </pa-page>`;
  }

  private async accept(): Promise<void> {
    if (!this.cgu || this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      setSession(
        await api<SessionInfo>('/api/cgu/accept', { method: 'POST', body: { version: this.cgu.version } }),
      );
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = false;
    }
  }
}
