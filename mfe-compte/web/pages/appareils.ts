import { msg, str } from '@lit/localize';
import { localized } from '@portail/kernel/contract/i18n';

import type { TrustedDevice, TrustedDeviceList } from '@portail/kernel/contract/second-factor';
import { ApiError, api } from '@portail/runtime';
import { formatDateTime, sectionPageStyles, token } from '@portail/shared-design';

import type { PaConfirmDialog } from '@portail/shared-design/forms';
import { LoadController } from '@portail/shared-design/section';

import '@portail/shared-design/forms';
import { css, html, LitElement, nothing } from 'lit';

import { property, query, state } from 'lit/decorators.js';

/** In French (the catalog has its English): shown through `localized`. */
export const NO_DEVICE =
  'Aucun appareil de confiance : cochez « Se souvenir de cet appareil » quand le portail vous demande le code reçu par e-mail ou SMS, et il ne vous sera plus demandé sur cet appareil pendant 90 jours.';

/**
 * P8 — « Appareils de confiance »: the browsers where the member ticked « Se souvenir de cet
 * appareil » at the code step (browser and system from their user agent, when added, when last used,
 * this one marked), each with « Retirer » (after a confirmation): that browser asks for the code again
 * at its next login. A password change or reset removes them all.
 */
export class CptAppareilsPage extends LitElement {
  static override styles = [
    sectionPageStyles,
    css`
      .devices {
        display: grid;
        gap: ${token['space-3']};
        max-width: 48rem;
        margin: ${token['space-4']} 0;
        padding: 0;
        list-style: none;
      }
      .device {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: ${token['space-2']};
        padding: ${token['space-4']};
        border: 1px solid ${token['color-border']};
        border-radius: ${token.radius};
        background: ${token['color-surface']};
      }
      .device h2 {
        margin: 0 0 ${token['space-1']};
        font-size: 1.05rem;
      }
      .device p {
        margin: 0;
      }
    `,
  ];

  @property() heading = msg('Appareils de confiance');
  @state() private notice: { variant: 'success' | 'error'; text: string } | null = null;
  @query('pa-confirm-dialog') private dialog!: PaConfirmDialog;
  private removing = '';

  private readonly devices = new LoadController(this, () => api<TrustedDeviceList>('/api/auth/appareils'));

  private async removeDevice(device: TrustedDevice): Promise<void> {
    this.removing = device.label;
    this.requestUpdate();
    await this.updateComplete;
    if (!(await this.dialog.ask())) return;
    this.notice = null;
    const { label } = device;
    try {
      await api(`/api/auth/appareils/${encodeURIComponent(device.id)}`, { method: 'DELETE' });
      this.notice = {
        variant: 'success',
        text: msg(
          str`L'appareil « ${label} » est retiré : le code vous sera demandé à la prochaine connexion depuis cet appareil.`,
        ),
      };
      await this.devices.load();
    } catch (error) {
      this.notice = {
        variant: 'error',
        text: error instanceof ApiError ? error.message : msg("L'appareil n'a pas pu être retiré."),
      };
    }
  }

  private renderList({ devices }: TrustedDeviceList) {
    if (devices.length === 0) return html`<pa-empty-state text=${localized(NO_DEVICE)}></pa-empty-state>`;
    return html`<ul class="devices">
      ${devices.map((device) => {
        const { label } = device;
        const added = formatDateTime(device.addedAt);
        const used = formatDateTime(device.lastUsedAt);
        return html`<li class="device">
          <div>
            <h2>${label}${device.current ? ` ${msg('(cet appareil)')}` : nothing}</h2>
            <p>${msg(str`Ajouté le ${added} — dernière utilisation le ${used}`)}</p>
          </div>
          <pa-button variant="secondary" @click=${() => this.removeDevice(device)}
            >${msg('Retirer')}<span class="visually-hidden"> ${msg(str`l'appareil ${label} ajouté le ${added}`)}</span></pa-button
          >
        </li>`;
      })}
    </ul>`;
  }

  override render() {
    const removing = this.removing;
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">
        ${msg('Sur ces appareils, le code de vérification ne vous est pas demandé à la connexion, pendant 90 jours après leur ajout. Un changement de mot de passe les retire tous.')}
      </p>
      ${this.notice ? html`<pa-alert variant=${this.notice.variant}><p>${this.notice.text}</p></pa-alert>` : nothing}
      ${this.devices.render((list) => this.renderList(list))}
      <pa-confirm-dialog
        heading=${msg("Retirer l'appareil")}
        message=${msg(str`Retirer « ${removing} » de vos appareils de confiance ? Le code vous sera demandé à la prochaine connexion depuis cet appareil.`)}
        confirm-label=${msg('Retirer')}
      ></pa-confirm-dialog>
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cpt-appareils-page': CptAppareilsPage;
  }
}
