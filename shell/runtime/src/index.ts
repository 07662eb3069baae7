export { ApiError, type ApiInit, api, CSRF_HEADER, lastApiRequestAt, SERVICE_UNAVAILABLE } from './api.js';
export { markDocumentRead } from './documents.js';
export {
  emit,
  on,
  PORTAIL_EVENTS,
  type PortailEventDetails,
  type PortailEventName,
  type SessionExpiredDetail,
} from './events.js';
export { currentPath, navigate, onRouteChange } from './navigation.js';
export { type RequestOptions, requestJson, withBase } from './request-json.js';
export { createSectionLifecycles, type SectionLifecycles, type SectionProps } from './section-lifecycles.js';
export { getSession, loadSession, setSession } from './session.js';
export { type UploadOptions, uploadForm } from './upload.js';
