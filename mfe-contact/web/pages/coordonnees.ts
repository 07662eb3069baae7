import { ORGANISATION } from '@portail/kernel/contract/organisation';
import { token } from '@portail/shared-design';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { contactStyles } from '../styles.js';

/** Opening hours of the member service (phone). */
export const OPENING_HOURS = 'du lundi au vendredi de 9 h à 17 h';

/** The number to dial: "02 48 00 00 00" → "tel:0248000000". */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/**
 * E5 Nous contacter — the member service's phone and hours, the postal address, the link to the
 * message form, and the supported browsers. Static: no API call.
 */
export class CtcCoordonneesPage extends LitElement {
  static override styles = [
    contactStyles,
    css`
      address {
        font-style: normal;
      }
      .phone {
        font-size: ${token['font-size-lg']};
        font-weight: 700;
      }
      .phone a {
        display: inline-flex;
        align-items: center;
        min-height: 2.75rem;
      }
    `,
  ];

  @property() heading = 'Nous contacter';

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">Le service adhérents de la ${ORGANISATION.name} est à votre écoute.</p>
      <h2>Par téléphone</h2>
      <p class="phone"><a href=${telHref(ORGANISATION.phone)}>${ORGANISATION.phone}</a></p>
      <p>Le service adhérents vous répond ${OPENING_HOURS}.</p>
      <h2>Par message</h2>
      <p>
        Écrivez-nous depuis votre espace : <a href="/contact/message">Envoyer un message</a>. Pour une
        question sur vos remboursements, vos cotisations, vos garanties ou votre adhésion :
        <a href="/contact/question">Vous avez une question</a>. Suivez ensuite leur prise en charge dans
        <a href="/contact/suivi">« Suivi »</a>.
      </p>
      <h2>Par courrier</h2>
      <address>${ORGANISATION.name}<br />${ORGANISATION.address}</address>
      <h2>Navigateurs compatibles</h2>
      <p>
        Le portail fonctionne avec les navigateurs courants, dans leurs versions récentes :
        <a href="/navigateurs">consulter la liste des navigateurs compatibles</a>.
      </p>
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ctc-coordonnees-page': CtcCoordonneesPage;
  }
}
