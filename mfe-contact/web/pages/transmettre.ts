import { msg } from '@lit/localize';
import { localized } from '@portail/kernel/contract/i18n';

import { token } from '@portail/shared-design';

import { css, html, LitElement } from 'lit';

import { property } from 'lit/decorators.js';

import { findNature, NATURE_GROUPS, transmissionPath } from '../../contract/index.js';

import { contactStyles } from '../styles.js';

const LIST_PATH = '/contact/transmettre';

/**
 * E3 Nous transmettre — without a nature, the natures of document in their two groups, each a link
 * to its own page (`/contact/transmettre/<nature>`, the deep link of a D5 notification); with one,
 * that nature's sending form; an unknown nature says so and leads back to the list.
 */
export class CtcTransmettrePage extends LitElement {
  static override styles = [
    contactStyles,
    css`
      .groups {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
        gap: 0 ${token['space-6']};
        max-width: 60rem;
      }
      .natures {
        margin: 0;
        padding-inline-start: ${token['space-4']};
      }
      .natures a {
        display: inline-flex;
        align-items: center;
        min-height: 2.75rem;
      }
    `,
  ];

  @property() heading = msg('Nous transmettre');
  /** The nature id under `/contact/transmettre/`, or '' for the list. */
  @property() nature = '';

  private renderList() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">
        ${msg(
          'Envoyez-nous vos documents : choisissez leur nature. Chaque envoi est vérifié par nos services ; sa prise en charge se suit dans « Suivi ».',
        )}
      </p>
      <div class="groups">
        ${NATURE_GROUPS.map(
          (group) => html`<section aria-labelledby="group-${group.id}">
            <h2 id="group-${group.id}">${localized(group.label)}</h2>
            <ul class="natures">
              ${group.natures.map(
                (nature) =>
                  html`<li><a href=${transmissionPath(nature.id)}>${localized(nature.label)}</a></li>`,
              )}
            </ul>
          </section>`,
        )}
      </div>
    </pa-page>`;
  }

  override render() {
    if (!this.nature) return this.renderList();
    const backLink = html`<p><a class="back-link" href=${LIST_PATH}>${msg('Toutes les natures de documents')}</a></p>`;
    const found = findNature(this.nature);
    if (!found) {
      return html`<pa-page heading=${msg('Page introuvable')}>
        <p>${msg("Cette nature de document n'existe pas ou n'est plus proposée.")}</p>
        ${backLink}
      </pa-page>`;
    }
    return html`<pa-page .heading=${localized(found.nature.title)}>
      <div slot="intro">
        ${backLink}
        <p>
          ${msg(
            'Joignez votre document, puis envoyez-le. Il est vérifié par nos services ; sa prise en charge se suit dans « Suivi ».',
          )}
        </p>
      </div>
      <ctc-transmission-form .nature=${found.nature}></ctc-transmission-form>
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ctc-transmettre-page': CtcTransmettrePage;
  }
}
