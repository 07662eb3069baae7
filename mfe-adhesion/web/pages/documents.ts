import { msg } from '@lit/localize';
import type { DocumentList } from '@portail/kernel/contract';
import { api, markDocumentRead } from '@portail/runtime';
import type { DocumentLoader, DocumentOpener } from '@portail/shared-design/section';
import { html } from 'lit';
import {
  ADHESION_DOCUMENT_LISTS,
  type ADHESION_PAGES,
  type AdhesionDocumentList,
} from '../../contract/index.js';

type AdhesionPage = (typeof ADHESION_PAGES)[number];

// Texts of the manual ("Mon adhésion" > Contrat, Formulaires, Documents clés), in the page's language.
function intros(list: AdhesionDocumentList): readonly string[] {
  const howTo = msg("Cliquer sur l'icône à droite de chaque ligne pour télécharger le document.");
  switch (list) {
    case 'contrat':
      return [
        msg(
          'Ce menu vous permet de consulter les documents contractuels liés à votre adhésion. Les documents non lus sont signalés par un liseré orange.',
        ),
        howTo,
      ];
    case 'formulaires':
      return [
        msg('Ce menu vous permet de télécharger les formulaires vierges liés à votre adhésion.'),
        howTo,
      ];
    default:
      return [
        msg(
          'Ce menu vous permet de consulter les documents clés liés à votre adhésion. Les documents non lus sont signalés par un liseré orange.',
        ),
        howTo,
      ];
  }
}

const LISTS = Object.keys(ADHESION_DOCUMENT_LISTS) as AdhesionDocumentList[];

/** `GET` route of a document list. */
export function documentListPath(list: AdhesionDocumentList): string {
  return `/api/adhesion/documents/${list}`;
}

// One loader per list, created once, so that a re-render does not fetch the list again.
const LOADERS = new Map<AdhesionDocumentList, DocumentLoader>(
  LISTS.map((list) => [list, async () => (await api<DocumentList>(documentListPath(list))).items]),
);

const openDocument: DocumentOpener = (document) => markDocumentRead(document.id);

/** The document list (B1, B2, B3) a page shows, from its document category. */
export function documentListOf(page: AdhesionPage): AdhesionDocumentList | undefined {
  const category = 'documentCategory' in page ? page.documentCategory : undefined;
  return LISTS.find((list) => ADHESION_DOCUMENT_LISTS[list] === category);
}

export function renderDocumentPage(page: AdhesionPage, list: AdhesionDocumentList) {
  return html`<pa-document-list-page .heading=${page.label} .loader=${LOADERS.get(list)} .onOpen=${openDocument}>
    ${intros(list).map((text) => html`<p slot="intro">${text}</p>`)}
  </pa-document-list-page>`;
}
