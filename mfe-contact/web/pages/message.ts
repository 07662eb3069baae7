import { msg } from '@lit/localize';
import { localized } from '@portail/kernel/contract/i18n';

import { html, LitElement } from 'lit';

import { property } from 'lit/decorators.js';

import { MESSAGE_SUBJECTS } from '../../contract/index.js';

import { contactStyles, SUIVI_PATH } from '../styles.js';

import type { ExchangeFormConfig } from './exchange-form.js';

// The texts are getters: in the page's language when the form shows them.
export const MESSAGE_FORM: ExchangeFormConfig = {
  endpoint: '/api/contact/messages',
  choice: {
    name: 'subject',
    get label() {
      return msg('Sujet');
    },
    get required() {
      return msg('Sélectionnez un sujet.');
    },
    get placeholder() {
      return msg('Sélectionnez un sujet...');
    },
    get options() {
      return Object.entries(MESSAGE_SUBJECTS).map(([value, label]) => ({
        value,
        label: localized(label),
      }));
    },
  },
  text: {
    name: 'message',
    get label() {
      return msg('Message');
    },
    get required() {
      return msg('Saisissez votre message.');
    },
  },
  get submitLabel() {
    return msg('Envoyer');
  },
  get clearLabel() {
    return msg('Effacer le message');
  },
  sent: () =>
    html`<p>
      ${msg('Votre message a bien été envoyé. Vous pouvez suivre sa prise en charge dans')}
      <a href=${SUIVI_PATH}>${msg('« Suivi »')}</a>.
    </p>`,
};

/** E1 Envoyer un message: a subject from the list and the message, both required. */
export class CtcMessagePage extends LitElement {
  static override styles = contactStyles;

  @property() heading = msg('Envoyer un message');

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">
        ${msg(
          'Écrivez-nous : choisissez le sujet de votre message, puis rédigez-le. Votre message est transmis à nos services, et sa prise en charge se suit dans « Suivi ».',
        )}
      </p>
      <ctc-exchange-form .config=${MESSAGE_FORM}></ctc-exchange-form>
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ctc-message-page': CtcMessagePage;
  }
}
