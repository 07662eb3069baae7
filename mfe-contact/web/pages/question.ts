import { msg } from '@lit/localize';
import { localized } from '@portail/kernel/contract/i18n';

import { html, LitElement } from 'lit';

import { property } from 'lit/decorators.js';

import { QUESTION_THEMES } from '../../contract/index.js';

import { contactStyles, SUIVI_PATH } from '../styles.js';

import type { ExchangeFormConfig } from './exchange-form.js';

// The texts are getters: in the page's language when the form shows them.
export const QUESTION_FORM: ExchangeFormConfig = {
  endpoint: '/api/contact/questions',
  choice: {
    name: 'theme',
    get label() {
      return msg('Thème');
    },
    get required() {
      return msg('Choisissez le thème de votre question.');
    },
    get placeholder() {
      return msg('Sélectionnez un thème...');
    },
    get options() {
      return Object.entries(QUESTION_THEMES).map(([value, label]) => ({
        value,
        label: localized(label),
      }));
    },
  },
  text: {
    name: 'question',
    get label() {
      return msg('Votre question');
    },
    get required() {
      return msg('Saisissez votre question.');
    },
  },
  get submitLabel() {
    return msg('Envoyer');
  },
  sent: () =>
    html`<p>${msg('Votre question a bien été envoyée.')}</p>
      <p>
        ${msg('Vous recevrez la réponse par e-mail ; elle sera aussi consultable dans')}
        <a href=${SUIVI_PATH}>${msg('« Suivi »')}</a>.
      </p>`,
};

/** E2 Vous avez une question: one of the four themes and the question, both required. */
export class CtcQuestionPage extends LitElement {
  static override styles = contactStyles;

  @property() heading = msg('Vous avez une question');

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">
        ${msg(
          'Posez votre question à nos conseillers : choisissez son thème, puis rédigez-la. La réponse vous est envoyée par e-mail et reste consultable dans « Suivi ».',
        )}
      </p>
      <ctc-exchange-form .config=${QUESTION_FORM}></ctc-exchange-form>
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ctc-question-page': CtcQuestionPage;
  }
}
