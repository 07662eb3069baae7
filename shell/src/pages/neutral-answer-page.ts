import { msg } from '@lit/localize';
import type { NeutralAnswer } from '@portail/kernel/contract';
import { api } from '@portail/runtime';
import { html } from 'lit';
import { query, state } from 'lit/decorators.js';
import { FormPage } from './form-page.js';

/**
 * A9 — a page asking for an e-mail ("Créer mon espace", "Identifiant oublié"): its form, then in
 * its place the same neutral answer whether or not anything matched, focused.
 */
export abstract class NeutralAnswerPage<Field extends string = string> extends FormPage<Field> {
  @state() private answer = '';
  @query('.answer') private answerBox?: HTMLElement;

  /** The page: its intro, the form until answered, then the way back to the login. */
  protected renderPage(heading: string, intro: unknown, renderForm: () => unknown) {
    return html`<pa-page heading=${heading}>
      ${intro}
      ${
        this.answer
          ? html`<div class="answer" tabindex="-1"><pa-alert variant="success">${this.answer}</pa-alert></div>`
          : renderForm()
      }
      <p><a href="/connexion">${msg('Retour à la connexion')}</a></p>
    </pa-page>`;
  }

  /** Posts `body` to `path`, then shows the API's answer (`fallback` when it has none). */
  protected async ask(path: string, body: object, fallback: string): Promise<void> {
    const answer = await api<NeutralAnswer>(path, { method: 'POST', body });
    this.answer = answer?.message || fallback;
    await this.updateComplete;
    this.answerBox?.focus();
  }
}
