import type { PayeeFile } from '@portail/kernel/contract';
import { describeFailure } from '@portail/shared-design';
import { type GestionCall, gestionStyles, noCall, PAYMENT_MESSAGES } from '@portail/shared-design/gestion';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';

export const PAYEE_NOT_FOUND = 'Aucun adhérent ne porte cet identifiant. Vérifiez-le et recommencez.';

const KIND_LABELS = { prevoyance: 'Prévoyance', sante: 'Santé' } as const;

export interface PayeeFoundDetail {
  /** `null` while a new search is under way or after it failed. */
  payee: PayeeFile | null;
}

/** "L'adhérent sera alerté par e-mail et par SMS." (D1/D3 preferences). */
export function alertsText(alerts: PayeeFile['alerts']): string {
  const channels = [alerts.email ? 'par e-mail' : '', alerts.sms ? 'par SMS' : ''].filter(Boolean);
  return channels.length
    ? `L'adhérent sera alerté du paiement ${channels.join(' et ')}.`
    : "L'adhérent n'a demandé aucune alerte de paiement.";
}

/**
 * H5 — whom a payment is for: the manager types the member's identifier, "Rechercher"; the member's
 * name, memberships and alert preferences show under the form. An unknown identifier is said under
 * the field (the server's 404), any other failure in an alert.
 * @fires bo-payee-found - {payee} the member found, or null when a new search starts or fails
 */
export class BoPayeeLookup extends LitElement {
  static override styles = gestionStyles;

  @property({ attribute: false }) call: GestionCall = noCall;
  @state() private identifier = '';
  @state() private error = '';
  @state() private failure = '';
  @state() private busy = false;
  @state() private payee: PayeeFile | undefined;
  @query('pa-text-field') private identifierField!: HTMLElement;
  @query('.payee h2') private payeeHeading?: HTMLElement;

  private announce(payee: PayeeFile | null): void {
    this.dispatchEvent(
      new CustomEvent<PayeeFoundDetail>('bo-payee-found', {
        bubbles: true,
        composed: true,
        detail: { payee },
      }),
    );
  }

  private async search(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const identifier = this.identifier.trim();
    this.error = '';
    this.failure = '';
    if (this.payee) {
      this.payee = undefined;
      this.announce(null);
    }
    if (!identifier) {
      this.error = PAYMENT_MESSAGES.required;
      await this.updateComplete;
      this.identifierField.focus();
      return;
    }
    this.busy = true;
    try {
      const payee = await this.call<PayeeFile>(`/api/gestion/adherents/${encodeURIComponent(identifier)}`);
      this.payee = payee;
      this.announce(payee);
      await this.updateComplete;
      this.payeeHeading?.focus();
    } catch (error) {
      const failure = describeFailure(error);
      if (failure.status === 404) this.error = PAYEE_NOT_FOUND;
      else if (failure.status === 400) this.error = failure.message;
      else this.failure = failure.message;
      await this.updateComplete;
      this.identifierField.focus();
    } finally {
      this.busy = false;
    }
  }

  private renderPayee(payee: PayeeFile) {
    return html`<section class="payee" aria-labelledby="payee-name">
      <h2 id="payee-name" tabindex="-1">Adhérent : ${payee.name}</h2>
      <p>Identifiant : ${payee.identifier}</p>
      ${
        payee.memberships.length
          ? html`<p>Adhésions :</p>
              <ul>
                ${payee.memberships.map(
                  (m) =>
                    html`<li>${KIND_LABELS[m.kind]} — ${m.contract}${m.employer ? ` — ${m.employer}` : ''} — n° ${m.number}</li>`,
                )}
              </ul>`
          : html`<p>Aucune adhésion.</p>`
      }
      <p class="alerts">${alertsText(payee.alerts)}</p>
    </section>`;
  }

  override render() {
    return html`<form novalidate @submit=${this.search}>
        <pa-text-field
          name="identifier"
          label="Identifiant de l'adhérent"
          required
          .value=${this.identifier}
          .error=${this.error}
          @input=${(event: Event) => {
            this.identifier = (event.currentTarget as HTMLInputElement).value;
          }}
        ></pa-text-field>
        <pa-button type="submit" ?busy=${this.busy}>Rechercher</pa-button>
      </form>
      ${this.failure ? html`<pa-alert variant="error"><p>${this.failure}</p></pa-alert>` : nothing}
      ${this.payee ? this.renderPayee(this.payee) : nothing}`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bo-payee-found': CustomEvent<PayeeFoundDetail>;
  }
}
