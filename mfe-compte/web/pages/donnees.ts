import { msg, str } from '@lit/localize';
import { localized } from '@portail/kernel/contract/i18n';

import { api } from '@portail/runtime';
import { formatDate, sectionPageStyles, token } from '@portail/shared-design';

import { LoadController } from '@portail/shared-design/section';

import { css, html, LitElement, nothing } from 'lit';

import { property } from 'lit/decorators.js';

import { CONTRIBUTION_MODE_LABELS, FORM_ANCHORS, type PersonalData } from '../../contract/index.js';

import type { AlertsSavedDetail } from './alerts-form.js';
import type { ChangeCancelledDetail, ChangeSentDetail } from './change-form.js';
import {
  addressChange,
  bankChange,
  type ChangeConfig,
  contributionModeChange,
  emailChange,
} from './change-kinds.js';

import type { PhonesSavedDetail } from './phones-form.js';

export const PERSONAL_DATA_ENDPOINT = '/api/compte/donnees';
/** In French (the catalog has its English): shown through `localized`. */
export const NO_BANK_DETAILS = 'Aucune coordonnée bancaire enregistrée';

const intro = () =>
  msg(
    "Consultez et mettez à jour vos données personnelles, et choisissez comment être informé(e) du paiement de vos indemnités. Une modification d'adresse, d'e-mail, de coordonnées bancaires ou de mode de règlement demande un justificatif : elle est appliquée après validation par nos services.",
  );

/** A masked IBAN as heard: "IBAN commençant par FR76 et se terminant par 189". */
function spokenIban(masked: string): string {
  const compact = masked.replace(/\s+/g, '');
  const start = compact.slice(0, 4);
  const end = compact.slice(-3);
  return msg(str`IBAN commençant par ${start} et se terminant par ${end}`);
}

/** Waits until the Lit elements in `root`, and those in their shadow roots, have rendered. */
async function renderedWithin(root: ParentNode, depth = 3): Promise<void> {
  if (depth === 0) return;
  const elements = [...root.querySelectorAll('*')].filter(
    (el): el is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in el,
  );
  await Promise.all(elements.map((el) => el.updateComplete));
  await Promise.all(
    elements.map((el) => (el.shadowRoot ? renderedWithin(el.shadowRoot, depth - 1) : undefined)),
  );
}

/**
 * D1 Données personnelles — identity (read only), then one section per subject: the postal
 * address, the e-mail, the bank details and the contribution mode (individual contract only) are
 * changed with a justificatif and a manager's validation (D2, cpt-change-form); the phones (D1)
 * and the alert switches (D3) apply at once. Each changeable section has the id of FORM_ANCHORS:
 * with `#coordonnees-bancaires` in the address (a D5 notification's link), the page scrolls to
 * that section and focuses its title once loaded, and again when the hash changes.
 */
export class CptDonneesPage extends LitElement {
  static override styles = [
    sectionPageStyles,
    css`
      section {
        max-width: 40rem;
        padding-block-end: ${token['space-4']};
        border-block-end: 1px solid ${token['color-border']};
        scroll-margin-block-start: ${token['space-4']};
      }
      section:last-of-type {
        border-block-end: 0;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: ${token['space-1']} ${token['space-4']};
        margin: 0 0 ${token['space-3']};
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property() heading = msg('Données personnelles');

  private readonly data = new LoadController(this, () => api<PersonalData>(PERSONAL_DATA_ENDPOINT));
  /** Whether the hash of the address was looked at once the data was shown. */
  private anchored = false;
  private readonly onHashChange = () => void this.focusAnchor();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('popstate', this.onHashChange);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('popstate', this.onHashChange);
    super.disconnectedCallback();
  }

  protected override updated(): void {
    if (this.anchored || this.data.status !== 'ready') return;
    this.anchored = true;
    void this.focusAnchor();
  }

  /**
   * Scrolls to the section named by the hash (`#coordonnees-bancaires`) and focuses its title, once
   * the forms above it have rendered (before that, the section is not yet where it will be).
   */
  private async focusAnchor(): Promise<void> {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    const section = this.renderRoot.querySelector<HTMLElement>(`section#${CSS.escape(id)}`);
    if (!section) return;
    await renderedWithin(this.renderRoot);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    section.scrollIntoView({ block: 'start' });
    section.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }

  private onChangeSent(event: CustomEvent<ChangeSentDetail>): void {
    const value = this.data.value;
    const { change } = event.detail;
    if (value)
      this.data.set({ ...value, pending: [change, ...value.pending.filter((p) => p.kind !== change.kind)] });
  }

  private onChangeCancelled(event: CustomEvent<ChangeCancelledDetail>): void {
    const value = this.data.value;
    const { change } = event.detail;
    if (value)
      this.data.set({ ...value, pending: value.pending.filter((p) => p.requestId !== change.requestId) });
  }

  private onPhonesSaved(event: CustomEvent<PhonesSavedDetail>): void {
    this.data.set(event.detail.data);
  }

  private onAlertsSaved(event: CustomEvent<AlertsSavedDetail>): void {
    const value = this.data.value;
    if (value) this.data.set({ ...value, alerts: event.detail.alerts });
  }

  private section(id: string, title: string, content: unknown) {
    return html`<section id=${id} aria-labelledby="${id}-titre">
      <h2 id="${id}-titre" tabindex="-1">${title}</h2>
      ${content}
    </section>`;
  }

  private changeForm(data: PersonalData, config: ChangeConfig) {
    const pending = data.pending.find((p) => p.kind === config.kind);
    return html`<cpt-change-form
      .config=${config}
      .pending=${pending}
      @cpt-change-sent=${this.onChangeSent}
      @cpt-change-cancelled=${this.onChangeCancelled}
    ></cpt-change-form>`;
  }

  private renderData(data: PersonalData) {
    const { bank, contributionMode: mode } = data;
    return html`${this.section(
      'identite',
      msg('Identité'),
      html`<dl>
        <dt>${msg('Civilité')}</dt>
        <dd>${data.civility}</dd>
        <dt>${msg('Nom')}</dt>
        <dd>${data.lastName}</dd>
        <dt>${msg('Prénom')}</dt>
        <dd>${data.firstName}</dd>
        <dt>${msg('Date de naissance')}</dt>
        <dd><time datetime=${data.birthDate}>${formatDate(data.birthDate)}</time></dd>
      </dl>`,
    )}
    ${this.section(FORM_ANCHORS.address, msg('Adresse postale'), this.changeForm(data, addressChange(data)))}
    ${this.section(FORM_ANCHORS.email, msg('Adresse e-mail'), this.changeForm(data, emailChange(data)))}
    ${this.section(
      'telephones',
      msg('Téléphones'),
      html`<cpt-phones-form
        .numbers=${{ phone: data.phone, noPhone: data.noPhone, mobile: data.mobile }}
        @cpt-phones-saved=${this.onPhonesSaved}
      ></cpt-phones-form>`,
    )}
    ${this.section('alertes', msg('Alertes de paiement'), html`<cpt-alerts-form .alerts=${data.alerts} @cpt-alerts-saved=${this.onAlertsSaved}></cpt-alerts-form>`)}
    ${this.section(
      FORM_ANCHORS.bank,
      msg('Coordonnées bancaires'),
      html`${
        bank
          ? html`<dl class="bank">
              <dt>IBAN</dt>
              <dd>
                <span aria-hidden="true">${bank.ibanMasked}</span
                ><span class="visually-hidden">${spokenIban(bank.ibanMasked)}</span>
              </dd>
              <dt>BIC</dt>
              <dd>${bank.bic}</dd>
            </dl>`
          : html`<p class="no-bank">${localized(NO_BANK_DETAILS)}</p>`
      }
      ${this.changeForm(data, bankChange())}`,
    )}
    ${
      mode === null
        ? nothing
        : this.section(
            FORM_ANCHORS.contributionMode,
            msg('Mode de règlement des cotisations'),
            html`<p>${msg('Mode actuel :')} <strong>${CONTRIBUTION_MODE_LABELS[mode]}</strong></p>
              ${this.changeForm(data, contributionModeChange(mode))}`,
          )
    }`;
  }

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">${intro()}</p>
      ${this.data.render((data) => this.renderData(data))}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cpt-donnees-page': CptDonneesPage;
  }
}
