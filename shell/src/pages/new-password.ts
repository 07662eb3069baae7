import { msg, str } from '@lit/localize';
import { localized } from '@portail/kernel/contract/i18n';

import { checkPassword, PASSWORD_CHECK_LABELS, PASSWORD_RULE_HINT } from '@portail/kernel/contract/password';

import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

import type { FieldErrors } from './form-page.js';
import { fieldValue } from './page-styles.js';

/** The A7 checks of a password, as `pa-password-rules` shows them. */
export function passwordRuleChecks(password: string): { label: string; met: boolean }[] {
  const checks = checkPassword(password);
  return (Object.keys(checks) as (keyof typeof checks)[]).map((key) => ({
    label: PASSWORD_CHECK_LABELS[key],
    met: checks[key],
  }));
}

export interface NewPassword {
  password: string;
  confirmation: string;
}

/** What the browser can tell before sending: the rule (A7), then the confirmation. */
export function newPasswordErrors({ password, confirmation }: NewPassword): Record<string, string> {
  if (!passwordRuleChecks(password).every((check) => check.met)) {
    return { password: msg(str`Mot de passe trop faible. ${localized(PASSWORD_RULE_HINT)}`) };
  }
  if (password !== confirmation)
    return { confirmation: msg('Les deux mots de passe ne sont pas identiques.') };
  return {};
}

/**
 * "Nouveau mot de passe" and its confirmation, with the live A7 hint (`pa-password-rules`), for the
 * pages where a member chooses a password from an e-mailed link (A2 reset, A9 activation). The
 * fields render in the host page's own form (names `password` and `confirmation`), so Enter submits
 * it and `fieldValue` reads them.
 */
export class NewPasswordFields implements ReactiveController {
  private password = '';

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The two values as typed. */
  values(): NewPassword {
    const root = this.host.renderRoot;
    return { password: fieldValue(root, 'password'), confirmation: fieldValue(root, 'confirmation') };
  }

  render(errors: FieldErrors) {
    return html`<pa-text-field label=${msg('Nouveau mot de passe')} name="password" type="password"
        autocomplete="new-password" required hint=${localized(PASSWORD_RULE_HINT)} .error=${errors['password'] ?? ''}
        @input=${this.onInput}></pa-text-field>
      <pa-password-rules .checks=${passwordRuleChecks(this.password)}></pa-password-rules>
      <pa-text-field label=${msg('Confirmation du mot de passe')} name="confirmation" type="password"
        autocomplete="new-password" required .error=${errors['confirmation'] ?? ''}></pa-text-field>`;
  }

  private readonly onInput = (event: Event): void => {
    const inner = event.composedPath()[0];
    this.password =
      inner instanceof HTMLInputElement ? inner.value : fieldValue(this.host.renderRoot, 'password');
    this.host.requestUpdate();
  };
}
