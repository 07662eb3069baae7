import type { LoginRequest, SessionInfo } from '@portail/kernel/contract';
import { api, setSession } from '@portail/runtime';
import { token } from '@portail/shared-design';
import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { FormPage } from './form-page.js';
import { fieldValue, pageStyles } from './page-styles.js';

export interface LoginNotice {
  message: string;
  variant: 'info' | 'success' | 'warning';
}

const REQUIRED: Record<string, string> = {
  login: 'Saisissez votre identifiant ou votre adresse e-mail.',
  password: 'Saisissez votre mot de passe.',
};

/** A1 — login by identifier or e-mail and password. On success the session is set; the app moves on. */
export class PortailLoginPage extends FormPage {
  static override styles = [
    pageStyles,
    css`
      /* The manual's two parts: members on the left, prospective members (B4) on the right. */
      .columns {
        display: grid;
        gap: ${token['space-6']};
      }
      @media (min-width: 56rem) {
        .columns {
          grid-template-columns: minmax(0, 28rem) minmax(0, 1fr);
        }
      }
      .prospect {
        align-self: start;
        padding: ${token['space-4']};
        border: 1px solid ${token['color-border']};
        border-radius: ${token.radius};
        background: ${token['color-surface-alt']};
      }
      .links {
        display: flex;
        flex-wrap: wrap;
        gap: ${token['space-2']} ${token['space-6']};
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .prospect h2 {
        margin: 0 0 ${token['space-2']};
        font-size: ${token['font-size-lg']};
      }
    `,
  ];

  /** Why the member is here again (session expired, logged out). */
  @property({ attribute: false }) notice: LoginNotice | null = null;

  override render() {
    const errors = this.fieldErrors;
    return html`<pa-page heading="Connexion">
      <p slot="intro">Saisissez votre identifiant et votre mot de passe puis cliquez sur « Valider ».</p>
      ${this.notice ? html`<pa-alert variant=${this.notice.variant}>${this.notice.message}</pa-alert>` : nothing}
      ${this.renderError()}
      <div class="columns">
        <div>
          <form novalidate @submit=${this.onSubmit}>
            <pa-text-field label="Identifiant ou e-mail" name="login" autocomplete="username" required
              .error=${errors.login ?? ''}></pa-text-field>
            <pa-text-field label="Mot de passe" name="password" type="password" autocomplete="current-password"
              required .error=${errors.password ?? ''}></pa-text-field>
            <pa-button type="submit" variant="primary" ?busy=${this.busy}>Valider</pa-button>
          </form>
          <ul class="links">
            <li><a href="/aide">Besoin d'aide</a></li>
            <li><a href="/identifiant-oublie">Identifiant oublié</a></li>
            <li><a href="/creer-mon-espace">Créer mon espace</a></li>
          </ul>
        </div>
        <section class="prospect" aria-labelledby="prospect">
          <h2 id="prospect">Vous n'êtes pas encore adhérent ?</h2>
          <p>L'identifiant fourni par votre employeur donne accès aux documents du kit d'adhésion.</p>
          <p><a href="/espace-adhesion">Espace Adhésion</a></p>
        </section>
      </div>
    </pa-page>`;
  }

  protected override submit(): Promise<void> {
    const root = this.renderRoot;
    const body: LoginRequest = {
      login: fieldValue(root, 'login').trim(),
      password: fieldValue(root, 'password'),
    };
    const missing = Object.fromEntries(
      Object.entries(REQUIRED).filter(([name]) => !body[name as keyof typeof body]),
    );
    return this.send(missing, async () => {
      setSession(await api<SessionInfo>('/api/auth/login', { method: 'POST', body }));
    });
  }
}
