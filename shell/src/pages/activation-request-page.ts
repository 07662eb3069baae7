import type { NeutralAnswer } from '@portail/kernel/contract';
import { ApiError, api } from '@portail/runtime';
import { type PaRobotCheck, ROBOT_CHECK_REQUIRED, type RobotCheckDetail } from '@portail/shared-design';
import { html, LitElement, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { fieldValue, focusFirstError, MANDATORY_NOTE, pageStyles } from './page-styles.js';

export const ACTIVATION_REQUESTED =
  "Si les informations saisies correspondent à un adhérent sans espace en ligne, un e-mail contenant un lien d'activation vient d'être envoyé à cette adresse. Ce lien est valable 24 heures.";

export const ACTIVATION_CHALLENGE_URL = '/api/auth/activation/challenge';

const REQUIRED = {
  membershipNumber: "Saisissez votre numéro d'adhésion.",
  birthDate: 'Saisissez votre date de naissance.',
  email: 'Saisissez votre adresse e-mail.',
} as const;

type Field = keyof typeof REQUIRED | 'altcha';

/**
 * A9 — "Créer mon espace": a member without an online account gives their membership number, birth
 * date and e-mail, and passes the robot check; an activation link is e-mailed. The answer is the
 * same neutral message whether or not anything matched.
 */
export class PortailActivationRequestPage extends LitElement {
  static override styles = pageStyles;

  @state() private answer = '';
  @state() private error = '';
  @state() private fieldErrors: Partial<Record<Field, string>> = {};
  @state() private busy = false;
  @query('pa-robot-check') private robot?: PaRobotCheck;
  @query('.answer') private answerBox?: HTMLElement;
  private payload: string | null = null;

  override render() {
    return html`<pa-page heading="Créer mon espace">
      <p slot="intro">
        Vous êtes adhérent et n'avez pas encore d'espace en ligne ? Saisissez votre numéro d'adhésion, votre date
        de naissance et votre adresse e-mail : vous recevrez un lien pour choisir votre mot de passe.
      </p>
      ${
        this.answer
          ? html`<div class="answer" tabindex="-1"><pa-alert variant="success">${this.answer}</pa-alert></div>`
          : this.renderForm()
      }
      <p><a href="/connexion">Retour à la connexion</a></p>
    </pa-page>`;
  }

  private renderForm() {
    const errors = this.fieldErrors;
    return html`${this.error ? html`<pa-alert variant="error">${this.error}</pa-alert>` : nothing}
      <form novalidate @submit=${this.submit}>
        <p>${MANDATORY_NOTE}</p>
        <pa-text-field label="Numéro d'adhésion" name="membershipNumber" required maxlength="32"
          autocomplete="off" .error=${errors.membershipNumber ?? ''}></pa-text-field>
        <pa-text-field label="Date de naissance" name="birthDate" type="date" required autocomplete="bday"
          .error=${errors.birthDate ?? ''}></pa-text-field>
        <pa-text-field label="Adresse e-mail" name="email" type="email" required autocomplete="email"
          maxlength="254" .error=${errors.email ?? ''}></pa-text-field>
        <pa-robot-check challenge-url=${ACTIVATION_CHALLENGE_URL} .error=${errors.altcha ?? ''}
          @pa-robot-change=${this.onRobotChange}></pa-robot-check>
        <pa-button type="submit" variant="primary" ?busy=${this.busy}>Valider</pa-button>
      </form>`;
  }

  private readonly onRobotChange = (event: CustomEvent<RobotCheckDetail>): void => {
    this.payload = event.detail.payload;
    if (this.payload && this.fieldErrors.altcha) this.fieldErrors = { ...this.fieldErrors, altcha: '' };
  };

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const root = this.renderRoot;
    const body = {
      membershipNumber: fieldValue(root, 'membershipNumber').trim(),
      birthDate: fieldValue(root, 'birthDate'),
      email: fieldValue(root, 'email').trim(),
      altcha: this.payload ?? '',
    };
    this.error = '';
    this.fieldErrors = {
      ...Object.fromEntries(
        Object.entries(REQUIRED).filter(([name]) => !body[name as keyof typeof REQUIRED]),
      ),
      ...(body.altcha ? {} : { altcha: ROBOT_CHECK_REQUIRED }),
    };
    if (Object.keys(this.fieldErrors).length > 0) return this.afterError();
    this.busy = true;
    try {
      const answer = await api<NeutralAnswer>('/api/auth/activation/request', { method: 'POST', body });
      this.answer = answer?.message || ACTIVATION_REQUESTED;
      await this.updateComplete;
      this.answerBox?.focus();
    } catch (error) {
      // 403 captcha comes with a field error on `altcha`: it shows at the robot check.
      const apiError = error instanceof ApiError ? error : null;
      this.fieldErrors =
        apiError?.status === 403 && apiError.problem.code === 'captcha'
          ? { altcha: apiError.message }
          : (apiError?.fieldErrors ?? {});
      if (Object.keys(this.fieldErrors).length === 0) this.error = apiError?.message ?? String(error);
      // The server has used (or refused) this proof of work: the next try needs a fresh one.
      this.payload = null;
      this.robot?.reset();
      await this.afterError();
    } finally {
      this.busy = false;
    }
  }

  private async afterError(): Promise<void> {
    await this.updateComplete;
    const { altcha, ...fields } = this.fieldErrors;
    const marked = Object.fromEntries(Object.entries(fields).filter(([, message]) => message));
    if (Object.keys(marked).length > 0) focusFirstError(this.renderRoot, marked);
    else if (altcha) this.robot?.focus();
  }
}
