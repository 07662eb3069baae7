import { msg, str } from '@lit/localize';
import { localized } from '@portail/kernel/contract/i18n';

import type { WidgetConsent, WidgetConsentList } from '@portail/kernel/contract/widgets';
import { ApiError, api } from '@portail/runtime';
import { formatDateTime, sectionPageStyles, token } from '@portail/shared-design';

import type { PaConfirmDialog } from '@portail/shared-design/forms';
import { LoadController } from '@portail/shared-design/section';

import '@portail/shared-design/forms';
import { css, html, LitElement, nothing } from 'lit';

import { property, query, state } from 'lit/decorators.js';

/** In French (the catalog has its English): shown through `localized`. */
export const NO_INTRANET =
  "Aucun intranet n'est autorisé : quand le site de votre employeur vous propose de vous connecter, le portail vous demande votre accord.";

/**
 * W2 — « Intranets autorisés »: the sites of employers the member allowed to show their information
 * (asked in the popup the first time), each with when, by which employer it is registered, and
 * « Retirer l'autorisation » (after a confirmation): the site's access ends at once.
 */
export class CptIntranetsPage extends LitElement {
  static override styles = [
    sectionPageStyles,
    css`
      .intranets {
        display: grid;
        gap: ${token['space-3']};
        max-width: 48rem;
        margin: ${token['space-4']} 0;
        padding: 0;
        list-style: none;
      }
      .intranet {
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
      .intranet h2 {
        margin: 0 0 ${token['space-1']};
        font-size: 1.05rem;
        overflow-wrap: anywhere;
      }
      .intranet p {
        margin: 0;
      }
    `,
  ];

  @property() heading = msg('Intranets autorisés');
  @state() private notice: { variant: 'success' | 'error'; text: string } | null = null;
  @query('pa-confirm-dialog') private dialog!: PaConfirmDialog;
  private withdrawing = '';

  private readonly consents = new LoadController(this, () =>
    api<WidgetConsentList>('/api/widgets/autorisations'),
  );

  private async withdraw(consent: WidgetConsent): Promise<void> {
    this.withdrawing = consent.origin;
    this.requestUpdate();
    await this.updateComplete;
    if (!(await this.dialog.ask())) return;
    this.notice = null;
    const { origin } = consent;
    try {
      await api(`/api/widgets/autorisations/${encodeURIComponent(origin)}`, { method: 'DELETE' });
      this.notice = {
        variant: 'success',
        text: msg(str`L'autorisation de ${origin} est retirée : ce site n'affiche plus vos informations.`),
      };
      await this.consents.load();
    } catch (error) {
      this.notice = {
        variant: 'error',
        text: error instanceof ApiError ? error.message : msg("L'autorisation n'a pas pu être retirée."),
      };
    }
  }

  private renderList({ items, purposes }: WidgetConsentList) {
    if (items.length === 0) return html`<pa-empty-state text=${localized(NO_INTRANET)}></pa-empty-state>`;
    return html`<p>${msg(str`Ces sites peuvent afficher ${purposes}.`)}</p>
      <ul class="intranets">
        ${items.map(
          (consent) => html`<li class="intranet">
            <div>
              <h2>${consent.origin}</h2>
              <p>
                ${msg(str`Autorisé le ${formatDateTime(consent.grantedAt)}`)}${
                  consent.employers.length ? html` — ${consent.employers.join(', ')}` : nothing
                }
              </p>
            </div>
            <pa-button variant="secondary" @click=${() => this.withdraw(consent)}
              >${msg("Retirer l'autorisation")}<span class="visually-hidden"> ${msg(str`de ${consent.origin}`)}</span></pa-button
            >
          </li>`,
        )}
      </ul>`;
  }

  override render() {
    const withdrawing = this.withdrawing;
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">${msg("Les sites de votre employeur où vous avez accepté d'afficher vos informations du portail.")}</p>
      ${this.notice ? html`<pa-alert variant=${this.notice.variant}><p>${this.notice.text}</p></pa-alert>` : nothing}
      ${this.consents.render((list) => this.renderList(list))}
      <pa-confirm-dialog
        heading=${msg("Retirer l'autorisation")}
        message=${msg(str`Retirer l'autorisation de ${withdrawing} ? Ce site n'affichera plus vos informations.`)}
        confirm-label=${msg('Retirer')}
      ></pa-confirm-dialog>
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cpt-intranets-page': CptIntranetsPage;
  }
}
