import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';

/** One page of a paginated list, as the APIs answer it (`page` counts from 1). */
export interface PageWindow {
  page: number;
  pageSize: number;
  total: number;
}

export interface PagerOptions {
  /** What the navigation is called for assistive technologies, e.g. « Pagination des règlements ». */
  label: string;
  /** Shows page `target` (the list's query in the URL changes; the list loads it). */
  go(target: number): void;
}

/**
 * The pager under a list (« Page précédente », « Page n sur m », « Page suivante »), styled by
 * `listStyles`; nothing when everything fits on one page. A page past the last (an old link)
 * counts as the last one, so « Page précédente » still leads back.
 */
export function renderPager({ page, pageSize, total }: PageWindow, { label, go }: PagerOptions) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return nothing;
  const current = Math.min(Math.max(page, 1), pages);
  return html`<nav class="pager" aria-label=${label}>
    <pa-button variant="secondary" ?disabled=${current <= 1} @click=${() => go(current - 1)}
      >${msg('Page précédente')}</pa-button
    >
    <p>${msg(str`Page ${current} sur ${pages}`)}</p>
    <pa-button variant="secondary" ?disabled=${current >= pages} @click=${() => go(current + 1)}
      >${msg('Page suivante')}</pa-button
    >
  </nav>`;
}
