import { currentLocale, localized } from '@portail/kernel/contract/i18n';
import { ApiError, serviceUnavailable } from './api.js';

import { problemOf, requestJson, withBase } from './request-json.js';

import {
  forgetWidgetToken,
  isCrossOrigin,
  portalOrigin,
  WIDGET_NOT_CONNECTED,
  widgetError,
  widgetPortal,
  widgetToken,
} from './widget-auth.js';

const ACCEPT_JSON = 'application/json, application/problem+json';

/**
 * A widget's GET to the portal at `base` from another origin: the member's bearer token, CORS
 * without credentials. No token yet → 401 at once, without a call (the widget offers « Se
 * connecter »); a 401 from the API forgets the token.
 */
async function bearerFetch(base: string, url: string, accept: string): Promise<Response> {
  const token = widgetToken(base);
  if (!token) throw widgetError(401, localized(WIDGET_NOT_CONNECTED), 'widget-login');
  // The token goes to its portal only.
  if (new URL(url, location.href).origin !== portalOrigin(base)) throw widgetError(400, serviceUnavailable());
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: accept, 'Accept-Language': currentLocale(), Authorization: `Bearer ${token.token}` },
      credentials: 'omit',
      mode: 'cors',
    });
  } catch {
    throw new ApiError({
      type: 'about:blank',
      title: localized('Réseau'),
      status: 0,
      detail: serviceUnavailable(),
    });
  }
  if (response.status === 401) forgetWidgetToken(base);
  if (!response.ok) throw new ApiError(await problemOf(response));
  return response;
}

/**
 * JSON from the portal API for an embeddable widget: from another origin with the member's bearer
 * token (SPEC W2), from the portal's own origin with its session cookie (as `requestJson`).
 */
export async function widgetRequest<T>(base: string, path: string): Promise<T> {
  if (!isCrossOrigin(base)) return requestJson<T>(base, path);
  return (await (await bearerFetch(base, withBase(base, path), ACCEPT_JSON)).json()) as T;
}

/**
 * Downloads a document (`href`, on the portal at `base`) for a widget on another origin: a link
 * cannot send the bearer token, so the file is fetched with it and saved from an object URL.
 */
export async function widgetDownload(base: string, href: string, fileName: string): Promise<void> {
  const blob = await (await bearerFetch(base, href, '*/*')).blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** What shared-design's widget frames need of the runtime (their `runtime` option). */
export const widgetRuntime = { widgetPortal, widgetRequest, withBase };
