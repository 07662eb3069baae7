import { currentLocale, localized } from '@portail/kernel/contract/i18n';
import {
  ApiError,
  CSRF_HEADER,
  IDEMPOTENCY_HEADER,
  newIdempotencyKey,
  noteApiRequest,
  onAuthFailure,
  problemFrom,
  serviceUnavailable,
} from './api.js';

import { getSession } from './session-store.js';

export interface UploadOptions {
  /** Share of the body sent so far, from 0 to 1; called with 1 once it is all sent. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /**
   * The key of the member's sending (`Idempotency-Key`): the same when they send it again after a
   * failure that may have reached the server, so that it is recorded once. A new one by default.
   */
  idempotencyKey?: string;
}

function abortError(): DOMException {
  return new DOMException('The upload was aborted.', 'AbortError');
}

/**
 * POSTs a multipart form to the portal API and reports how much of it is sent. XMLHttpRequest,
 * because fetch tells nothing of an upload's progress. Otherwise as `api`: CSRF header, JSON
 * answer (undefined for 204), ApiError from the problem+json on a non-2xx answer (with the same
 * session-expired and CGU handling), ApiError status 0 when the server cannot be reached, and an
 * AbortError DOMException when `signal` aborts.
 */
export function uploadForm<T>(path: string, form: FormData, options: UploadOptions = {}): Promise<T> {
  const { onProgress, signal } = options;
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', currentLocale());
    const csrfToken = getSession()?.csrfToken;
    if (csrfToken) xhr.setRequestHeader(CSRF_HEADER, csrfToken);
    xhr.setRequestHeader(IDEMPOTENCY_HEADER, options.idempotencyKey ?? newIdempotencyKey());

    // Reported fractions only grow, and 1 is reported once.
    let reported = -1;
    const report = (fraction: number) => {
      if (fraction <= reported) return;
      reported = fraction;
      onProgress?.(fraction);
    };
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) report(Math.min(event.loaded / event.total, 1));
    };
    xhr.upload.onload = () => report(1);

    const abort = () => xhr.abort();
    signal?.addEventListener('abort', abort, { once: true });
    const settle = (outcome: () => void) => {
      signal?.removeEventListener('abort', abort);
      outcome();
    };
    xhr.onabort = () => settle(() => reject(abortError()));
    xhr.onerror = () =>
      settle(() =>
        reject(
          new ApiError({
            type: 'about:blank',
            title: localized('Réseau'),
            status: 0,
            detail: serviceUnavailable(),
          }),
        ),
      );
    xhr.onload = () =>
      settle(() => {
        const contentType = xhr.getResponseHeader('Content-Type');
        if (xhr.status < 200 || xhr.status > 299) {
          const error = new ApiError(problemFrom(xhr.status, xhr.statusText, contentType, xhr.responseText));
          onAuthFailure(path, error);
          reject(error);
          return;
        }
        report(1);
        if (xhr.status === 204 || xhr.responseText === '') resolve(undefined as T);
        else if (!/json/.test(contentType ?? '')) resolve(xhr.responseText as T);
        else {
          try {
            resolve(JSON.parse(xhr.responseText) as T);
          } catch (cause) {
            reject(cause);
          }
        }
      });

    noteApiRequest();
    xhr.send(form);
  });
}
