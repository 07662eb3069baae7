import {
  EMPLOYER_FEATURES,
  type Employer,
  type EmployerFeature,
  type EmployerUpdate,
} from '@portail/kernel/contract/gestion';
import { describeFailure, MANDATORY_NOTE, token } from '@portail/shared-design';
import { LoadController, type TableColumn, type TableRow } from '@portail/shared-design/section';
import '@portail/shared-design/forms';
import { css, html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { gestionApi } from '../api.js';
import { gestionPageStyles } from '../styles.js';

const EMPLOYERS_API = '/api/gestion/employeurs';

export const EMPLOYER_MESSAGES = {
  origin: 'Origine invalide : https://hôte[:port], sans chemin.',
  invalid: 'Certains champs sont incorrects : ils sont signalés en rouge.',
} as const;

/** "Employeur enregistré : Mairie de Bourges." */
export function savedText(employer: Employer): string {
  return `Employeur enregistré : ${employer.name}.`;
}

const FEATURES = Object.entries(EMPLOYER_FEATURES) as [EmployerFeature, string][];

const COLUMNS: TableColumn[] = [
  { key: 'name', label: 'Nom', rowHeader: true },
  { key: 'adhesionCode', label: "Identifiant d'adhésion" },
  ...FEATURES.map(([feature, label]): TableColumn => ({ key: `feature:${feature}`, label })),
  { key: 'widgetOrigins', label: 'Origines des widgets' },
  { key: 'memberCount', label: 'Adhérents', align: 'end' },
  { key: 'edit', label: 'Modifier', hiddenLabel: true },
];

/** The widget origins typed one per line, blank lines left out. */
function originLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * An origin as the browser sends it (`https://intranet.exemple.fr`, `http://localhost:8080`), from
 * what the manager typed; null when the text is no bare origin (a path, a query, another scheme).
 */
export function originOf(text: string): string | null {
  // Nothing but scheme, host and port (a trailing "/" aside).
  const bare = text.trim().replace(/\/$/, '');
  if (!/^https?:\/\/[^/?#@\s]+$/i.test(bare)) return null;
  try {
    return new URL(bare).origin;
  } catch {
    return null;
  }
}

interface Draft {
  adhesionCode: string;
  features: Record<EmployerFeature, boolean>;
  widgetOrigins: string;
}

type FieldName = 'adhesionCode' | 'features' | 'widgetOrigins';

function draftOf(employer: Employer): Draft {
  return {
    adhesionCode: employer.adhesionCode ?? '',
    features: { ...employer.features },
    widgetOrigins: employer.widgetOrigins.join('\n'),
  };
}

/**
 * H6 — the employers: their adhesion identifier (what prospective members type in Espace
 * Adhésion, B4), the features they authorise (A6) and the origins allowed to embed the widgets
 * (W2), with their member count. "Modifier" opens the employer's form under the table;
 * "Enregistrer" checks the origins, saves (PUT) and updates the table; the server's refusals
 * (identifier already used, invalid origin) are marked on their fields.
 */
export class BoEmployeursPage extends LitElement {
  static override styles = [
    gestionPageStyles,
    css`
      .origins {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .edit {
        margin-block-start: ${token['space-5']};
        padding: ${token['space-4']};
        border: 1px solid ${token['color-border']};
        border-radius: ${token.radius};
      }
      .edit h2 {
        margin-block-start: 0;
      }
      fieldset {
        margin: 0;
        padding: 0;
        border: 0;
      }
      legend {
        padding: 0;
        font-weight: 600;
      }
      .error {
        margin: ${token['space-1']} 0 0;
        color: ${token['color-error']};
        font-size: ${token['font-size-sm']};
        font-weight: 600;
      }
      .option {
        display: flex;
        align-items: center;
        gap: ${token['space-2']};
        min-height: 2.75rem;
      }
      input[type='checkbox'] {
        width: 1.25rem;
        height: 1.25rem;
        margin: 0;
        accent-color: ${token['color-primary']};
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${token['space-2']};
      }
    `,
  ];

  @state() private editing: Employer | undefined;
  @state() private draft: Draft | undefined;
  @state() private errors: Partial<Record<FieldName, string>> = {};
  @state() private failure = '';
  @state() private saved = '';
  @state() private busy = false;
  /** The employer whose "Modifier" button gets the focus back when the form closes. */
  private returnFocusTo: string | undefined;

  private readonly list = new LoadController<Employer[]>(
    this,
    async () => (await gestionApi<{ items: Employer[] }>(EMPLOYERS_API)).items,
  );

  private async edit(employer: Employer): Promise<void> {
    this.editing = employer;
    this.draft = draftOf(employer);
    this.errors = {};
    this.failure = '';
    this.saved = '';
    this.returnFocusTo = employer.id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.edit h2')?.focus();
  }

  private async close(): Promise<void> {
    this.editing = undefined;
    this.draft = undefined;
    this.errors = {};
    this.failure = '';
    await this.updateComplete;
    this.focusEditButton();
  }

  private focusEditButton(): void {
    const table = this.renderRoot.querySelector('pa-data-table');
    table?.shadowRoot
      ?.querySelector<HTMLElement>(`tr[data-row-id="${this.returnFocusTo}"] pa-button`)
      ?.focus();
  }

  private check(draft: Draft): { update: EmployerUpdate } | { errors: Partial<Record<FieldName, string>> } {
    const origins: string[] = [];
    const lines = originLines(draft.widgetOrigins);
    for (const [index, line] of lines.entries()) {
      const origin = originOf(line);
      if (!origin) {
        const where = lines.length > 1 ? `Ligne ${index + 1} (${line}) : ` : '';
        return { errors: { widgetOrigins: `${where}${EMPLOYER_MESSAGES.origin}` } };
      }
      if (!origins.includes(origin)) origins.push(origin);
    }
    return {
      update: {
        adhesionCode: draft.adhesionCode.trim() || null,
        features: draft.features,
        widgetOrigins: origins,
      },
    };
  }

  /** The server's field errors: `widgetOrigins.2` says which line. */
  private serverErrors(fieldErrors: Record<string, string>, update: EmployerUpdate) {
    const errors: Partial<Record<FieldName, string>> = {};
    for (const [field, detail] of Object.entries(fieldErrors)) {
      const [name, index] = field.split('.');
      if (name === 'widgetOrigins') {
        const line = index === undefined ? undefined : update.widgetOrigins[Number(index)];
        errors.widgetOrigins ??=
          line === undefined ? detail : `Ligne ${Number(index) + 1} (${line}) : ${detail}`;
      } else if (name === 'adhesionCode' || name === 'features') {
        errors[name] ??= detail;
      }
    }
    return errors;
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const name = (['adhesionCode', 'features', 'widgetOrigins'] as const).find((field) => this.errors[field]);
    const target = name
      ? this.renderRoot.querySelector<HTMLElement>(
          name === 'features' ? '.edit input[type="checkbox"]' : `.edit [name="${name}"]`,
        )
      : this.renderRoot.querySelector<HTMLElement>('.form-error');
    target?.focus();
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const employer = this.editing;
    const draft = this.draft;
    if (this.busy || !employer || !draft) return;
    this.failure = '';
    const checked = this.check(draft);
    if ('errors' in checked) {
      this.errors = checked.errors;
      this.failure = EMPLOYER_MESSAGES.invalid;
      return this.focusFirstError();
    }
    this.errors = {};
    this.busy = true;
    try {
      const updated = await gestionApi<Employer>(`${EMPLOYERS_API}/${encodeURIComponent(employer.id)}`, {
        method: 'PUT',
        body: checked.update,
      });
      this.list.set((this.list.value ?? []).map((e) => (e.id === updated.id ? updated : e)));
      this.editing = undefined;
      this.draft = undefined;
      this.saved = savedText(updated);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.saved')?.focus();
    } catch (error) {
      const fieldErrors = (error as { fieldErrors?: Record<string, string> }).fieldErrors ?? {};
      this.errors = this.serverErrors(fieldErrors, checked.update);
      this.failure = describeFailure(error).message;
      await this.focusFirstError();
    } finally {
      this.busy = false;
    }
  }

  private row(employer: Employer): TableRow {
    const features = Object.fromEntries(
      FEATURES.map(([feature]) => [`feature:${feature}`, employer.features[feature] ? 'Oui' : 'Non']),
    );
    return {
      id: employer.id,
      cells: {
        name: employer.name,
        adhesionCode: employer.adhesionCode ?? 'Aucun',
        ...features,
        widgetOrigins: employer.widgetOrigins.length
          ? html`<ul class="origins">
              ${employer.widgetOrigins.map((origin) => html`<li>${origin}</li>`)}
            </ul>`
          : 'Aucune',
        memberCount: String(employer.memberCount),
        edit: html`<pa-button variant="secondary" @click=${() => this.edit(employer)}
          >Modifier<span class="visually-hidden"> ${employer.name}</span></pa-button
        >`,
      },
    };
  }

  private renderEdit(employer: Employer, draft: Draft) {
    // From the draft as it is when the manager acts, not as it was rendered.
    const update = (change: (current: Draft) => Partial<Draft>) => {
      const current = this.draft ?? draft;
      this.draft = { ...current, ...change(current) };
    };
    return html`<section class="edit" aria-labelledby="edit-title">
      <h2 id="edit-title" tabindex="-1">Modifier l'employeur ${employer.name}</h2>
      <form novalidate @submit=${this.submit} aria-labelledby="edit-title">
        <p class="mandatory">${MANDATORY_NOTE}</p>
        <pa-text-field
          name="adhesionCode"
          label="Identifiant d'adhésion"
          hint="Ce que les futurs adhérents saisissent dans l'Espace Adhésion. Vide : pas d'Espace Adhésion pour cet employeur."
          .value=${draft.adhesionCode}
          .error=${this.errors.adhesionCode ?? ''}
          @input=${(event: Event) => update(() => ({ adhesionCode: (event.currentTarget as HTMLInputElement).value }))}
        ></pa-text-field>
        <fieldset aria-describedby=${this.errors.features ? 'features-error' : nothing}>
          <legend>Autorisations</legend>
          ${FEATURES.map(
            ([feature, label]) => html`<label class="option"
              ><input
                type="checkbox"
                name=${`features.${feature}`}
                .checked=${draft.features[feature]}
                @change=${(event: Event) =>
                  update((current) => ({
                    features: {
                      ...current.features,
                      [feature]: (event.currentTarget as HTMLInputElement).checked,
                    },
                  }))}
              />${label}</label
            >`,
          )}
          ${this.errors.features ? html`<p id="features-error" class="error">${this.errors.features}</p>` : nothing}
        </fieldset>
        <pa-textarea-field
          name="widgetOrigins"
          label="Origines autorisées pour les widgets"
          hint="Une origine par ligne, par exemple https://intranet.mairie-bourges.fr (sans chemin)."
          rows="4"
          .value=${draft.widgetOrigins}
          .error=${this.errors.widgetOrigins ?? ''}
          @input=${(event: Event) => update(() => ({ widgetOrigins: (event.currentTarget as HTMLTextAreaElement).value }))}
        ></pa-textarea-field>
        <div class="actions">
          <pa-button type="submit" ?busy=${this.busy}>Enregistrer</pa-button>
          <pa-button variant="secondary" @click=${this.close}>Annuler</pa-button>
        </div>
      </form>
    </section>`;
  }

  private renderList(employers: Employer[]) {
    return html`<pa-data-table
        caption="Employeurs"
        caption-hidden
        empty-text="Aucun employeur"
        .columns=${COLUMNS}
        .rows=${employers.map((employer) => this.row(employer))}
      ></pa-data-table>
      ${this.editing && this.draft ? this.renderEdit(this.editing, this.draft) : nothing}`;
  }

  override render() {
    return html`<pa-page heading="Employeurs">
      <p slot="intro">
        L'identifiant d'adhésion de chaque employeur (Espace Adhésion), les fonctions qu'il autorise à ses
        adhérents et les sites (origines) autorisés à intégrer les widgets du portail.
      </p>
      ${this.saved ? html`<pa-alert class="saved" variant="success" tabindex="-1"><p>${this.saved}</p></pa-alert>` : nothing}
      ${
        this.failure
          ? html`<pa-alert class="form-error" variant="error" tabindex="-1"><p>${this.failure}</p></pa-alert>`
          : nothing
      }
      ${this.list.render((employers) => this.renderList(employers))}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bo-employeurs-page': BoEmployeursPage;
  }
}
