import { msg, str } from '@lit/localize';
import type { IdentityLink } from '@portail/kernel/contract/identity-provider';
import { ApiError, api } from '@portail/runtime';
import { formatDateTime, sectionPageStyles, token } from '@portail/shared-design';
import type { PaConfirmDialog } from '@portail/shared-design/forms';
import '@portail/shared-design/forms';
import { css, html, LitElement, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';

const LINK_API = '/api/auth/oidc/liaison';

/**
 * P7 « Connexion avec FranceConnect » (the configured provider's name): whether the member's
 * identity at the provider is linked to their account — with « Retirer le lien » (after a
 * confirmation) —, or waits for « Relier mon identité … » (asserted by the provider in this browser,
 * then a password login here), or how to link one. Never linked by e-mail: only by this button.
 */
export class CptFournisseurIdentitePage extends LitElement {
  static override styles = [
    sectionPageStyles,
    css`
      .link {
        max-width: 48rem;
        margin: ${token['space-4']} 0;
        padding: ${token['space-4']};
        border: 1px solid ${token['color-border']};
        border-radius: ${token.radius};
        background: ${token['color-surface']};
      }
      .link p {
        margin: 0 0 ${token['space-3']};
      }
    `,
  ];

  @state() private link: IdentityLink | undefined;
  @state() private loadError = '';
  @state() private busy = false;
  @state() private notice: { variant: 'success' | 'error'; text: string } | null = null;
  @query('pa-confirm-dialog') private dialog!: PaConfirmDialog;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.link = await api<IdentityLink>(LINK_API);
      this.loadError = '';
    } catch (error) {
      this.loadError =
        error instanceof ApiError
          ? error.message
          : msg('Cette page est momentanément indisponible. Réessayez plus tard.');
    }
  }

  private async confirmLink(): Promise<void> {
    const provider = this.link?.provider ?? '';
    this.busy = true;
    this.notice = null;
    try {
      this.link = await api<IdentityLink>(LINK_API, { method: 'POST' });
      const { label } = this.link;
      this.notice = {
        variant: 'success',
        text: msg(
          str`Votre identité ${provider} est reliée à votre espace : vous pourrez vous connecter avec « ${label} ».`,
        ),
      };
    } catch (error) {
      this.notice = {
        variant: 'error',
        text:
          error instanceof ApiError
            ? error.message
            : msg(str`Votre identité ${provider} n'a pas pu être reliée.`),
      };
      await this.load();
    } finally {
      this.busy = false;
    }
  }

  private async unlink(): Promise<void> {
    const provider = this.link?.provider ?? '';
    if (!(await this.dialog.ask())) return;
    this.busy = true;
    this.notice = null;
    try {
      await api(LINK_API, { method: 'DELETE' });
      this.notice = {
        variant: 'success',
        text: msg(
          str`Votre identité ${provider} n'est plus reliée à votre espace : connectez-vous avec votre identifiant et votre mot de passe.`,
        ),
      };
      await this.load();
    } catch (error) {
      this.notice = {
        variant: 'error',
        text: error instanceof ApiError ? error.message : msg("Le lien n'a pas pu être retiré."),
      };
    } finally {
      this.busy = false;
    }
  }

  private renderLink(link: IdentityLink) {
    const { provider, label } = link;
    if (link.linked) {
      const linkedOn = formatDateTime(link.linked.linkedAt);
      const lastUsed = link.linked.lastUsedAt ? formatDateTime(link.linked.lastUsedAt) : '';
      return html`<div class="link">
        <p>
          ${msg(str`Votre identité ${provider} est reliée à votre espace depuis le ${linkedOn}.`)}
          ${
            lastUsed
              ? msg(str`Dernière connexion avec ${provider} : le ${lastUsed}.`)
              : msg(str`Vous ne vous êtes pas encore connecté avec ${provider}.`)
          }
        </p>
        <p>${msg(str`Vous pouvez vous connecter avec « ${label} » sur la page de connexion, sans mot de passe.`)}</p>
        <pa-button variant="secondary" ?busy=${this.busy} @click=${this.unlink}>${msg(str`Retirer le lien avec ${provider}`)}</pa-button>
      </div>`;
    }
    if (link.pending) {
      return html`<div class="link">
        <p>
          ${msg(str`Vous venez de vous identifier avec ${provider} dans ce navigateur. Reliez cette identité à votre espace pour vous connecter ensuite avec « ${label} », sans mot de passe.`)}
        </p>
        <pa-button variant="primary" ?busy=${this.busy} @click=${this.confirmLink}
          >${msg(str`Relier mon identité ${provider}`)}</pa-button
        >
      </div>`;
    }
    return html`<div class="link">
      <p>${msg(str`Aucune identité ${provider} n'est reliée à votre espace.`)}</p>
      <p>
        ${msg(str`Pour la relier : déconnectez-vous, cliquez sur « ${label} » sur la page de connexion, puis connectez-vous une fois avec votre identifiant et votre mot de passe ; le portail vous proposera alors « Relier mon identité ${provider} ».`)}
      </p>
    </div>`;
  }

  override render() {
    const provider = this.link?.provider ?? 'FranceConnect';
    return html`<pa-page heading=${msg(str`Connexion avec ${provider}`)}>
      <p slot="intro">${msg(str`Connectez-vous au portail avec votre compte ${provider}, sans mot de passe, une fois votre identité reliée à votre espace.`)}</p>
      ${this.notice ? html`<pa-alert variant=${this.notice.variant}><p>${this.notice.text}</p></pa-alert>` : nothing}
      ${
        this.loadError
          ? html`<pa-alert variant="error"><p>${this.loadError}</p></pa-alert>`
          : this.link
            ? this.renderLink(this.link)
            : html`<p role="status">${msg('Chargement…')}</p>`
      }
      <pa-confirm-dialog
        heading=${msg(str`Retirer le lien avec ${provider}`)}
        message=${msg(str`Retirer le lien entre votre espace et votre identité ${provider} ? Vous vous connecterez avec votre identifiant et votre mot de passe.`)}
        confirm-label=${msg('Retirer')}
      ></pa-confirm-dialog>
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cpt-fournisseur-identite-page': CptFournisseurIdentitePage;
  }
}
