import type { QueueDetail } from '@portail/kernel/contract/gestion';
import { describeFailure, MANDATORY_NOTE, token } from '@portail/shared-design';
import '@portail/shared-design/forms';
import { fieldErrorsOf, type GestionCall, gestionStyles, noCall } from '@portail/shared-design/gestion';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { type Estimate, estimate, estimateSummary, type QuoteReview } from '../../contract/index.js';
import { estimateStyles, QuoteLinesController, renderEstimate } from '../estimate-view.js';

/** The answer's draft: the estimate in plain French, as the member will read it in Suivi and by e-mail. */
export function answerDraft(review: QuoteReview, result: Estimate): string {
  return [
    `Nous avons étudié votre devis pour ${review.beneficiaryName}. D'après les garanties de votre contrat (${review.context.table.title}) et vos remboursements de ${result.year}, voici l'estimation de votre remboursement :`,
    '',
    ...estimateSummary(result),
    '',
    'Cette estimation est indicative : le remboursement dépendra des actes réellement facturés.',
  ].join('\n');
}

/**
 * P5/H3 — the answer to a quote a member sent (the section's answer form in the back office's
 * request page, `backOffice.answerForms`): the quote's lines as the member typed them, editable
 * after reading the attached quote, the estimate made again by the contract's module from the
 * member's guarantee table and what the beneficiary has used this year NOW, beside what the member
 * saw; the answer's text drafted from it, then sent through the kernel's H3 answer (the member is
 * told by e-mail and in Suivi).
 * @fires request-answered - {detail: QueueDetail} the request once answered
 */
export class SanQuoteAnswer extends LitElement {
  static override styles = [
    gestionStyles,
    estimateStyles,
    css`
      :host {
        display: block;
      }
      .answer {
        margin-block-start: ${token['space-4']};
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${token['space-3']};
        margin-block: ${token['space-3']};
      }
    `,
  ];

  @property({ attribute: false }) call: GestionCall = noCall;
  @property({ attribute: false }) detail!: QueueDetail;

  @state() private review: QuoteReview | null = null;
  @state() private loadError = '';
  @state() private result: Estimate | null = null;
  @state() private text = '';
  @state() private textError = '';
  @state() private failure = '';
  @state() private busy = false;
  /** The manager wrote in the answer: a new computation no longer replaces it. */
  private edited = false;
  @query('.form-error') private errorAlert?: HTMLElement;

  private readonly lines = new QuoteLinesController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('detail') && this.detail && this.review?.requestId !== this.detail.id) void this.load();
  }

  private async load(): Promise<void> {
    this.loadError = '';
    try {
      const review = await this.call<QuoteReview>(
        `/api/gestion/sante/devis/${encodeURIComponent(this.detail.id)}`,
      );
      this.review = review;
      this.lines.set(review.lines);
      this.compute(review, review.lines);
    } catch (error) {
      this.loadError = describeFailure(error).message;
    }
  }

  private compute(review: QuoteReview, lines: Parameters<typeof estimate>[1]): void {
    this.result = estimate(review.context.table, lines, review.context.usage, review.context.year);
    if (!this.edited) this.text = answerDraft(review, this.result);
  }

  private async recompute(): Promise<void> {
    if (!this.review) return;
    const lines = await this.lines.read(this.review.context.table);
    if (lines) this.compute(this.review, lines);
  }

  private onText(event: Event): void {
    this.text = (event.currentTarget as HTMLTextAreaElement).value;
    this.edited = true;
    this.textError = '';
  }

  private async answer(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    if (!this.text.trim()) {
      this.textError = 'Saisissez votre réponse.';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[name="text"]')?.focus();
      return;
    }
    this.busy = true;
    this.failure = '';
    try {
      const detail = await this.call<QueueDetail>(
        `/api/gestion/demandes/${encodeURIComponent(this.detail.id)}/reponse`,
        { method: 'POST', body: { text: this.text } },
      );
      this.dispatchEvent(new CustomEvent('request-answered', { detail, bubbles: true, composed: true }));
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      this.textError = fieldErrors['text'] ?? '';
      this.failure = this.textError ? '' : describeFailure(error).message;
      await this.updateComplete;
      if (this.textError) this.renderRoot.querySelector<HTMLElement>('[name="text"]')?.focus();
      else this.errorAlert?.focus();
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const { review, result } = this;
    if (this.loadError) return html`<pa-alert variant="error"><p>${this.loadError}</p></pa-alert>`;
    if (!review) return html`<p class="loading">Chargement…</p>`;
    const table = review.context.table;
    return html`<p>
        Devis pour <strong>${review.beneficiaryName}</strong>, contrat « ${review.context.contractLabel} »
        (${table.title}, version ${table.version}).
        ${review.comment ? html`Commentaire de l'adhérent : « ${review.comment} »` : nothing}
      </p>
      <h3>Estimation vue par l'adhérent à l'envoi</h3>
      <ul>
        ${estimateSummary(review.sentEstimate).map((line) => html`<li>${line}</li>`)}
      </ul>
      <h3>Lignes du devis</h3>
      <p>Corrigez-les d'après le devis joint si besoin, puis recalculez.</p>
      ${this.lines.render(table)}
      <div class="actions">
        <pa-button variant="secondary" @click=${() => this.recompute()}>Recalculer l'estimation</pa-button>
      </div>
      ${result ? renderEstimate(result, { level: 3, who: review.beneficiaryName }) : nothing}
      ${this.failure ? html`<pa-alert class="form-error" variant="error" tabindex="-1"><p>${this.failure}</p></pa-alert>` : nothing}
      <form class="answer" novalidate @submit=${this.answer}>
        <p class="mandatory">${MANDATORY_NOTE}</p>
        <pa-textarea-field
          name="text"
          label="Réponse"
          rows="10"
          required
          .value=${this.text}
          .error=${this.textError}
          @input=${this.onText}
        ></pa-textarea-field>
        <pa-button type="submit" ?busy=${this.busy}>Envoyer la réponse</pa-button>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'san-quote-answer': SanQuoteAnswer;
  }
}
