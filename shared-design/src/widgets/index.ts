// @portail/shared-design/widgets: what the sections' intranet widgets share (SPEC W2): the
// connection to the portal through its popup and the "latest items" widget. Built into the widget
// base only (scripts/build-web.mjs): the portal's own pages never load it. Importing this module
// defines nothing: `./define.ts` (the bundle the widget base serves) re-exports it and loads the
// section kit, which registers the tables its widgets show.
export {
  LATEST_COUNT,
  type LatestItemsOptions,
  LatestItemsWidget,
  type WidgetRuntime,
} from './latest-items-widget.js';
export {
  WIDGET_CONNECTING,
  WidgetConnection,
  type WidgetConnectionOptions,
  type WidgetPortal,
  widgetStyles,
} from './widget-connection.js';
