import type { AnswerFormPart, DecisionInput, QueueDetail, SectionSummary } from '@portail/kernel/contract';
import { readSectionSummaries } from '@portail/kernel/contract/section';
import { ApiError } from '@portail/runtime';
import { MANDATORY_NOTE, token } from '@portail/shared-design';
import type { PaConfirmDialog } from '@portail/shared-design/forms';
import { LoadController } from '@portail/shared-design/section';
import '@portail/shared-design/forms';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { gestionApi } from '../api.js';
import { gestionPageStyles } from '../styles.js';
import { queueUrl } from './queue.js';
import {
  renderAttachments,
  renderMemberFile,
  renderOutcome,
  renderOverview,
  renderRequestContent,
} from './request-view.js';

type Action = DecisionInput['decision'] | 'answer';

const DONE: Record<Action, string> = {
  accepted: "La demande a été prise en compte. L'adhérent en est informé par e-mail.",
  refused: "La demande a été refusée. L'adhérent en est informé par e-mail.",
  answer: "La réponse a été envoyée à l'adhérent.",
};
const REQUIRED = { reason: 'Indiquez le motif du refus.', text: 'Saisissez votre réponse.' };

/** A section's own answer form for a kind of request (H3, its manifest's `backOffice.answerForms`). */
export interface AnswerForm extends AnswerFormPart {
  /** The section's back-office bundle, through the import map. */
  module: string;
}

/** The answer form of a request's section and kind, if the section has one. */
export function answerFormFor(
  sections: readonly SectionSummary[],
  detail: Pick<QueueDetail, 'section' | 'kind'>,
): AnswerForm | undefined {
  const section = sections.find((s) => s.name === detail.section);
  const form = section?.backOffice?.answerForms?.find((f) => f.kind === detail.kind);
  return section && form ? { ...form, module: `${section.package}/gestion` } : undefined;
}

const managerCall = <T>(path: string, init?: { method?: string; body?: unknown }) =>
  gestionApi<T>(path, init);
const importFromImportMap = (specifier: string): Promise<unknown> => import(/* @vite-ignore */ specifier);

/**
 * The detail of one request (H1) and its handling: accept or refuse with a reason (H2), each after
 * a confirmation, or answer a message or question (H3). A second decision (409) says so and shows
 * the request as it now is.
 */
export class BoRequestPage extends LitElement {
  static override styles = [
    gestionPageStyles,
    css`
      .facts {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
        gap: ${token['space-3']} ${token['space-5']};
        margin: 0;
      }
      .facts dt {
        color: ${token['color-text-muted']};
        font-size: ${token['font-size-sm']};
      }
      .facts dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .comparison {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
        gap: ${token['space-3']} ${token['space-5']};
      }
      .comparison > div {
        padding: ${token['space-3']} ${token['space-4']};
        border: 1px solid ${token['color-border']};
        border-radius: ${token.radius};
        overflow-wrap: anywhere;
      }
      .comparison h3 {
        margin-block-start: 0;
      }
      .text {
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      .handling {
        margin-block-start: ${token['space-5']};
        padding: ${token['space-4']};
        border: 1px solid ${token['color-border']};
        border-radius: ${token.radius};
      }
    `,
  ];

  @property({ attribute: 'request-id' }) requestId = '';
  /** The sections' summaries (their answer forms); those of the page by default. */
  @property({ attribute: false }) sections: readonly SectionSummary[] = readSectionSummaries();
  /** How a section's bundle is loaded; through the page's import map by default. */
  @property({ attribute: false }) importPart: (specifier: string) => Promise<unknown> = importFromImportMap;
  /** The section's answer form once its element is defined ('' until then), or why it is not. */
  @state() private answerFormReady = '';
  @state() private answerFormFailure = '';
  @state() private notice: { variant: 'success' | 'error'; message: string } | null = null;
  @state() private busy: Action | '' = '';
  @state() private errors: Partial<Record<'reason' | 'text', string>> = {};
  @state() private confirmation = { heading: '', message: '', confirmLabel: '' };
  @query('pa-confirm-dialog') private dialog!: PaConfirmDialog;

  private readonly detail = new LoadController(this, () =>
    gestionApi<QueueDetail>(`/api/gestion/demandes/${encodeURIComponent(this.requestId)}`),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('requestId') && changed.get('requestId') !== undefined) {
      this.notice = null;
      this.errors = {};
      void this.detail.load();
    }
  }

  protected override updated(): void {
    const detail = this.detail.value;
    const form = detail && detail.status === 'pending' ? answerFormFor(this.sections, detail) : undefined;
    if (form && this.answerFormReady !== form.element && !this.answerFormFailure && !this.loadingPart) {
      void this.loadAnswerForm(form);
    }
  }

  private loadingPart = false;

  private async loadAnswerForm(form: AnswerForm): Promise<void> {
    this.loadingPart = true;
    try {
      if (!customElements.get(form.element)) await this.importPart(form.module);
      await customElements.whenDefined(form.element);
      this.answerFormReady = form.element;
    } catch (error) {
      console.error(`Partie de gestion ${form.module} non chargée`, error);
      this.answerFormFailure =
        'Le formulaire de réponse est momentanément indisponible : réessayez dans quelques instants.';
    } finally {
      this.loadingPart = false;
    }
  }

  private async onAnswered(event: CustomEvent<QueueDetail>): Promise<void> {
    this.detail.set(event.detail);
    this.notice = { variant: 'success', message: DONE.answer };
    await this.focusOn('.notice');
  }

  private fieldValue(name: 'reason' | 'text'): string {
    return (
      this.renderRoot.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)?.value.trim() ?? ''
    );
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async decide(decision: DecisionInput['decision']): Promise<void> {
    const detail = this.detail.value;
    if (!detail || this.busy) return;
    const reason = this.fieldValue('reason');
    this.errors = decision === 'refused' && !reason ? { reason: REQUIRED.reason } : {};
    if (this.errors.reason) return this.focusOn('[name="reason"]');
    const who = `« ${detail.label} » de ${detail.member.name}`;
    this.confirmation =
      decision === 'refused'
        ? {
            heading: 'Refuser la demande',
            message: `Refuser la demande ${who} ? L'adhérent recevra le motif par e-mail.`,
            confirmLabel: 'Refuser',
          }
        : {
            heading: 'Accepter la demande',
            message: `Accepter la demande ${who} ? L'adhérent en sera informé par e-mail.`,
            confirmLabel: 'Accepter',
          };
    await this.updateComplete;
    if (!(await this.dialog.ask())) return;
    const body: DecisionInput = decision === 'refused' ? { decision, reason } : { decision };
    await this.send(decision, 'decision', body);
  }

  private refuse(event: SubmitEvent): void {
    event.preventDefault();
    void this.decide('refused');
  }

  private async answer(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const text = this.fieldValue('text');
    this.errors = text ? {} : { text: REQUIRED.text };
    if (this.errors.text) return this.focusOn('[name="text"]');
    await this.send('answer', 'reponse', { text });
  }

  private async send(action: Action, route: 'decision' | 'reponse', body: unknown): Promise<void> {
    this.busy = action;
    this.notice = null;
    const path = `/api/gestion/demandes/${encodeURIComponent(this.requestId)}/${route}`;
    try {
      this.detail.set(await gestionApi<QueueDetail>(path, { body }));
      this.notice = { variant: 'success', message: DONE[action] };
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      const fieldErrors = apiError?.fieldErrors ?? {};
      const field = (['reason', 'text'] as const).find((name) => fieldErrors[name]);
      if (field) {
        this.errors = { [field]: fieldErrors[field] };
        return this.focusOn(`[name="${field}"]`);
      }
      this.notice = { variant: 'error', message: apiError?.message ?? String(error) };
      // Handled by someone else meanwhile: show the request as it is now.
      if (apiError?.status === 409) void this.detail.load();
    } finally {
      this.busy = '';
    }
    await this.focusOn('.notice');
  }

  private renderHandling(detail: QueueDetail) {
    if (detail.status !== 'pending') return nothing;
    const part = detail.answerable ? answerFormFor(this.sections, detail) : undefined;
    if (part) {
      const tag = unsafeStatic(part.element);
      const content = this.answerFormFailure
        ? html`<pa-alert variant="error"><p>${this.answerFormFailure}</p></pa-alert>`
        : this.answerFormReady === part.element
          ? staticHtml`<${tag} .call=${managerCall} .detail=${detail} @request-answered=${this.onAnswered}></${tag}>`
          : html`<p role="status">Chargement du formulaire…</p>`;
      return html`<section class="handling" aria-labelledby="handling">
        <h2 id="handling">Répondre</h2>
        ${content}
      </section>`;
    }
    const form = detail.answerable
      ? html`<form novalidate @submit=${this.answer}>
          <p class="mandatory">${MANDATORY_NOTE}</p>
          <pa-textarea-field name="text" label="Réponse" required .error=${this.errors.text ?? ''}></pa-textarea-field>
          <pa-button type="submit" ?busy=${this.busy === 'answer'}>Envoyer la réponse</pa-button>
        </form>`
      : html`<p>Accepter applique ce que l'adhérent demande ; l'adhérent est prévenu par e-mail dans les deux cas.</p>
          <pa-button ?busy=${this.busy === 'accepted'} @click=${() => this.decide('accepted')}>Accepter</pa-button>
          <form novalidate @submit=${this.refuse}>
            <p class="mandatory">${MANDATORY_NOTE}</p>
            <pa-textarea-field name="reason" label="Motif du refus" required .error=${this.errors.reason ?? ''}></pa-textarea-field>
            <pa-button type="submit" variant="danger" ?busy=${this.busy === 'refused'}>Refuser</pa-button>
          </form>`;
    return html`<section class="handling" aria-labelledby="handling">
      <h2 id="handling">${detail.answerable ? 'Répondre' : 'Décision'}</h2>
      ${form}
    </section>`;
  }

  private renderDetail(detail: QueueDetail) {
    return html`${renderOverview(detail)} ${renderMemberFile(detail)} ${renderRequestContent(detail)}
      ${renderAttachments(detail)} ${renderOutcome(detail)} ${this.renderHandling(detail)}`;
  }

  override render() {
    const { notice, confirmation } = this;
    return html`<pa-page heading=${this.detail.value?.label ?? 'Demande'}>
        <p slot="intro"><a class="back-link" href=${queueUrl()}>Retour aux demandes</a></p>
        ${notice ? html`<pa-alert class="notice" tabindex="-1" variant=${notice.variant}><p>${notice.message}</p></pa-alert>` : nothing}
        ${this.detail.render((detail) => this.renderDetail(detail))}
      </pa-page>
      <pa-confirm-dialog
        heading=${confirmation.heading}
        message=${confirmation.message}
        confirm-label=${confirmation.confirmLabel}
      ></pa-confirm-dialog>`;
  }
}
