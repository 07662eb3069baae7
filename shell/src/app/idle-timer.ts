import { lastApiRequestAt } from '@portail/runtime';

/**
 * Calls `onIdle` once no API call has been made for `timeoutSeconds` (A8: the server then holds the
 * session for expired). Returns the function that stops watching.
 */
export function watchIdle(timeoutSeconds: number, onIdle: () => void): () => void {
  const timeoutMs = timeoutSeconds * 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    const left = timeoutMs - (Date.now() - lastApiRequestAt());
    if (left > 0) timer = setTimeout(tick, left + 1000);
    else onIdle();
  };
  timer = setTimeout(tick, timeoutMs + 1000);
  return () => clearTimeout(timer);
}
