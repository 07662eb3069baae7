import { msg, str } from '@lit/localize';
import { estimateText } from '@portail/kernel/contract/processing';
import { ApiError, api, followLink, navigate } from '@portail/runtime';
import {
  describeFailure,
  formatDate,
  formatDateTime,
  LOADING,
  MANDATORY_NOTE,
  renderFailure,
  sectionPageStyles,
  token,
} from '@portail/shared-design';
import type { PaConfirmDialog } from '@portail/shared-design/forms';
import { LoadController } from '@portail/shared-design/section';
import '@portail/shared-design/forms';
import { css, html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  type ClaimErrors,
  type ClaimFormDefinition,
  type ClaimValues,
  tabsWithErrors,
  validateClaim,
} from '../../contract/claim-form.js';
import {
  CLAIM_MESSAGES_SERVER,
  type Claim,
  type ClaimSent,
  type ClaimStart,
} from '../../contract/prevoyance.js';
import {
  CLAIMS_API,
  CLAIMS_PATH,
  claimPath,
  HISTORY_PATH,
  rememberFirstSave,
  SUIVI_PATH,
} from '../routes.js';
import { claimFieldStyles, type FieldContext, pathsOf } from './claim-fields.js';
import { periodsStyles } from './claim-periods.js';
import { renderTabs, tabsStyles } from './claim-tabs.js';

export { CLAIMS_API, CLAIMS_PATH, claimPath, HISTORY_PATH, newClaimPath } from '../routes.js';

/** Today in France, as the contract's checks want it (yyyy-mm-dd). */
export function todayIso(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
}

type Notice =
  | { kind: 'saved'; text: string }
  | { kind: 'invalid' }
  | { kind: 'conflict'; text: string }
  | { kind: 'failure'; text: string };

/**
 * C2 — the online claim form (`/indemnisations/demande/<id>`, or `…/nouvelle/<form>` for a new
 * claim: nothing is stored until its first "Enregistrer" or "Envoyer", which create it, and the form
 * then takes its address): "Enregistrer", "Supprimer" and "Envoyer" at the top, the form's tabs (an
 * ARIA tablist: click, arrow keys, Home/End, or "Précédent"/"Suivant"), the fields its definition
 * gives. "Enregistrer" saves even an incomplete claim; "Envoyer" first runs the contract's checks:
 * what is missing or wrong is shown in red under its field, the tabs holding errors say so, the
 * focus goes to the first one and nothing is sent; then it asks (the focus on "Annuler"), saying
 * what follows. A claim changed elsewhere (409) is reloaded on request. Once sent (C3), the claim
 * is read-only, with its PDF, the way to "Historique des envois" and to "Suivi".
 */
export class IndClaimWizard extends LitElement {
  static override styles = [
    sectionPageStyles,
    claimFieldStyles,
    periodsStyles,
    tabsStyles,
    css`
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${token['space-3']};
        margin-block: ${token['space-4']};
      }
    `,
  ];

  /** The claim shown; empty for a new one (then `formCode`) until its first save. */
  @property() claimId = '';
  /** The form of a new claim, not stored yet (`…/nouvelle/<form>`). */
  @property() formCode = '';
  /** The title until the claim is loaded (then its form's title). */
  @property() heading = msg("Demande d'indemnisation");

  @state() private values: ClaimValues = {};
  @state() private version = 0;
  @state() private errors: ClaimErrors = {};
  @state() private tab = '';
  @state() private busy: 'save' | 'send' | 'delete' | undefined;
  @state() private notice: Notice | undefined;
  /** Sent: now or before (then without its PDF link). */
  @state() private sent: { sentAt: string; pdfUrl?: string; estimatedAt?: string | null } | undefined;
  @query('pa-confirm-dialog.delete-dialog') private deleteDialog!: PaConfirmDialog;
  @query('pa-confirm-dialog.send-dialog') private sendDialog!: PaConfirmDialog;

  private readonly claim = new LoadController(this, () =>
    this.claimId ? this.fetchClaim() : this.fetchNewClaim(),
  );

  private get url(): string {
    return `${CLAIMS_API}/${encodeURIComponent(this.claimId)}`;
  }

  /** The form of a new claim with the values of the member's file: a claim not stored yet. */
  private async fetchNewClaim(): Promise<Claim> {
    const start = await api<ClaimStart>(`${CLAIMS_API}/nouvelle/${encodeURIComponent(this.formCode)}`);
    return this.shown({
      id: '',
      status: 'brouillon',
      version: 0,
      form: start.form,
      values: start.values,
      createdAt: '',
      updatedAt: '',
      sentAt: null,
    });
  }

  private async fetchClaim(): Promise<Claim> {
    return this.shown(await api<Claim>(this.url));
  }

  private shown(claim: Claim): Claim {
    this.values = structuredClone(claim.values);
    this.version = claim.version;
    this.errors = {};
    this.notice = undefined;
    this.sent = claim.status === 'envoyee' ? { sentAt: claim.sentAt ?? claim.updatedAt } : undefined;
    if (!claim.form.tabs.some((tab) => tab.id === this.tab)) this.tab = claim.form.tabs[0]?.id ?? '';
    return claim;
  }

  /**
   * The first save of a new claim (by "Enregistrer" or "Envoyer"): the draft is created with what
   * was typed, and the form takes its address, staying on screen as it is.
   */
  private async create(): Promise<Claim> {
    const created = await api<Claim>(CLAIMS_API, {
      method: 'POST',
      body: { formCode: this.formCode, values: this.values },
    });
    this.claimId = created.id;
    this.version = created.version;
    rememberFirstSave(created.id, this.formCode);
    navigate(claimPath(created.id), { replace: true });
    // The page stays on screen at its new address: the shell titles it after the form again.
    this.renderRoot.querySelector('pa-page')?.announce();
    return created;
  }

  private readonly fieldContext = (): FieldContext => ({
    values: this.values,
    errors: this.errors,
    locked: this.sent !== undefined,
    onValue: (name, value) => {
      this.values = { ...this.values, [name]: value };
      // A corrected field is no longer shown in red (the others stay until the next "Envoyer").
      const errors = Object.entries(this.errors).filter(
        ([path]) => path !== name && !path.startsWith(`${name}.`),
      );
      if (errors.length !== Object.keys(this.errors).length) this.errors = Object.fromEntries(errors);
    },
  });

  private async focusIn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private readonly select = (id: string, focus?: 'tab'): void => {
    this.tab = id;
    if (focus) void this.focusIn(`#tab-${CSS.escape(id)}`);
  };

  /** "Précédent" / "Suivant": the focus goes to the title of the tab shown. */
  private readonly step = (delta: -1 | 1): void => {
    const tabs = this.claim.value?.form.tabs ?? [];
    const next = tabs[tabs.findIndex((tab) => tab.id === this.tab) + delta];
    if (!next) return;
    this.tab = next.id;
    void this.focusIn(`#panel-${CSS.escape(next.id)} h2`);
  };

  /* --------------------------------------------------------------------------- actions ---- */

  /** Marks the fields in red, the tabs that hold them, and takes the member to the first one. */
  private async showErrors(form: ClaimFormDefinition, errors: ClaimErrors): Promise<void> {
    this.errors = errors;
    this.notice = { kind: 'invalid' };
    const first = pathsOf(form, this.values).find((path) => path in errors);
    const tab = form.tabs.find((t) => t.id === tabsWithErrors(form, errors)[0]);
    if (!first || !tab) return this.focusIn('.notice');
    this.tab = tab.id;
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(
        `[data-path="${CSS.escape(first)}"], [data-path^="${CSS.escape(`${first}.`)}"]`,
      )
      ?.focus();
  }

  private async fail(error: unknown): Promise<void> {
    const { message, status } = describeFailure(error);
    // A claim changed elsewhere can be reloaded; a new one has nothing to reload (e.g. too many drafts).
    this.notice =
      status === 409 && this.claimId
        ? { kind: 'conflict', text: message }
        : { kind: 'failure', text: message };
    await this.focusIn('.notice');
  }

  private async save(): Promise<void> {
    if (this.busy || this.sent) return;
    this.busy = 'save';
    this.notice = undefined;
    try {
      const saved = this.claimId
        ? await api<Claim>(this.url, { method: 'PUT', body: { version: this.version, values: this.values } })
        : await this.create();
      this.version = saved.version;
      this.notice = {
        kind: 'saved',
        text: msg(str`Demande enregistrée le ${formatDateTime(saved.updatedAt)}.`),
      };
    } catch (error) {
      await this.fail(error);
    } finally {
      this.busy = undefined;
    }
  }

  private async send(form: ClaimFormDefinition): Promise<void> {
    if (this.busy || this.sent) return;
    const errors = validateClaim(form, this.values, todayIso());
    if (Object.keys(errors).length > 0) return this.showErrors(form, errors);
    this.errors = {};
    // Final: asked first (the focus on "Annuler"), saying what follows.
    if (!(await this.sendDialog.ask()) || this.busy || this.sent) return;
    this.busy = 'send';
    this.notice = undefined;
    try {
      if (!this.claimId) await this.create();
      const sent = await api<ClaimSent>(`${this.url}/envoi`, {
        method: 'POST',
        body: { version: this.version, values: this.values },
      });
      this.sent = { sentAt: sent.sentAt, pdfUrl: sent.pdfUrl, estimatedAt: sent.estimatedAt };
      await this.focusIn('.sent');
    } catch (error) {
      const fieldErrors = error instanceof ApiError && error.status === 400 ? error.fieldErrors : {};
      if (Object.keys(fieldErrors).length > 0) await this.showErrors(form, fieldErrors);
      else await this.fail(error);
    } finally {
      this.busy = undefined;
    }
  }

  private async deleteClaim(): Promise<void> {
    if (this.busy || this.sent) return;
    if (!(await this.deleteDialog.ask())) return;
    // Never saved: nothing to delete on the server.
    if (!this.claimId) return navigate(CLAIMS_PATH);
    this.busy = 'delete';
    this.notice = undefined;
    try {
      await api<void>(this.url, { method: 'DELETE' });
      navigate(CLAIMS_PATH);
    } catch (error) {
      await this.fail(error);
    } finally {
      this.busy = undefined;
    }
  }

  /* ---------------------------------------------------------------------------- render ---- */

  private renderNotice() {
    const notice = this.notice;
    if (!notice) return nothing;
    switch (notice.kind) {
      case 'saved':
        return html`<pa-alert class="notice" variant="success" tabindex="-1"><p>${notice.text}</p></pa-alert>`;
      case 'invalid':
        return html`<pa-alert class="notice" variant="error" tabindex="-1">
          <p>${CLAIM_MESSAGES_SERVER.invalid}</p>
        </pa-alert>`;
      case 'conflict':
        return html`<pa-alert class="notice" variant="error" tabindex="-1">
          <p>${notice.text}</p>
          <pa-button variant="secondary" @click=${() => this.claim.load()}>${msg('Recharger la demande')}</pa-button>
        </pa-alert>`;
      default:
        return html`<pa-alert class="notice" variant="error" tabindex="-1"><p>${notice.text}</p></pa-alert>`;
    }
  }

  private renderSent(sent: { sentAt: string; pdfUrl?: string; estimatedAt?: string | null }) {
    const history = html`<a href=${HISTORY_PATH} @click=${followLink}>${msg('Historique des envois')}</a>`;
    const suivi = html`<a href=${SUIVI_PATH} @click=${followLink}>${msg('Suivi')}</a>`;
    return sent.pdfUrl
      ? html`<pa-alert class="sent" variant="success" tabindex="-1">
          <p>${msg(str`Votre demande d'indemnisation a été envoyée le ${formatDate(sent.sentAt)}.`)}</p>
          <p>
            ${msg('Elle a été transmise au service de gestion. Suivez son traitement dans «')} ${suivi}
            ${msg('» ; un e-mail vous informera de la décision.')}
          </p>
          ${sent.estimatedAt ? html`<p class="estimate">${estimateText(sent.estimatedAt)}</p>` : nothing}
          <p><a href=${sent.pdfUrl}>${msg('Télécharger la demande envoyée (PDF)')}</a></p>
          <p>${msg('Vous la retrouverez aussi dans «')} ${history} ${msg('».')}</p>
        </pa-alert>`
      : html`<pa-alert class="sent" variant="info">
          <p>
            ${msg(str`Cette demande d'indemnisation a été envoyée le ${formatDate(sent.sentAt)} : elle ne peut plus être modifiée.`)}
          </p>
          <p>
            ${msg('Suivez son traitement dans «')} ${suivi} ${msg('». Le document transmis se trouve dans «')}
            ${history} ${msg('».')}
          </p>
        </pa-alert>`;
  }

  /** The questions before deleting and before sending (what follows a sending, as the portal does it). */
  private renderDialogs() {
    return html`<pa-confirm-dialog
        class="delete-dialog"
        heading=${msg('Suppression de la demande')}
        confirm-label=${msg('Supprimer')}
        message=${msg("Voulez-vous supprimer cette demande d'indemnisation ? Elle ne pourra pas être récupérée.")}
      ></pa-confirm-dialog>
      <pa-confirm-dialog
        class="send-dialog"
        heading=${msg("Envoi de la demande d'indemnisation")}
        confirm-label=${msg('Envoyer la demande')}
      >
        <div>
          <p>
            ${msg("Voulez-vous envoyer cette demande d'indemnisation ? Une fois envoyée, votre demande ne pourra plus être modifiée.")}
          </p>
          <p>
            ${msg("Elle sera transmise au service de gestion, qui l'étudiera. Vous suivrez son traitement dans « Suivi » (rubrique Contact), et un e-mail vous informera de la décision.")}
          </p>
          <p>${msg('La demande envoyée (PDF) sera dans « Historique des envois ».')}</p>
        </div>
      </pa-confirm-dialog>`;
  }

  private renderActions(form: ClaimFormDefinition) {
    return html`<div class="actions">
      <pa-button variant="secondary" ?busy=${this.busy === 'save'} @click=${() => this.save()}>${msg('Enregistrer')}</pa-button>
      <pa-button variant="secondary" ?busy=${this.busy === 'delete'} @click=${() => this.deleteClaim()}>${msg('Supprimer')}</pa-button>
      <pa-button ?busy=${this.busy === 'send'} @click=${() => this.send(form)}>${msg('Envoyer')}</pa-button>
    </div>`;
  }

  private renderClaim(claim: Claim) {
    const head = this.sent
      ? this.renderSent(this.sent)
      : html`${this.renderActions(claim.form)} ${this.renderNotice()}
          ${
            this.claimId
              ? nothing
              : html`<p class="unsaved">
                  ${msg("Cette demande n'est pas encore enregistrée. Elle sera conservée dans « Demande(s) d'indemnisation en cours » dès que vous l'enregistrerez.")}
                </p>`
          }
          <p class="mandatory">${MANDATORY_NOTE}</p>
          ${this.renderDialogs()}`;
    return html`${head}
      ${renderTabs({
        form: claim.form,
        selected: this.tab,
        withErrors: new Set(tabsWithErrors(claim.form, this.errors)),
        fields: this.fieldContext(),
        onSelect: this.select,
        onStep: this.step,
      })}
      <p><a class="back-link" href=${CLAIMS_PATH} @click=${followLink}>${msg("Retour à mes demandes d'indemnisation")}</a></p>`;
  }

  override render() {
    const { status, failure, value } = this.claim;
    if (status === 'error' && failure) {
      return html`<pa-page .heading=${this.heading}>
        ${renderFailure(failure, () => this.claim.load())}
        <p><a class="back-link" href=${CLAIMS_PATH} @click=${followLink}>${msg("Retour à mes demandes d'indemnisation")}</a></p>
      </pa-page>`;
    }
    if (!value) return LOADING;
    return html`<pa-page .heading=${value.form.title}>
      ${status === 'loading' ? LOADING : this.renderClaim(value)}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ind-claim-wizard': IndClaimWizard;
  }
}
