import type { DocumentList } from '@portail/kernel/contract';
import { ApiError, requestJson, withBase } from '@portail/runtime';
import { type DocumentLoader, define } from '@portail/shared-design';
import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { documentListPath } from '../pages/documents.js';
import { adhesionStyles } from '../styles.js';

/**
 * W2 — the member's key documents (B3) inside an employer's intranet, from the portal at
 * `api-base`, with the member's session cookie (credentials 'include'). Not logged in (401): a
 * "Se connecter" link to the portal instead of an error. The download route marks a document read.
 */
export class AdhDocumentsCles extends LitElement {
  static override styles = adhesionStyles;

  @property({ attribute: 'api-base' }) apiBase = '';
  @state() private loggedOut = false;
  @state() private loader: DocumentLoader | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase') || !this.loader) {
      const base = this.apiBase;
      this.loggedOut = false;
      this.loader = async () => {
        try {
          const list = await requestJson<DocumentList>(base, documentListPath('documents-cles'), {
            credentials: 'include',
          });
          return list.items.map((item) => ({ ...item, downloadUrl: withBase(base, item.downloadUrl) }));
        } catch (error) {
          if (error instanceof ApiError && error.status === 401) this.loggedOut = true;
          throw error;
        }
      };
    }
  }

  override render() {
    if (this.loggedOut) {
      return html`<p>Connectez-vous au Portail Adhérent pour consulter vos documents clés.</p>
        <p><a href=${withBase(this.apiBase, '/connexion')}>Se connecter</a></p>`;
    }
    return html`<pa-document-list caption="Documents clés" .loader=${this.loader}></pa-document-list>`;
  }
}

define('adh-documents-cles', AdhDocumentsCles);

declare global {
  interface HTMLElementTagNameMap {
    'adh-documents-cles': AdhDocumentsCles;
  }
}
