import { msg } from '@lit/localize';
import type { ActivationRequest } from '@portail/kernel/contract';
import { localized } from '@portail/kernel/contract/i18n';
import type { ApiError } from '@portail/runtime';
import { type PaRobotCheck, ROBOT_CHECK_REQUIRED, type RobotCheckDetail } from '@portail/shared-design/forms';

import { html } from 'lit';

import { query } from 'lit/decorators.js';

import { NeutralAnswerPage } from './neutral-answer-page.js';

import { fieldValue, focusFirstError, mandatoryNote } from './page-styles.js';

/** The API's neutral answer, shown (in the page's language) if it gives none. */
export const ACTIVATION_REQUESTED =
  "Si les informations saisies correspondent à un adhérent sans espace en ligne, un e-mail contenant un lien d'activation (valable 24 heures) vient d'être envoyé à l'adresse connue de nos services. Si nous n'avons pas d'adresse e-mail pour vous, vous recevrez un code d'activation par courrier.";

export const ACTIVATION_CHALLENGE_URL = '/api/auth/activation/challenge';

const REQUIRED = {
  get membershipNumber() {
    return msg("Saisissez votre numéro d'adhésion.");
  },
  get birthDate() {
    return msg('Saisissez votre date de naissance.');
  },
  get email() {
    return msg('Saisissez votre adresse e-mail.');
  },
} as const;

type Field = keyof typeof REQUIRED | 'altcha';

/**
 * A9 — "Créer mon espace": a member without an online account gives their membership number, birth
 * date and e-mail, and passes the robot check; an activation link is e-mailed. The answer is the
 * same neutral message whether or not anything matched.
 */
export class PortailActivationRequestPage extends NeutralAnswerPage<Field> {
  @query('pa-robot-check') private robot?: PaRobotCheck;
  private payload: string | null = null;

  override render() {
    const intro = html`<p slot="intro">
        ${msg(
          "Vous êtes adhérent et n'avez pas encore d'espace en ligne ? Saisissez votre numéro d'adhésion, votre date de naissance et votre adresse e-mail : vous recevrez un lien pour choisir votre mot de passe, à l'adresse connue de nos services, ou un code par courrier si nous n'en avons pas.",
        )}
      </p>
      <p slot="intro">
        ${msg("Vous avez reçu un code d'activation par courrier ?")}
        <a href="/creer-mon-espace/courrier">${msg('Activer mon espace avec ce code')}</a>
      </p>`;
    return this.renderPage(msg('Créer mon espace'), intro, () => this.renderForm());
  }

  private renderForm() {
    const errors = this.fieldErrors;
    return html`${this.renderError()}
      <form novalidate @submit=${this.onSubmit}>
        <p>${mandatoryNote()}</p>
        <pa-text-field label=${msg("Numéro d'adhésion")} name="membershipNumber" required maxlength="32"
          autocomplete="off" .error=${errors.membershipNumber ?? ''}></pa-text-field>
        <pa-text-field label=${msg('Date de naissance')} name="birthDate" type="date" required autocomplete="bday"
          .error=${errors.birthDate ?? ''}></pa-text-field>
        <pa-text-field label=${msg('Adresse e-mail')} name="email" type="email" required autocomplete="email"
          maxlength="254" .error=${errors.email ?? ''}></pa-text-field>
        <pa-robot-check challenge-url=${ACTIVATION_CHALLENGE_URL} .error=${errors.altcha ?? ''}
          @pa-robot-change=${this.onRobotChange}></pa-robot-check>
        <pa-button type="submit" variant="primary" ?busy=${this.busy}>${msg('Valider')}</pa-button>
      </form>`;
  }

  private readonly onRobotChange = (event: CustomEvent<RobotCheckDetail>): void => {
    this.payload = event.detail.payload;
    if (this.payload && this.fieldErrors.altcha) this.fieldErrors = { ...this.fieldErrors, altcha: '' };
  };

  protected override submit(): Promise<void> {
    const root = this.renderRoot;
    const body: ActivationRequest = {
      membershipNumber: fieldValue(root, 'membershipNumber').trim(),
      birthDate: fieldValue(root, 'birthDate'),
      email: fieldValue(root, 'email').trim(),
      altcha: this.payload ?? '',
    };
    const errors = {
      ...Object.fromEntries(
        Object.entries(REQUIRED).filter(([name]) => !body[name as keyof typeof REQUIRED]),
      ),
      ...(body.altcha ? {} : { altcha: ROBOT_CHECK_REQUIRED }),
    };
    return this.send(errors, () =>
      this.ask('/api/auth/activation/request', body, localized(ACTIVATION_REQUESTED)),
    );
  }

  protected override failed(apiError: ApiError | null, error: unknown): Promise<void> {
    // The server has used (or refused) this proof of work: the next try needs a fresh one.
    this.payload = null;
    this.robot?.reset();
    // 403 captcha comes with a field error on `altcha`: it shows at the robot check.
    if (apiError?.status === 403 && apiError.problem.code === 'captcha') {
      this.fieldErrors = { altcha: apiError.message };
      return this.afterError();
    }
    return super.failed(apiError, error);
  }

  protected override async afterError(): Promise<void> {
    await this.updateComplete;
    const { altcha, ...fields } = this.fieldErrors;
    const marked = Object.fromEntries(Object.entries(fields).filter(([, message]) => message));
    if (Object.keys(marked).length > 0) focusFirstError(this.renderRoot, marked);
    else if (altcha) this.robot?.focus();
  }
}
