// @portail/shared-design/section: what a section's pages are made of (the section element and
// its page router, loaders, lists and tables), a bundle with its own import-map entry so
// that the login page does not download it. It uses the core (`@portail/shared-design`, external:
// one copy per page) and the core never imports it. Importing this module defines nothing:
// `./define.ts` (the bundle the import map serves) re-exports it and registers these elements.
export {
  type DocumentLoader,
  type DocumentOpener,
  PaDocumentList,
  PaDocumentListPage,
} from './document-list.js';
export { HomeBlockElement, homeBlockStyles, renderHomeSkeleton } from './home-block.js';
export { LoadController } from './load-controller.js';
export * from './pa-data-table.js';
export * from './pa-document-table.js';
export { type PagerOptions, type PageWindow, renderPager } from './pager.js';
export { PaPlaceholderPage } from './placeholder-page.js';
export { type PageModule, SectionElement } from './section-element.js';
export { type QueryRouter, UrlQueryController, type UrlQueryOptions } from './url-query-controller.js';
