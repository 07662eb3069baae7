import { msg, str } from '@lit/localize';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { pageStyles } from './page-styles.js';

export function sectionUnavailable(label: string): string {
  return msg(
    str`La rubrique « ${label} » est momentanément indisponible. Réessayez plus tard ; le reste du portail reste accessible.`,
  );
}

/** Shown in place of a section that failed to load or to start, or when the portal cannot start. */
export class PortailUnavailablePage extends LitElement {
  static override styles = pageStyles;

  @property() heading = '';
  @property() message = '';

  override render() {
    return html`<pa-page heading=${this.heading}>
      <pa-alert variant="error">
        <p>${this.message}</p>
        <pa-button variant="secondary" @click=${() => location.reload()}>${msg('Réessayer')}</pa-button>
      </pa-alert>
    </pa-page>`;
  }
}
