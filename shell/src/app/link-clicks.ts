import { navigate } from '@portail/runtime';

/**
 * Turns a click on a same-origin link (in any shadow root below) into a navigation without reload.
 * Leaves alone: modified clicks, other targets, downloads, API files, same-page anchors.
 */
export function followLinkWithoutReload(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event
    .composedPath()
    .find((node) => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute('download')) return;
  if (anchor.target && anchor.target !== '_self') return;
  const url = new URL(anchor.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
  if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
}
