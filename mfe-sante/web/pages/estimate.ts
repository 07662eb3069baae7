import { msg } from '@lit/localize';
import { estimateText } from '@portail/kernel/contract/processing';
import { UPLOAD_FIELD } from '@portail/kernel/contract/uploads';
import { api, uploadForm } from '@portail/runtime';
import { MANDATORY_NOTE, sectionPageStyles, token } from '@portail/shared-design';
import {
  clearFileError,
  fieldErrorsFor,
  filesReady,
  type PaFileField,
  UploadController,
} from '@portail/shared-design/forms';
import { LoadController } from '@portail/shared-design/section';
import { css, html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  ESTIMATE_MESSAGES,
  type Estimate,
  type EstimateContext,
  estimate,
  QUOTE_COMMENT_MAX_LENGTH,
  QUOTE_FIELDS,
  type QuoteLine,
  type QuoteSent,
} from '../../contract/index.js';
import { estimateStyles, QuoteLinesController, renderEstimate } from '../estimate-view.js';

export const estimateIntro = () =>
  msg(
    "Avant un soin, estimez ce que la Sécurité sociale et votre contrat rembourseront, et ce qui restera à votre charge, d'après le tableau de garanties de votre contrat et les remboursements déjà reçus cette année. Vous pouvez ensuite nous envoyer votre devis.",
  );

const SUIVI_PATH = '/contact/suivi';

/**
 * P5 « Estimer un remboursement »: the member picks who the care is for, the care and its price
 * (or the lines of a quote), and « Estimer » shows, in a region screen readers announce, the
 * Sécurité sociale part, the organisme's part and the reste à charge with the rules applied and
 * the yearly forfaits already used — computed here by the contract's module from the guarantee
 * table the API gives. « Envoyer mon devis » then sends the quote's file (SPEC C4 rules, the shared
 * file field) with its lines: a request the member follows in Suivi, answered by a manager (H3).
 */
export class SanEstimatePage extends LitElement {
  static override styles = [
    sectionPageStyles,
    estimateStyles,
    css`
      form {
        max-width: 60rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${token['space-3']};
        margin-block: ${token['space-4']};
      }
      .send {
        margin-block-start: ${token['space-5']};
        padding-block-start: ${token['space-4']};
        border-block-start: 1px solid ${token['color-border']};
      }
    `,
  ];

  @property() heading = msg('Estimer un remboursement');
  @state() private beneficiaryId = '';
  @state() private beneficiaryError = '';
  @state() private result: { estimate: Estimate; lines: QuoteLine[]; who: string } | null = null;
  @state() private sent: QuoteSent | null = null;
  @state() private sendErrors: string[] = [];
  @state() private commentError = '';
  @query('pa-file-field') private fileField?: PaFileField;
  @query('.sent') private sentAlert?: HTMLElement;
  @query('.send-error') private sendErrorAlert?: HTMLElement;

  private readonly context = new LoadController(this, async () => {
    const context = await api<EstimateContext>('/api/sante/estimation');
    if (!this.beneficiaryId && context.beneficiaries.length > 0) {
      this.beneficiaryId = context.beneficiaries[0]?.id ?? '';
    }
    return context;
  });

  /** A line changed: the estimate shown no longer holds. */
  private readonly lines = new QuoteLinesController(this, () => this.forget());

  private readonly upload = new UploadController(this, (data, options) =>
    uploadForm<QuoteSent>('/api/sante/devis', data, options),
  );

  private forget(): void {
    this.result = null;
    this.sent = null;
    this.sendErrors = [];
  }

  private chooseBeneficiary(event: Event): void {
    this.beneficiaryId = (event.currentTarget as HTMLSelectElement).value;
    this.beneficiaryError = '';
    this.forget();
  }

  private async onEstimate(event: SubmitEvent, context: EstimateContext): Promise<void> {
    event.preventDefault();
    const beneficiary = context.beneficiaries.find((b) => b.id === this.beneficiaryId);
    this.beneficiaryError = beneficiary ? '' : ESTIMATE_MESSAGES.beneficiary;
    const lines = await this.lines.read(context.table);
    if (!beneficiary) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[name="beneficiaire"]')?.focus();
      return;
    }
    if (!lines) return;
    this.sent = null;
    this.sendErrors = [];
    this.result = {
      estimate: estimate(context.table, lines, beneficiary.usage, context.year),
      lines,
      who: beneficiary.name,
    };
  }

  private async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const files = this.fileField;
    if (!this.result || !files || this.upload.busy) return;
    this.sendErrors = [];
    this.commentError = '';
    files.error = '';
    if (!(await filesReady(files))) return;
    const data = new FormData();
    data.append(QUOTE_FIELDS.beneficiary, this.beneficiaryId);
    data.append(QUOTE_FIELDS.lines, JSON.stringify(this.result.lines));
    const comment =
      this.renderRoot.querySelector<HTMLElement & { value: string }>(`[name="${QUOTE_FIELDS.comment}"]`)
        ?.value ?? '';
    if (comment.trim()) data.append(QUOTE_FIELDS.comment, comment);
    for (const file of files.files) data.append(UPLOAD_FIELD, file);
    const outcome = await this.upload.send(data);
    if (outcome.kind === 'sent') {
      this.sent = outcome.value;
      await this.updateComplete;
      this.sentAlert?.focus();
    } else if (outcome.kind === 'refused') {
      const { refusal } = outcome;
      files.error = refusal.fileError;
      this.commentError = fieldErrorsFor(refusal, [QUOTE_FIELDS.comment])[QUOTE_FIELDS.comment] ?? '';
      const others = Object.entries(refusal.fieldErrors)
        .filter(([name]) => name !== UPLOAD_FIELD && name !== QUOTE_FIELDS.comment)
        .map(([, text]) => text);
      this.sendErrors = [refusal.message, ...others].filter(
        (text, i, all) => text && all.indexOf(text) === i,
      );
      await this.updateComplete;
      this.sendErrorAlert?.focus();
    }
  }

  private renderSend() {
    if (this.sent) {
      const { request } = this.sent;
      return html`<pa-alert class="sent" variant="success" tabindex="-1">
        <p>${msg('Votre devis a bien été envoyé. Nos services vous répondront dans « Suivi ».')}</p>
        ${request.estimatedAt ? html`<p class="estimate-date">${estimateText(request.estimatedAt)}</p>` : nothing}
        <p><a href=${SUIVI_PATH}>${msg('Suivre ma demande dans « Suivi »')}</a></p>
      </pa-alert>`;
    }
    return html`<section class="send" aria-labelledby="send-heading">
      <h2 id="send-heading">${msg('Envoyer mon devis')}</h2>
      <p>
        ${msg("Joignez votre devis : nos services vérifient l'estimation ci-dessus et vous répondent dans « Suivi ».")}
      </p>
      ${
        this.sendErrors.length
          ? html`<pa-alert class="send-error" variant="error" tabindex="-1">
            ${this.sendErrors.map((text) => html`<p>${text}</p>`)}
          </pa-alert>`
          : nothing
      }
      <form novalidate @submit=${this.send}>
        <p class="mandatory">${MANDATORY_NOTE}</p>
        <pa-file-field
          required
          label=${msg('Devis')}
          add-label=${msg('Joindre mon devis')}
          @change=${clearFileError}
        ></pa-file-field>
        <pa-textarea-field
          label=${msg('Commentaire (facultatif)')}
          name=${QUOTE_FIELDS.comment}
          rows="3"
          maxlength=${QUOTE_COMMENT_MAX_LENGTH}
          .error=${this.commentError}
        ></pa-textarea-field>
        ${this.upload.renderProgress()}
        <pa-button type="submit" ?busy=${this.upload.busy}>${msg('Envoyer mon devis')}</pa-button>
      </form>
    </section>`;
  }

  private renderForm(context: EstimateContext) {
    const beneficiaries = context.beneficiaries.map((b) => ({ value: b.id, label: b.name }));
    return html`<p>
        ${msg('Contrat :')} <strong>${context.contractLabel}</strong> — ${context.table.title}
      </p>
      <form novalidate @submit=${(event: SubmitEvent) => this.onEstimate(event, context)}>
        <p class="mandatory">${MANDATORY_NOTE}</p>
        <pa-select-field
          label=${msg('Pour qui ?')}
          name="beneficiaire"
          required
          .options=${beneficiaries}
          .value=${this.beneficiaryId}
          .error=${this.beneficiaryError}
          @change=${this.chooseBeneficiary}
        ></pa-select-field>
        <p>${msg('Saisissez le prix du soin, ou chaque ligne de votre devis (par exemple la monture et les verres).')}</p>
        ${this.lines.render(context.table)}
        <div class="actions"><pa-button type="submit">${msg('Estimer')}</pa-button></div>
      </form>
      <div class="result" aria-live="polite">
        ${this.result ? renderEstimate(this.result.estimate, { who: this.result.who }) : nothing}
      </div>
      ${this.result ? this.renderSend() : nothing}`;
  }

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">${estimateIntro()}</p>
      ${this.context.render((context) => this.renderForm(context))}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'san-estimate-page': SanEstimatePage;
  }
}
