export {
  type DocumentLoader,
  type DocumentOpener,
  PaDocumentList,
  PaDocumentListPage,
} from './document-list.js';
export { PaPlaceholderPage } from './placeholder-page.js';
export { type RoutablePage, resolvePage, type SectionRouter } from './route.js';
export { SectionElement } from './section-element.js';
