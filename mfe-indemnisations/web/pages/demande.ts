import type { DocumentList } from '@portail/kernel/contract';
import { api, markDocumentRead } from '@portail/runtime';
import type { DocumentLoader, DocumentOpener } from '@portail/shared-design';
import { html } from 'lit';

// 403 (problem+json, French detail) when the employer does not allow online claims (SPEC A6, C1).
const loadClaimForms: DocumentLoader = async () =>
  (await api<DocumentList>('/api/indemnisations/formulaires')).items;

const openDocument: DocumentOpener = (document) => markDocumentRead(document.id);

/** C1 Demande d'indemnisation: for now its third part, the blank PDF forms to download. */
export function renderDemandePage(heading: string) {
  return html`<pa-page .heading=${heading}>
    <p slot="intro">Ce menu vous permet de gérer les demandes d'indemnisation émises via les services en ligne.</p>
    <h2>Formulaires à télécharger</h2>
    <p>Cliquer sur l'icône à droite de chaque ligne pour télécharger le formulaire vierge.</p>
    <pa-document-list
      caption="Formulaires à télécharger"
      caption-hidden
      .showEmployer=${false}
      .loader=${loadClaimForms}
      .onOpen=${openDocument}
    ></pa-document-list>
  </pa-page>`;
}
