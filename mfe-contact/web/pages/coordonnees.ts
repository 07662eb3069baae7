import { msg, str } from '@lit/localize';
import { ORGANISATION } from '@portail/kernel/contract/organisation';
import { token } from '@portail/shared-design';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { contactStyles } from '../styles.js';

/** Opening hours of the member service (phone), in the page's language. */
export function openingHours(): string {
  return msg('du lundi au vendredi de 9 h à 17 h');
}

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

  @property() heading = msg('Nous contacter');

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">${msg(str`Le service adhérents de la ${ORGANISATION.name} est à votre écoute.`)}</p>
      <h2>${msg('Par téléphone')}</h2>
      <p class="phone"><a href=${telHref(ORGANISATION.phone)}>${ORGANISATION.phone}</a></p>
      <p>${msg(str`Le service adhérents vous répond ${openingHours()}.`)}</p>
      <h2>${msg('Par message')}</h2>
      <p>
        ${msg('Écrivez-nous depuis votre espace :')}
        <a href="/contact/message">${msg('Envoyer un message')}</a>.
        ${msg('Pour une question sur vos remboursements, vos cotisations, vos garanties ou votre adhésion :')}
        <a href="/contact/question">${msg('Vous avez une question')}</a>.
        ${msg('Suivez ensuite leur prise en charge dans')}
        <a href="/contact/suivi">${msg('« Suivi »')}</a>.
      </p>
      <h2>${msg('Par courrier')}</h2>
      <address>${ORGANISATION.name}<br />${ORGANISATION.address}</address>
      <h2>${msg('Navigateurs compatibles')}</h2>
      <p>
        ${msg('Le portail fonctionne avec les navigateurs courants, dans leurs versions récentes :')}
        <a href="/navigateurs">${msg('consulter la liste des navigateurs compatibles')}</a>.
      </p>
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ctc-coordonnees-page': CtcCoordonneesPage;
  }
}
