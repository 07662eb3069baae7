import { msg, str } from '@lit/localize';
import type { LoginRequest, SessionInfo } from '@portail/kernel/contract';
import {
  IDENTITY_PROVIDER_SCRIPT_ID,
  IDENTITY_PROVIDER_START,
  type IdentityProviderInfo,
  type IdentityProviderOutcome,
  identityProviderNotice,
} from '@portail/kernel/contract/identity-provider';
import type { LoginChallenge } from '@portail/kernel/contract/second-factor';
import { api, setSession } from '@portail/runtime';
import { token } from '@portail/shared-design';
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FormPage } from './form-page.js';
import { fieldValue, pageStyles } from './page-styles.js';

export interface LoginNotice {
  message: string;
  variant: 'info' | 'success' | 'warning';
}

const REQUIRED: Record<string, string> = {
  get login() {
    return msg('Saisissez votre identifiant ou votre adresse e-mail.');
  },
  get password() {
    return msg('Saisissez votre mot de passe.');
  },
};

/** SPEC P7: the identity provider the page offers (the server's JSON script), or null. */
export function identityProvider(): IdentityProviderInfo | null {
  const script = document.getElementById(IDENTITY_PROVIDER_SCRIPT_ID);
  try {
    return script?.textContent ? (JSON.parse(script.textContent) as IdentityProviderInfo) : null;
  } catch {
    return null;
  }
}

/**
 * The provider's start, with where to come back once signed in: the page's `retour` (a session that
 * expired), or the page itself when the login shows in its place (the intranet widget's popup, W2).
 */
function providerStart(): string {
  const retour =
    location.pathname === '/connexion'
      ? new URLSearchParams(location.search).get('retour')
      : location.pathname + location.search;
  return retour ? `${IDENTITY_PROVIDER_START}?retour=${encodeURIComponent(retour)}` : IDENTITY_PROVIDER_START;
}

const OUTCOME_VARIANTS: Record<IdentityProviderOutcome, 'info' | 'warning' | 'error'> = {
  'a-relier': 'info',
  indisponible: 'warning',
  echec: 'error',
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
      /* P7: « S'identifier avec FranceConnect », a plain link to the API (no OIDC code here). */
      .provider {
        margin-top: ${token['space-6']};
        padding-top: ${token['space-4']};
        border-top: 1px solid ${token['color-border']};
      }
      .provider p {
        margin: 0 0 ${token['space-2']};
      }
      .provider a {
        display: inline-block;
        padding: ${token['space-2']} ${token['space-4']};
        border: 2px solid ${token['color-primary']};
        border-radius: ${token.radius};
        color: ${token['color-primary']};
        font-weight: 600;
        text-decoration: none;
      }
      .provider a:hover {
        text-decoration: underline;
      }
      .prospect h2 {
        margin: 0 0 ${token['space-2']};
        font-size: ${token['font-size-lg']};
      }
    `,
  ];

  /** Why the member is here again (session expired, logged out). */
  @property({ attribute: false }) notice: LoginNotice | null = null;

  /** SPEC P7: the provider's message after a sign-in through it that opened no session. */
  private providerNotice(provider: IdentityProviderInfo | null) {
    const outcome = new URLSearchParams(location.search).get('fournisseur') as IdentityProviderOutcome | null;
    if (!provider || !outcome || !(outcome in OUTCOME_VARIANTS)) return nothing;
    return html`<pa-alert variant=${OUTCOME_VARIANTS[outcome]}>${identityProviderNotice(outcome, provider.name)}</pa-alert>`;
  }

  /** SPEC P8: from a browser not remembered, the code step shows after any password (its own chunk). */
  @state() private challenge: LoginChallenge | null = null;

  override render() {
    if (this.challenge) {
      return html`<portail-code-step .challenge=${this.challenge}
        @portail-login-restart=${() => {
          this.challenge = null;
        }}></portail-code-step>`;
    }
    const errors = this.fieldErrors;
    const provider = identityProvider();
    return html`<pa-page heading=${msg('Connexion')}>
      <p slot="intro">${msg('Saisissez votre identifiant et votre mot de passe puis cliquez sur « Valider ».')}</p>
      ${this.notice ? html`<pa-alert variant=${this.notice.variant}>${this.notice.message}</pa-alert>` : nothing}
      ${this.providerNotice(provider)}
      ${this.renderError()}
      <div class="columns">
        <div>
          <form novalidate @submit=${this.onSubmit}>
            <pa-text-field label=${msg('Identifiant ou e-mail')} name="login" autocomplete="username" required
              .error=${errors.login ?? ''}></pa-text-field>
            <pa-text-field label=${msg('Mot de passe')} name="password" type="password" autocomplete="current-password"
              required .error=${errors.password ?? ''}></pa-text-field>
            <pa-button type="submit" variant="primary" ?busy=${this.busy}>${msg('Valider')}</pa-button>
          </form>
          <ul class="links">
            <li><a href="/aide">${msg("Besoin d'aide")}</a></li>
            <li><a href="/identifiant-oublie">${msg('Identifiant oublié')}</a></li>
            <li><a href="/creer-mon-espace">${msg('Créer mon espace')}</a></li>
          </ul>
          ${
            provider
              ? html`<div class="provider">
                  <p>${msg(str`Ou connectez-vous avec votre compte ${provider.name} :`)}</p>
                  <a href=${providerStart()}>${provider.label}</a>
                </div>`
              : nothing
          }
        </div>
        <section class="prospect" aria-labelledby="prospect">
          <h2 id="prospect">${msg("Vous n'êtes pas encore adhérent ?")}</h2>
          <p>${msg("L'identifiant fourni par votre employeur donne accès aux documents du kit d'adhésion.")}</p>
          <p><a href="/espace-adhesion">${msg('Espace Adhésion')}</a></p>
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
      const answer = await api<SessionInfo | LoginChallenge>('/api/auth/login', { method: 'POST', body });
      if (!('challenge' in answer)) return setSession(answer);
      await import('../second-factor/define.js');
      this.challenge = answer;
    });
  }
}
