import { navigate } from '@portail/runtime';

/**
 * A plain left click on a link to another page of the portal navigates without reload (as the
 * shell does for every link, so the section works the same on its own); a modified click (new
 * tab, new window) keeps the browser's behaviour.
 */
export function followLink(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event.currentTarget;
  if (!(anchor instanceof HTMLAnchorElement)) return;
  event.preventDefault();
  const url = new URL(anchor.href);
  navigate(url.pathname + url.search);
}
