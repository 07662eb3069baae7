import { ApiError } from '@portail/runtime';
import { type DocumentRow, define, type PaTextField, token } from '@portail/shared-design';
import { css, html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { KitAccess, KitAccessRequest, KitDocument } from '../../contract/index.js';
import { requestJson, withBase } from '../http.js';
import { describeFailure } from '../load.js';
import { adhesionStyles, MANDATORY_NOTE } from '../styles.js';
import type { AdhRobotCheck, RobotCheckDetail } from './robot-check.js';

const IDENTIFIER_LABEL = 'Identifiant fourni par votre employeur';
const IDENTIFIER_REQUIRED = "Saisissez l'identifiant fourni par votre employeur.";
const ROBOT_REQUIRED = 'Cochez la case « Je ne suis pas un robot ».';
const ROBOT_UNAVAILABLE =
  "La vérification « Je ne suis pas un robot » n'a pas pu être chargée. Rechargez la page pour réessayer.";
const KIT_TEXT =
  "L'identifiant fourni par l'employeur donne accès aux documents du kit d'adhésion. Cliquer sur l'icône à droite de chaque ligne pour télécharger le document.";

type Field = keyof KitAccessRequest;

const time = new Intl.DateTimeFormat('fr-FR', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Paris',
});

function asDocumentRow(document: KitDocument, apiBase: string): DocumentRow {
  return {
    ...document,
    employer: null,
    publishedAt: '',
    unread: false,
    downloadUrl: withBase(apiBase, document.downloadUrl),
  };
}

/**
 * B4 — the prospective member's access to their employer's "Kit d'adhésion": the identifier the
 * employer gave, the "Je ne suis pas un robot" check (ALTCHA, loaded on first use only), then the
 * kit's documents. Public: no session. `api-base` is the portal's origin when embedded elsewhere (W2).
 */
export class AdhKitAdhesion extends LitElement {
  /** How the robot check's module is fetched (the ALTCHA widget); tests put a stand-in here. */
  static loadRobotCheck: () => Promise<unknown> = () => import('./robot-check.js');
  private static robotCheck: Promise<unknown> | undefined;

  static override styles = [
    adhesionStyles,
    css`
      .placeholder {
        color: ${token['color-text-muted']};
      }
    `,
  ];

  @property({ attribute: 'api-base' }) apiBase = '';
  @state() private access: KitAccess | null = null;
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private error = '';
  @state() private busy = false;
  @state() private robotUnavailable = false;
  private payload: string | null = null;
  @query('adh-robot-check') private robot?: AdhRobotCheck;
  @query('h2') private kitHeading?: HTMLElement;

  override connectedCallback(): void {
    super.connectedCallback();
    const ctor = this.constructor as typeof AdhKitAdhesion;
    ctor.robotCheck ??= ctor.loadRobotCheck();
    ctor.robotCheck.catch((error: unknown) => {
      console.error('Vérification anti-robot non chargée', error);
      ctor.robotCheck = undefined;
      this.robotUnavailable = true;
    });
  }

  private readonly onRobotChange = (event: CustomEvent<RobotCheckDetail>): void => {
    this.payload = event.detail.payload;
    if (this.payload && this.errors.altcha) this.errors = { ...this.errors, altcha: '' };
  };

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const field = this.renderRoot.querySelector<PaTextField>('pa-text-field[name="identifier"]');
    const identifier = (field?.value ?? '').trim();
    this.error = '';
    this.errors = {
      ...(identifier ? {} : { identifier: IDENTIFIER_REQUIRED }),
      ...(this.payload ? {} : { altcha: ROBOT_REQUIRED }),
    };
    if (Object.keys(this.errors).length > 0) return this.focusFirstError();
    this.busy = true;
    try {
      const body: KitAccessRequest = { identifier, altcha: this.payload ?? '' };
      this.access = await requestJson<KitAccess>(this.apiBase, '/api/adhesion/espace/acces', { body });
      await this.updateComplete;
      this.kitHeading?.focus();
    } catch (error) {
      this.showFailure(error);
      // The server has used (or refused) this proof of work: the next try needs a fresh one.
      this.payload = null;
      this.robot?.reset?.();
      await this.focusFirstError();
    } finally {
      this.busy = false;
    }
  }

  private showFailure(error: unknown): void {
    const apiError = error instanceof ApiError ? error : null;
    if (apiError?.status === 403 && apiError.problem.code === 'captcha') {
      this.errors = { altcha: apiError.message };
      return;
    }
    const fieldErrors = apiError?.fieldErrors ?? {};
    this.errors = {
      ...(fieldErrors['identifier'] ? { identifier: fieldErrors['identifier'] } : {}),
      ...(fieldErrors['altcha'] ? { altcha: fieldErrors['altcha'] } : {}),
    };
    if (Object.keys(this.errors).length === 0) this.error = describeFailure(error).message;
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    if (this.errors.identifier || (this.error && !this.errors.altcha)) {
      this.renderRoot.querySelector<HTMLElement>('pa-text-field[name="identifier"]')?.focus();
    } else if (this.errors.altcha) {
      this.robot?.focus();
    }
  }

  private restart(): void {
    this.access = null;
    this.payload = null;
    this.errors = {};
    this.error = '';
  }

  private renderForm() {
    return html`${this.error ? html`<pa-alert variant="error">${this.error}</pa-alert>` : nothing}
      <form novalidate @submit=${this.submit}>
        <p class="mandatory">${MANDATORY_NOTE}</p>
        <pa-text-field label=${IDENTIFIER_LABEL} name="identifier" required maxlength="64" autocomplete="off"
          .error=${this.errors.identifier ?? ''}></pa-text-field>
        ${
          this.robotUnavailable
            ? html`<pa-alert variant="error">${ROBOT_UNAVAILABLE}</pa-alert>`
            : html`<adh-robot-check
                challenge-url=${withBase(this.apiBase, '/api/adhesion/espace/challenge')}
                .error=${this.errors.altcha ?? ''}
                @adh-robot-change=${this.onRobotChange}
                ><p class="placeholder">Chargement de la vérification « Je ne suis pas un robot »…</p></adh-robot-check
              >`
        }
        <pa-button type="submit" ?busy=${this.busy}>Valider</pa-button>
      </form>`;
  }

  private renderKit(access: KitAccess) {
    const documents = access.documents.map((document) => asDocumentRow(document, this.apiBase));
    return html`<h2 tabindex="-1">Kit d'adhésion — ${access.employer}</h2>
      <p>${KIT_TEXT}</p>
      <p>Ces liens de téléchargement sont valables jusqu'à ${time.format(new Date(access.expiresAt))}.</p>
      <pa-document-table
        .documents=${documents}
        .showEmployer=${false}
        caption="Documents du kit d'adhésion"
        caption-hidden
      ></pa-document-table>
      <p><pa-button variant="secondary" @click=${this.restart}>Saisir un autre identifiant</pa-button></p>`;
  }

  override render() {
    return this.access ? this.renderKit(this.access) : this.renderForm();
  }
}

define('adh-kit-adhesion', AdhKitAdhesion);

declare global {
  interface HTMLElementTagNameMap {
    'adh-kit-adhesion': AdhKitAdhesion;
  }
}
