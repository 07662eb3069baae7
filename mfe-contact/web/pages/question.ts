import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { QUESTION_THEMES } from '../../contract/index.js';
import { contactStyles, SUIVI_PATH } from '../styles.js';
import type { ExchangeFormConfig } from './exchange-form.js';

const INTRO =
  'Posez votre question à nos conseillers : choisissez son thème, puis rédigez-la. La réponse vous est envoyée par e-mail et reste consultable dans « Suivi ».';

export const QUESTION_FORM: ExchangeFormConfig = {
  endpoint: '/api/contact/questions',
  choice: {
    name: 'theme',
    label: 'Thème',
    required: 'Choisissez le thème de votre question.',
    placeholder: 'Sélectionnez un thème...',
    options: Object.entries(QUESTION_THEMES).map(([value, label]) => ({ value, label })),
  },
  text: { name: 'question', label: 'Votre question', required: 'Saisissez votre question.' },
  submitLabel: 'Envoyer',
  sent: () =>
    html`<p>Votre question a bien été envoyée.</p>
      <p>
        Vous recevrez la réponse par e-mail ; elle sera aussi consultable dans
        <a href=${SUIVI_PATH}>« Suivi »</a>.
      </p>`,
};

/** E2 Vous avez une question: one of the four themes and the question, both required. */
export class CtcQuestionPage extends LitElement {
  static override styles = contactStyles;

  @property() heading = 'Vous avez une question';

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">${INTRO}</p>
      <ctc-exchange-form .config=${QUESTION_FORM}></ctc-exchange-form>
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ctc-question-page': CtcQuestionPage;
  }
}
