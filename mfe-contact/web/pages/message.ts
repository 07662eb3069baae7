import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { MESSAGE_SUBJECTS } from '../../contract/index.js';
import { contactStyles, SUIVI_PATH } from '../styles.js';
import type { ExchangeFormConfig } from './exchange-form.js';

const INTRO =
  'Écrivez-nous : choisissez le sujet de votre message, puis rédigez-le. Votre message est transmis à nos services, et sa prise en charge se suit dans « Suivi ».';

export const MESSAGE_FORM: ExchangeFormConfig = {
  endpoint: '/api/contact/messages',
  choice: {
    name: 'subject',
    label: 'Sujet',
    required: 'Sélectionnez un sujet.',
    placeholder: 'Sélectionnez un sujet...',
    options: Object.entries(MESSAGE_SUBJECTS).map(([value, label]) => ({ value, label })),
  },
  text: { name: 'message', label: 'Message', required: 'Saisissez votre message.' },
  submitLabel: 'Envoyer',
  clearLabel: 'Effacer le message',
  sent: () =>
    html`<p>
      Votre message a bien été envoyé. Vous pouvez suivre sa prise en charge dans
      <a href=${SUIVI_PATH}>« Suivi »</a>.
    </p>`,
};

/** E1 Envoyer un message: a subject from the list and the message, both required. */
export class CtcMessagePage extends LitElement {
  static override styles = contactStyles;

  @property() heading = 'Envoyer un message';

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">${INTRO}</p>
      <ctc-exchange-form .config=${MESSAGE_FORM}></ctc-exchange-form>
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ctc-message-page': CtcMessagePage;
  }
}
