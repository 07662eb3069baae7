import { msg } from '@lit/localize';
import { renderFailure, sectionPageStyles, token } from '@portail/shared-design';
import { css, html, LitElement } from 'lit';
import { LoadController } from './load-controller.js';

/**
 * What a block of « Accueil » shows while it loads: grey lines where its content will be (the space
 * it reserves, so that blocks arriving one by one do not move the page), announced as « Chargement… ».
 */
export function renderHomeSkeleton(lines = 3) {
  return html`<div class="home-skeleton" role="status">
    <span class="visually-hidden">${msg('Chargement…')}</span>
    ${Array.from({ length: lines }, () => html`<span class="bar" aria-hidden="true"></span>`)}
  </div>`;
}

/** The skeleton's look, and the lists and amounts blocks share. */
export const homeBlockStyles = css`
  .home-skeleton {
    display: grid;
    gap: ${token['space-3']};
    padding-block: ${token['space-1']};
  }
  .home-skeleton .bar {
    display: block;
    height: 1rem;
    border-radius: ${token.radius};
    background: ${token['color-border']};
  }
  .home-skeleton .bar:nth-of-type(even) {
    width: 60%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .home-skeleton .bar {
      animation: pa-home-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes pa-home-pulse {
    50% {
      opacity: 0.45;
    }
  }
  .home-list {
    display: grid;
    gap: ${token['space-3']};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .home-list p {
    margin: 0;
  }
  .home-meta {
    color: ${token['color-text-muted']};
    font-size: ${token['font-size-sm']};
  }
  .home-amount {
    margin: 0;
    font-size: ${token['font-size-lg']};
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
`;

/**
 * A block of « Accueil » (a section manifest's `home.blocks`): the shell gives it its heading and
 * its link to the page it sums up; the block loads its own data when it connects and shows its
 * skeleton, then its content, or its failure with « Réessayer » — only in its own place.
 */
export abstract class HomeBlockElement<T> extends LitElement {
  static override styles = [sectionPageStyles, homeBlockStyles];

  /** The lines of the skeleton: about what the content takes. */
  protected skeletonLines = 3;

  /** Loaded again when the server tells of a change (SPEC P2). */
  protected readonly data = new LoadController<T>(this, () => this.load(), { live: true });

  /** The block's API call(s). */
  protected abstract load(): Promise<T>;

  protected abstract renderContent(value: T): unknown;

  override render() {
    const { status, value, failure } = this.data;
    if (status === 'ready') return this.renderContent(value as T);
    if (status === 'error' && failure) return renderFailure(failure, () => this.data.load());
    return renderHomeSkeleton(this.skeletonLines);
  }
}
