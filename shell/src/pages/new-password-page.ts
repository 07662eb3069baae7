import { msg } from '@lit/localize';
import type { ActivationConfirm, PasswordResetConfirm } from '@portail/kernel/contract';
import { html } from 'lit';
import { FormPage } from './form-page.js';
import { type NewPassword, NewPasswordFields, newPasswordErrors } from './new-password.js';

/** What a page sends to set the password: the e-mailed link's token and the two values (A7). */
export type NewPasswordBody = NewPassword & PasswordResetConfirm & ActivationConfirm;

/**
 * A page where a member chooses a password from an e-mailed link `…?jeton=…` (A2 reset, A9
 * activation): the two fields with the live A7 hint, checked before sending with the link's token.
 */
export abstract class NewPasswordPage extends FormPage {
  /** The e-mailed link's token ('' for a link without one). */
  protected readonly token = new URLSearchParams(location.search).get('jeton') ?? '';
  private readonly newPassword = new NewPasswordFields(this);

  /** Sends the new password (`POST` to the API). */
  protected abstract confirm(body: NewPasswordBody): Promise<void>;

  protected override submit(): Promise<void> {
    const values = this.newPassword.values();
    return this.send(newPasswordErrors(values), () => this.confirm({ token: this.token, ...values }));
  }

  /** The page's `intro` (its slot), the error if any, then the form. */
  protected renderForm(intro: unknown) {
    return html`${intro}
      ${this.renderError()}
      <form novalidate @submit=${this.onSubmit}>
        ${this.newPassword.render(this.fieldErrors)}
        <pa-button type="submit" variant="primary" ?busy=${this.busy}>${msg('Valider')}</pa-button>
      </form>`;
  }
}
