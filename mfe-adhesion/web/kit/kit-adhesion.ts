import { msg, str } from '@lit/localize';
import { intlLocale } from '@portail/kernel/contract/i18n';
import { ApiError, requestJson, withBase } from '@portail/runtime';
import { describeFailure, type PaTextField } from '@portail/shared-design';
import { type PaRobotCheck, ROBOT_CHECK_REQUIRED, type RobotCheckDetail } from '@portail/shared-design/forms';
import type { DocumentRow } from '@portail/shared-design/section';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { KitAccess, KitAccessRequest, KitDocument } from '../../contract/index.js';
import { adhesionStyles, mandatoryNote } from '../styles.js';

const identifierLabel = () => msg('Identifiant fourni par votre employeur');
const identifierRequired = () => msg("Saisissez l'identifiant fourni par votre employeur.");
const kitText = () =>
  msg(
    "L'identifiant fourni par l'employeur donne accès aux documents du kit d'adhésion. Cliquer sur l'icône à droite de chaque ligne pour télécharger le document.",
  );

type Field = keyof KitAccessRequest;

/** Hours and minutes in France's time, in the page's language (one formatter per language). */
const timeFormats = new Map<string, Intl.DateTimeFormat>();
function formatTime(value: Date): string {
  const tag = intlLocale();
  let format = timeFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });
    timeFormats.set(tag, format);
  }
  return format.format(value);
}

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
 * employer gave, the "Je ne suis pas un robot" check (shared-design's `pa-robot-check`, which loads
 * the ALTCHA widget on first use only), then the kit's documents. Public: no session. `api-base` is
 * the portal's origin when embedded elsewhere (W2).
 */
export class AdhKitAdhesion extends LitElement {
  static override styles = adhesionStyles;

  @property({ attribute: 'api-base' }) apiBase = '';
  @state() private access: KitAccess | null = null;
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private error = '';
  @state() private busy = false;
  private payload: string | null = null;
  @query('pa-robot-check') private robot?: PaRobotCheck;
  @query('h2') private kitHeading?: HTMLElement;

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
      ...(identifier ? {} : { identifier: identifierRequired() }),
      ...(this.payload ? {} : { altcha: ROBOT_CHECK_REQUIRED }),
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
      this.robot?.reset();
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
        <p class="mandatory">${mandatoryNote()}</p>
        <pa-text-field label=${identifierLabel()} name="identifier" required maxlength="64" autocomplete="off"
          .error=${this.errors.identifier ?? ''}></pa-text-field>
        <pa-robot-check
          challenge-url=${withBase(this.apiBase, '/api/adhesion/espace/challenge')}
          .error=${this.errors.altcha ?? ''}
          @pa-robot-change=${this.onRobotChange}
        ></pa-robot-check>
        <pa-button type="submit" ?busy=${this.busy}>${msg('Valider')}</pa-button>
      </form>`;
  }

  private renderKit(access: KitAccess) {
    const documents = access.documents.map((document) => asDocumentRow(document, this.apiBase));
    const until = formatTime(new Date(access.expiresAt));
    return html`<h2 tabindex="-1">${msg(str`Kit d'adhésion — ${access.employer}`)}</h2>
      <p>${kitText()}</p>
      <p>${msg(str`Ces liens de téléchargement sont valables jusqu'à ${until}.`)}</p>
      <pa-document-table
        .documents=${documents}
        .showEmployer=${false}
        caption=${msg("Documents du kit d'adhésion")}
        caption-hidden
      ></pa-document-table>
      <p><pa-button variant="secondary" @click=${this.restart}>${msg('Saisir un autre identifiant')}</pa-button></p>`;
  }

  override render() {
    return this.access ? this.renderKit(this.access) : this.renderForm();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'adh-kit-adhesion': AdhKitAdhesion;
  }
}
