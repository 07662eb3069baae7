import { msg, str } from '@lit/localize';
import type { MemberRequest } from '@portail/kernel/contract';
import { estimateText } from '@portail/kernel/contract/processing';
import { ApiError, api } from '@portail/runtime';
import { describeFailure, formatDate, token } from '@portail/shared-design';
import { LoadController } from '@portail/shared-design/section';
import { css, html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { type CardOverview, relationshipLabel, type ThirdPartyCard } from '../../contract/index.js';
import { adhesionStyles } from '../styles.js';

const intro = () =>
  msg(
    'Téléchargez votre carte de tiers payant (recto/verso) ou demandez-en une nouvelle : votre demande est transmise à nos services.',
  );

export function pendingCardText(request: MemberRequest): string {
  const day = formatDate(request.createdAt);
  return msg(str`Votre demande de carte du ${day} est en cours de traitement.`);
}

function replacedText(replacedOn: string, replacedBy: string | null): string {
  const day = formatDate(replacedOn);
  return replacedBy
    ? msg(str`Remplacée le ${day} par la carte n° ${replacedBy} : cette carte n’est plus valable.`)
    : msg(str`Remplacée le ${day} : cette carte n’est plus valable.`);
}

function renderCard(card: ThirdPartyCard) {
  const headingId = `card-${card.id}`;
  return html`<section class="card" aria-labelledby=${headingId}>
    <h2 id=${headingId}>${msg(str`Carte n° ${card.cardNumber}`)}</h2>
    <p class="validity">${msg(str`Valable du ${formatDate(card.validFrom)} au ${formatDate(card.validTo)}`)}</p>
    ${card.replacedOn ? html`<pa-alert variant="warning">${replacedText(card.replacedOn, card.replacedBy)}</pa-alert>` : nothing}
    <dl>
      <div><dt>${msg("N° d'adhésion")}</dt><dd>${card.membershipNumber}</dd></div>
      <div><dt>${msg("N° d'organisme")}</dt><dd>${card.organisationNumber}</dd></div>
      <div><dt>${msg('Émise le')}</dt><dd>${formatDate(card.issuedAt)}</dd></div>
    </dl>
    <h3>${msg('Bénéficiaires')}</h3>
    <ul>
      ${card.beneficiaries.map((person) => {
        const born = formatDate(person.birthDate);
        return html`<li>
          ${person.firstName} ${person.lastName} (${relationshipLabel(person.relationship)}),
          ${msg(str`né(e) le ${born}`)}
        </li>`;
      })}
    </ul>
    <a class="download-link" href=${card.downloadUrl} download
      >${msg('Télécharger la carte (recto/verso)')}<span class="visually-hidden"> ${msg(str`n° ${card.cardNumber}`)}</span></a
    >
  </section>`;
}

/**
 * B6 — the latest card(s) with their data and PDF (recto/verso), and the request of a new card:
 * the pending request shown is always the server's, never a confirmation made up by the page.
 */
export class AdhCardPage extends LitElement {
  static override styles = [
    adhesionStyles,
    css`
      .card {
        max-width: 40rem;
        margin-block: ${token['space-4']};
        padding: ${token['space-4']};
        border: 1px solid ${token['color-border']};
        border-radius: ${token.radius};
        background: ${token['color-surface']};
      }
      .card h2 {
        margin-block-start: 0;
      }
      .card h3 {
        margin: ${token['space-3']} 0 ${token['space-1']};
        font-size: ${token['font-size-md']};
      }
      .validity {
        font-weight: 600;
      }
      dl {
        display: grid;
        gap: ${token['space-1']};
        margin: 0;
      }
      dl div {
        display: flex;
        gap: ${token['space-2']};
      }
      dt::after {
        content: ' :';
      }
      dd {
        margin: 0;
      }
      ul {
        margin: 0 0 ${token['space-3']};
      }
    `,
  ];

  @property() heading = msg('Carte de tiers payant');
  @state() private requestError = '';
  @state() private busy = false;
  /** The server answered 409: a request is pending already, asking again is pointless. */
  @state() private alreadyPending = false;
  @query('.pending') private pendingAlert?: HTMLElement;
  @query('.request-error') private errorAlert?: HTMLElement;

  private readonly overview = new LoadController(this, () => api<CardOverview>('/api/adhesion/carte'));

  private async requestCard(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.requestError = '';
    try {
      const request = await api<MemberRequest>('/api/adhesion/carte/demandes', { method: 'POST' });
      const overview = this.overview.value;
      if (overview) this.overview.set({ ...overview, pendingRequest: request });
      await this.updateComplete;
      // The button is gone: the focus goes to what replaced it.
      this.pendingAlert?.focus();
    } catch (error) {
      this.requestError = describeFailure(error).message;
      this.alreadyPending = error instanceof ApiError && error.status === 409;
      await this.updateComplete;
      this.errorAlert?.focus();
    } finally {
      this.busy = false;
    }
  }

  private renderRequest(pending: MemberRequest | null) {
    if (pending) {
      return html`<pa-alert class="pending" variant="info" tabindex="-1"
        ><p>${pendingCardText(pending)}</p>
        ${pending.estimatedAt ? html`<p class="estimate">${estimateText(pending.estimatedAt)}</p>` : nothing}</pa-alert
      >`;
    }
    return html`${
      this.requestError
        ? html`<pa-alert class="request-error" variant="error" tabindex="-1">${this.requestError}</pa-alert>`
        : nothing
    }
      <pa-button ?busy=${this.busy} ?disabled=${this.alreadyPending} @click=${this.requestCard}
        >${msg('Demander une carte')}</pa-button
      >`;
  }

  private renderOverview({ cards, pendingRequest }: CardOverview) {
    return html`${
      cards.length > 0
        ? cards.map(renderCard)
        : html`<pa-empty-state text=${msg('Aucune carte de tiers payant pour le moment')}></pa-empty-state>`
    }
      <h2>${msg('Nouvelle carte')}</h2>
      ${this.renderRequest(pendingRequest)}`;
  }

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">${intro()}</p>
      ${this.overview.render((overview) => this.renderOverview(overview))}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'adh-card-page': AdhCardPage;
  }
}
