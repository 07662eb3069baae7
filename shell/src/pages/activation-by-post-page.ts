import { msg } from '@lit/localize';
import type { ActivationByPost, SessionInfo } from '@portail/kernel/contract';
import { api, navigate, setSession } from '@portail/runtime';
import { html } from 'lit';
import { FormPage } from './form-page.js';
import { NewPasswordFields, newPasswordErrors } from './new-password.js';
import { fieldValue, mandatoryNote } from './page-styles.js';

const REQUIRED = {
  get membershipNumber() {
    return msg("Saisissez votre numéro d'adhésion.");
  },
  get birthDate() {
    return msg('Saisissez votre date de naissance.');
  },
  get code() {
    return msg("Saisissez le code d'activation reçu par courrier.");
  },
  get email() {
    return msg('Saisissez votre adresse e-mail.');
  },
} as const;

/**
 * A9 by post — `/creer-mon-espace/courrier`: a member with no e-mail on file asked « Créer mon
 * espace » and received a code by post. With it, their membership number and birth date, they
 * choose the e-mail they will log in with and their password (A7), are logged in and go on to the
 * CGU (A3). A wrong code is refused without saying which of the values was wrong.
 */
export class PortailActivationByPostPage extends FormPage {
  private readonly newPassword = new NewPasswordFields(this);

  protected override submit(): Promise<void> {
    const root = this.renderRoot;
    const body: ActivationByPost = {
      membershipNumber: fieldValue(root, 'membershipNumber').trim(),
      birthDate: fieldValue(root, 'birthDate'),
      code: fieldValue(root, 'code').trim(),
      email: fieldValue(root, 'email').trim(),
      ...this.newPassword.values(),
    };
    const errors = {
      ...Object.fromEntries(
        Object.entries(REQUIRED).filter(([name]) => !body[name as keyof typeof REQUIRED]),
      ),
      ...newPasswordErrors(body),
    };
    return this.send(errors, async () => {
      const session = await api<SessionInfo>('/api/auth/activation/courrier', { method: 'POST', body });
      setSession(session);
      navigate(session.cguRequired ? '/cgu' : '/');
    });
  }

  override render() {
    const errors = this.fieldErrors;
    return html`<pa-page heading=${msg('Activer mon espace avec un code')}>
      <p slot="intro">
        ${msg(
          "Vous avez reçu par courrier un code d'activation après avoir demandé à créer votre espace. Saisissez-le avec votre numéro d'adhésion et votre date de naissance, puis choisissez l'adresse e-mail et le mot de passe de votre espace.",
        )}
      </p>
      ${this.renderError()}
      <form novalidate @submit=${this.onSubmit}>
        <p>${mandatoryNote()}</p>
        <pa-text-field label=${msg("Numéro d'adhésion")} name="membershipNumber" required maxlength="32"
          autocomplete="off" .error=${errors['membershipNumber'] ?? ''}></pa-text-field>
        <pa-text-field label=${msg('Date de naissance')} name="birthDate" type="date" required autocomplete="bday"
          .error=${errors['birthDate'] ?? ''}></pa-text-field>
        <pa-text-field label=${msg("Code d'activation")} name="code" required maxlength="9" autocomplete="one-time-code"
          hint=${msg('8 caractères, par exemple ABCD-2345')} .error=${errors['code'] ?? ''}></pa-text-field>
        <pa-text-field label=${msg('Adresse e-mail')} name="email" type="email" required autocomplete="email"
          maxlength="254" .error=${errors['email'] ?? ''}></pa-text-field>
        ${this.newPassword.render(errors)}
        <pa-button type="submit" variant="primary" ?busy=${this.busy}>${msg('Activer mon espace')}</pa-button>
      </form>
      <p><a href="/creer-mon-espace">${msg('Demander un nouveau code')}</a></p>
    </pa-page>`;
  }
}
