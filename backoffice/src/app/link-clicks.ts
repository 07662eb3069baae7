import { GESTION_PATH } from '@portail/kernel/contract/gestion';
import { navigate } from '@portail/runtime';

/**
 * Turns a plain click on a link to another back-office page (in any shadow root below) into a
 * navigation without reload. Leaves alone: modified clicks, new tabs, downloads, API files (the
 * attachments), links out of the back office.
 */
export function followGestionLink(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event
    .composedPath()
    .find((node) => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute('download')) return;
  if (anchor.target && anchor.target !== '_self') return;
  const url = new URL(anchor.href);
  if (url.origin !== location.origin) return;
  if (url.pathname !== GESTION_PATH && !url.pathname.startsWith(`${GESTION_PATH}/`)) return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
}
