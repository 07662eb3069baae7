import { msg } from '@lit/localize';
import { api } from '@portail/runtime';
import { token } from '@portail/shared-design';
import { LoadController } from '@portail/shared-design/section';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Faq } from '../../contract/index.js';
import { contactStyles } from '../styles.js';

/**
 * E5 Questions fréquentes — the questions the back office maintains, in their order, each a
 * disclosure widget (native <details>: keyboard and screen readers know it as is).
 */
export class CtcFaqPage extends LitElement {
  static override styles = [
    contactStyles,
    css`
      .faq {
        max-width: 48rem;
        margin-block: ${token['space-4']};
      }
      details {
        border-block-end: 1px solid ${token['color-border']};
      }
      details:first-child {
        border-block-start: 1px solid ${token['color-border']};
      }
      summary {
        display: list-item;
        padding: ${token['space-3']} ${token['space-2']};
        color: ${token['color-primary']};
        font-weight: 600;
        cursor: pointer;
      }
      .answer {
        margin: 0;
        padding: 0 ${token['space-2']} ${token['space-4']};
        white-space: pre-line;
      }
    `,
  ];

  @property() heading = msg('Questions fréquentes');

  private readonly faq = new LoadController(this, () => api<Faq>('/api/contact/faq'));

  private renderFaq({ items }: Faq) {
    if (items.length === 0) {
      return html`<pa-empty-state text=${msg('Aucune question fréquente pour le moment')}></pa-empty-state>`;
    }
    return html`<div class="faq">
      ${items.map(
        (entry) => html`<details data-faq-id=${entry.id}>
          <summary>${entry.question}</summary>
          <p class="answer">${entry.answer}</p>
        </details>`,
      )}
    </div>`;
  }

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">
        ${msg(
          'Les réponses aux questions que les adhérents nous posent le plus souvent. Choisissez une question pour afficher sa réponse.',
        )}
      </p>
      ${this.faq.render((faq) => this.renderFaq(faq))}
      <p>
        ${msg("Vous n'avez pas trouvé votre réponse ?")}
        <a href="/contact/question">${msg('Posez-nous votre question')}</a>.
      </p>
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ctc-faq-page': CtcFaqPage;
  }
}
