import { msg, str } from '@lit/localize';
import { localized } from '@portail/kernel/contract/i18n';

import {
  checkPassword,
  isStrongPassword,
  PASSWORD_CHECK_LABELS,
  PASSWORD_RULE_HINT,
} from '@portail/kernel/contract/password';

import { api } from '@portail/runtime';
import { mandatoryNote, type PasswordCheck, sectionPageStyles } from '@portail/shared-design';

import { FormSubmission } from '@portail/shared-design/forms';

import { html, LitElement, nothing } from 'lit';

import { property, query, state } from 'lit/decorators.js';

import { PASSWORD_CHANGED } from '../../contract/index.js';

/** The fields of D4, in the order of the form (the focus goes to the first one in error). */
const FIELDS = ['current', 'password', 'confirmation'] as const;
type FieldName = (typeof FIELDS)[number];
type PasswordChangeValues = Record<FieldName, string>;

/** A7's rule (a French constant of the kernel) in the page's language. */
const ruleHint = () => localized(PASSWORD_RULE_HINT);

/**
 * The server's own messages (`passwordChangeSchema` of the kernel), so both say the same, in the
 * page's language.
 */
export const PASSWORD_MESSAGES = {
  get currentRequired() {
    return msg('Saisissez votre mot de passe actuel.');
  },
  get passwordRequired() {
    return msg('Saisissez votre nouveau mot de passe.');
  },
  get weak() {
    const hint = ruleHint();
    return msg(str`Mot de passe trop faible. ${hint}`);
  },
  get sameAsCurrent() {
    return msg("Choisissez un mot de passe différent de l'actuel.");
  },
  get confirmationRequired() {
    return msg('Resaisissez ce mot de passe.');
  },
  get mismatch() {
    return msg('Les deux mots de passe ne sont pas identiques.');
  },
} as const;

/** The kernel refuses longer passwords (`max(128)`): the fields stop there. */
const PASSWORD_MAX_LENGTH = 128;

/** The A7 checks of a password, as `pa-password-rules` shows them. */
export function passwordRuleChecks(password: string): PasswordCheck[] {
  const checks = checkPassword(password);
  return (Object.keys(checks) as (keyof typeof checks)[]).map((key) => ({
    label: localized(PASSWORD_CHECK_LABELS[key]),
    met: checks[key],
  }));
}

/** What the browser can tell before sending: one message per field, the first that applies. */
export function passwordChangeErrors({ current, password, confirmation }: PasswordChangeValues) {
  const errors: Partial<Record<FieldName, string>> = {};
  if (!current) errors.current = PASSWORD_MESSAGES.currentRequired;
  if (!password) errors.password = PASSWORD_MESSAGES.passwordRequired;
  else if (!isStrongPassword(password)) errors.password = PASSWORD_MESSAGES.weak;
  else if (password === current) errors.password = PASSWORD_MESSAGES.sameAsCurrent;
  if (!confirmation) errors.confirmation = PASSWORD_MESSAGES.confirmationRequired;
  else if (password && confirmation !== password) errors.confirmation = PASSWORD_MESSAGES.mismatch;
  return errors;
}

/**
 * D4 Mot de passe — the current password, the new one with the live A7 hint, its confirmation.
 * Checked here first (required, A7, confirmation, different from the current one), then sent to
 * the kernel's `POST /api/auth/password` (204): its field messages (a wrong current password…)
 * show under their fields with the focus on the first; any other refusal (lockout 429, service
 * down) in an alert that takes the focus. On success the fields are emptied and the confirmation
 * takes the focus. Passwords are never kept beyond the fields.
 */
export class CptMotDePassePage extends LitElement {
  static override styles = sectionPageStyles;

  @property() heading = msg('Mot de passe');

  @state() private changed = false;
  /** The new password as typed, for the live rules. */
  @state() private typed = '';
  @query('form') private form!: HTMLFormElement;
  private readonly submission = new FormSubmission(this, () => FIELDS);

  private field(name: FieldName): (HTMLElement & { value: string }) | null {
    return this.renderRoot.querySelector<HTMLElement & { value: string }>(`pa-text-field[name="${name}"]`);
  }

  private values(): PasswordChangeValues {
    const [current, password, confirmation] = FIELDS.map((name) => this.field(name)?.value ?? '');
    return { current: current ?? '', password: password ?? '', confirmation: confirmation ?? '' };
  }

  private readonly onPasswordInput = (event: Event): void => {
    const inner = event.composedPath()[0];
    this.typed = inner instanceof HTMLInputElement ? inner.value : (this.field('password')?.value ?? '');
  };

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submission.busy) return;
    const body = this.values();
    this.changed = false;
    await this.submission.send(passwordChangeErrors(body), async () => {
      await api<void>('/api/auth/password', { method: 'POST', body });
      this.form.reset();
      this.typed = '';
      this.changed = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.changed')?.focus();
    });
  }

  override render() {
    const errors = this.submission.errors;
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">
        ${msg('Saisissez votre mot de passe actuel, puis choisissez le nouveau et confirmez-le. Vos autres sessions seront fermées.')}
      </p>
      ${
        this.changed
          ? html`<pa-alert class="changed" variant="success" tabindex="-1"><p>${localized(PASSWORD_CHANGED)}</p></pa-alert>`
          : nothing
      }
      ${this.submission.renderError()}
      <form novalidate @submit=${this.submit}>
        <p class="mandatory">${mandatoryNote()}</p>
        <pa-text-field
          label=${msg('Mot de passe actuel')}
          name="current"
          type="password"
          autocomplete="current-password"
          required
          maxlength=${PASSWORD_MAX_LENGTH}
          .error=${errors.current ?? ''}
        ></pa-text-field>
        <pa-text-field
          label=${msg('Nouveau mot de passe')}
          name="password"
          type="password"
          autocomplete="new-password"
          required
          maxlength=${PASSWORD_MAX_LENGTH}
          hint=${ruleHint()}
          .error=${errors.password ?? ''}
          @input=${this.onPasswordInput}
        ></pa-text-field>
        <pa-password-rules .checks=${passwordRuleChecks(this.typed)}></pa-password-rules>
        <pa-text-field
          label=${msg('Confirmation du nouveau mot de passe')}
          name="confirmation"
          type="password"
          autocomplete="new-password"
          required
          maxlength=${PASSWORD_MAX_LENGTH}
          .error=${errors.confirmation ?? ''}
        ></pa-text-field>
        <pa-button type="submit" variant="primary" ?busy=${this.submission.busy}>${msg('Modifier le mot de passe')}</pa-button>
      </form>
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cpt-mot-de-passe-page': CptMotDePassePage;
  }
}
