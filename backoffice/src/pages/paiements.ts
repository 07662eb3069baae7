// H5 — « Paiements »: the back office finds the member, offers the kinds of payment the sections
// declare in their manifests (`backOffice.paymentForms`) for the memberships the member holds, and
// shows the chosen section's form, from that section's own back-office bundle (`<package>/gestion`,
// its own release), giving it the manager's API caller and the payee.
import type { PayeeFile, PaymentFormPart, SectionSummary } from '@portail/kernel/contract';
import { readSectionSummaries } from '@portail/kernel/contract/section';
import { hostBase, token } from '@portail/shared-design';
import { type GestionCall, gestionStyles } from '@portail/shared-design/gestion';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { gestionApi } from '../api.js';
import type { PayeeFoundDetail } from './payee-lookup.js';

/** A kind of payment: a section's form. */
export interface PaymentChoice extends PaymentFormPart {
  /** The module to import for the form: the section's back-office bundle. */
  module: string;
}

/** Every section's payment forms, from the summaries of their manifests. */
export function paymentChoices(sections: readonly SectionSummary[]): PaymentChoice[] {
  return sections.flatMap((section) =>
    (section.backOffice?.paymentForms ?? []).map((form) => ({
      ...form,
      module: `${section.package}/gestion`,
    })),
  );
}

/** The kinds of payment a member can receive: those of the contracts they hold. */
export function choicesFor(payee: PayeeFile, choices: readonly PaymentChoice[]): PaymentChoice[] {
  return choices.filter((choice) => payee.memberships.some((m) => m.kind === choice.contractKind));
}

/** The back office's caller, with the manager session's CSRF token. */
const managerCall: GestionCall = (path, init) => gestionApi(path, init);

const importFromImportMap = (specifier: string): Promise<unknown> => import(/* @vite-ignore */ specifier);

export class BoPaiementsPage extends LitElement {
  static override styles = [
    hostBase,
    gestionStyles,
    css`
      :host {
        display: block;
      }
      .kind {
        margin-block: ${token['space-4']};
      }
    `,
  ];

  @property() heading = 'Paiements';
  /** How the forms reach the API; the manager's session by default. */
  @property({ attribute: false }) call: GestionCall = managerCall;
  /** The kinds of payment; by default those the page's section summaries declare. */
  @property({ attribute: false }) choices: readonly PaymentChoice[] = paymentChoices(readSectionSummaries());
  /** How a section's bundle is loaded; through the page's import map by default. */
  @property({ attribute: false }) importPart: (specifier: string) => Promise<unknown> = importFromImportMap;

  @state() private payee: PayeeFile | null = null;
  @state() private choice: PaymentChoice | null = null;
  @state() private loadedElement = '';
  @state() private failure = '';

  private onPayee(event: CustomEvent<PayeeFoundDetail>): void {
    this.payee = event.detail.payee;
    const open = this.payee ? choicesFor(this.payee, this.choices) : [];
    void this.choose(open.length === 1 ? open[0]! : null);
  }

  private async choose(choice: PaymentChoice | null): Promise<void> {
    this.choice = choice;
    this.failure = '';
    if (!choice || customElements.get(choice.element)) {
      this.loadedElement = choice?.element ?? '';
      return;
    }
    this.loadedElement = '';
    try {
      await this.importPart(choice.module);
      await customElements.whenDefined(choice.element);
      if (this.choice === choice) this.loadedElement = choice.element;
    } catch (error) {
      console.error(`Partie de gestion ${choice.module} non chargée`, error);
      if (this.choice === choice) {
        this.failure = `Le formulaire « ${choice.label} » est momentanément indisponible : réessayez dans quelques instants.`;
      }
    }
  }

  private renderChoices(payee: PayeeFile) {
    const open = choicesFor(payee, this.choices);
    if (open.length === 0) {
      return html`<pa-alert variant="info"
        ><p>Cet adhérent n'a aucune adhésion : aucun paiement ne peut lui être enregistré.</p></pa-alert
      >`;
    }
    return html`<fieldset class="choice kind">
      <legend>Type de paiement</legend>
      <div class="options">
        ${open.map(
          (choice) => html`<label class="option"
            ><input
              type="radio"
              name="kind"
              .value=${choice.element}
              .checked=${this.choice?.element === choice.element}
              @change=${() => void this.choose(choice)}
            />${choice.label}</label
          >`,
        )}
      </div>
    </fieldset>`;
  }

  private renderForm(payee: PayeeFile) {
    const choice = this.choice;
    if (!choice) return nothing;
    if (this.failure) return html`<pa-alert variant="error"><p>${this.failure}</p></pa-alert>`;
    if (this.loadedElement !== choice.element) return html`<p role="status">Chargement du formulaire…</p>`;
    const tag = unsafeStatic(choice.element);
    return staticHtml`<h2>${choice.label}</h2>
      <${tag} .call=${this.call} .payee=${payee}></${tag}>`;
  }

  override render() {
    const payee = this.payee;
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">
        Le paiement apparaît aussitôt dans l'historique de l'adhérent, qui en est alerté par e-mail et/ou par
        SMS selon ses préférences.
      </p>
      <bo-payee-lookup .call=${this.call} @bo-payee-found=${this.onPayee}></bo-payee-lookup>
      ${payee ? html`${this.renderChoices(payee)}${this.renderForm(payee)}` : nothing}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bo-paiements-page': BoPaiementsPage;
  }
}
