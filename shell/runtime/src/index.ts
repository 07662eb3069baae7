export {
  ApiError,
  type ApiInit,
  api,
  CSRF_HEADER,
  lastApiRequestAt,
  SERVICE_UNAVAILABLE,
  serviceUnavailable,
} from './api.js';
export { markDocumentRead } from './documents.js';
export {
  emit,
  type LiveUpdateDetail,
  on,
  PORTAIL_EVENTS,
  type PortailEventDetails,
  type PortailEventName,
  type SessionExpiredDetail,
} from './events.js';
export { currentPath, followLink, navigate, onRouteChange } from './navigation.js';
export { type RequestOptions, requestJson, withBase } from './request-json.js';
export { createSectionLifecycles, type SectionLifecycles, type SectionProps } from './section-lifecycles.js';
export { sectionMessages } from './section-messages.js';
export { getSession, loadSession, setSession } from './session.js';
export { type UploadOptions, uploadForm } from './upload.js';
export {
  connectWidget,
  forgetWidgetToken,
  isCrossOrigin,
  onWidgetToken,
  portalOrigin,
  WIDGET_NOT_CONNECTED,
  WIDGET_POPUP_BLOCKED,
  WIDGET_POPUP_CLOSED,
  WIDGET_REFUSED_CODE,
  widgetPortal,
  widgetToken,
} from './widget-auth.js';
export { widgetDownload, widgetRequest, widgetRuntime } from './widget-request.js';
