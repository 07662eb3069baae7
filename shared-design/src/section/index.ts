export {
  type DocumentLoader,
  type DocumentOpener,
  PaDocumentList,
  PaDocumentListPage,
} from './document-list.js';
export { HomeBlockElement, homeBlockStyles, renderHomeSkeleton } from './home-block.js';
export {
  LATEST_COUNT,
  type LatestItemsOptions,
  LatestItemsWidget,
  type WidgetRuntime,
} from './latest-items-widget.js';
export { listStyles } from './list-styles.js';
export {
  describeFailure,
  LOADING,
  LoadController,
  type LoadFailure,
  renderFailure,
} from './load-controller.js';
export { MANDATORY_NOTE, sectionPageStyles } from './page-styles.js';
export { type PagerOptions, type PageWindow, renderPager } from './pager.js';
export { PaPlaceholderPage } from './placeholder-page.js';
export { type RoutablePage, resolvePage, type SectionRouter, subPathOf } from './route.js';
export { type PageModule, SectionElement } from './section-element.js';
export { type QueryRouter, UrlQueryController, type UrlQueryOptions } from './url-query-controller.js';
export {
  WIDGET_CONNECTING,
  WidgetConnection,
  type WidgetConnectionOptions,
  type WidgetPortal,
  widgetStyles,
} from './widget-connection.js';
