import type { NeutralAnswer } from '@portail/kernel/contract';
import { checkPassword, PASSWORD_CHECK_LABELS, PASSWORD_RULE_HINT } from '@portail/kernel/contract/password';
import { ApiError, api } from '@portail/runtime';
import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { fieldValue, focusFirstError, pageStyles } from './page-styles.js';

export const LINK_INVALID = "Ce lien n'est plus valable : il a expiré ou a déjà été utilisé.";

/** The A7 checks of a password, as `pa-password-rules` shows them. */
export function passwordRuleChecks(password: string): { label: string; met: boolean }[] {
  const checks = checkPassword(password);
  return (Object.keys(checks) as (keyof typeof checks)[]).map((key) => ({
    label: PASSWORD_CHECK_LABELS[key],
    met: checks[key],
  }));
}

function clientErrors(password: string, confirmation: string): Record<string, string> {
  if (!passwordRuleChecks(password).every((check) => check.met)) {
    return { password: `Mot de passe trop faible. ${PASSWORD_RULE_HINT}` };
  }
  if (password !== confirmation) return { confirmation: 'Les deux mots de passe ne sont pas identiques.' };
  return {};
}

/** A2/A7 — choosing a new password from the e-mailed link `/mot-de-passe/nouveau?jeton=…`. */
export class PortailResetPage extends LitElement {
  static override styles = pageStyles;

  @state() private password = '';
  @state() private outcome: 'form' | 'done' | 'invalid' = 'form';
  @state() private error = '';
  @state() private fieldErrors: Record<string, string> = {};
  @state() private busy = false;
  private readonly token = new URLSearchParams(location.search).get('jeton') ?? '';

  override render() {
    return html`<pa-page heading="Nouveau mot de passe">${this.renderBody()}</pa-page>`;
  }

  private renderBody() {
    if (!this.token || this.outcome === 'invalid') {
      return html`<pa-alert variant="error">${LINK_INVALID}</pa-alert>
        <p><a href="/aide">Demander un nouveau lien</a></p>`;
    }
    if (this.outcome === 'done') {
      return html`<pa-alert variant="success">Votre mot de passe a été modifié.</pa-alert>
        <p><a href="/connexion">Se connecter</a></p>`;
    }
    return html`<p slot="intro">Choisissez votre nouveau mot de passe puis confirmez-le.</p>
      ${this.error ? html`<pa-alert variant="error">${this.error}</pa-alert>` : nothing}
      <form novalidate @submit=${this.submit}>
        <pa-text-field label="Nouveau mot de passe" name="password" type="password" autocomplete="new-password"
          required hint=${PASSWORD_RULE_HINT} .error=${this.fieldErrors.password ?? ''}
          @input=${this.onPasswordInput}></pa-text-field>
        <pa-password-rules .checks=${passwordRuleChecks(this.password)}></pa-password-rules>
        <pa-text-field label="Confirmation du mot de passe" name="confirmation" type="password"
          autocomplete="new-password" required .error=${this.fieldErrors.confirmation ?? ''}></pa-text-field>
        <pa-button type="submit" variant="primary" ?busy=${this.busy}>Valider</pa-button>
      </form>`;
  }

  private onPasswordInput(event: Event): void {
    const inner = event.composedPath()[0];
    this.password = inner instanceof HTMLInputElement ? inner.value : fieldValue(this.renderRoot, 'password');
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const password = fieldValue(this.renderRoot, 'password');
    const confirmation = fieldValue(this.renderRoot, 'confirmation');
    this.error = '';
    this.fieldErrors = clientErrors(password, confirmation);
    if (Object.keys(this.fieldErrors).length > 0) return this.afterError();
    this.busy = true;
    try {
      await api<NeutralAnswer>('/api/auth/password-reset/confirm', {
        method: 'POST',
        body: { token: this.token, password, confirmation },
      });
      this.outcome = 'done';
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      if (apiError?.status === 410) this.outcome = 'invalid';
      this.fieldErrors = apiError?.fieldErrors ?? {};
      if (Object.keys(this.fieldErrors).length === 0) this.error = apiError?.message ?? String(error);
      await this.afterError();
    } finally {
      this.busy = false;
    }
  }

  private async afterError(): Promise<void> {
    await this.updateComplete;
    focusFirstError(this.renderRoot, this.fieldErrors);
  }
}
