import { msg } from '@lit/localize';
import { html, LitElement } from 'lit';
import { pageStyles } from './page-styles.js';

const BROWSERS = ['Google Chrome', 'Microsoft Edge', 'Mozilla Firefox', 'Apple Safari'];

/** A4/E5 — the browsers the portal supports. */
export class PortailBrowsersPage extends LitElement {
  static override styles = pageStyles;

  override render() {
    return html`<pa-page heading=${msg('Navigateurs compatibles')}>
      <p>${msg('Les services en ligne fonctionnent avec les deux dernières versions majeures des navigateurs suivants :')}</p>
      <ul>
        ${BROWSERS.map((name) => html`<li>${name}</li>`)}
      </ul>
      <p>${msg('JavaScript et les cookies doivent être activés. Pensez à mettre votre navigateur à jour régulièrement.')}</p>
    </pa-page>`;
  }
}
