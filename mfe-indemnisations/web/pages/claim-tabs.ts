import { msg } from '@lit/localize';
import { token } from '@portail/shared-design';
import { css, html, nothing } from 'lit';
import type { ClaimFormDefinition, ClaimTab } from '../../contract/claim-form.js';
import { type FieldContext, renderField } from './claim-fields.js';

/** The tab a key takes the focus to (arrows wrap around, Home and End), or undefined for other keys. */
export function tabAfterKey(key: string, tabs: readonly ClaimTab[], current: string): ClaimTab | undefined {
  const index = tabs.findIndex((tab) => tab.id === current);
  const moves: Record<string, number> = {
    ArrowRight: index + 1,
    ArrowLeft: index - 1,
    Home: 0,
    End: tabs.length - 1,
  };
  const next = moves[key];
  return next === undefined ? undefined : tabs[(next + tabs.length) % tabs.length];
}

export interface TabsView {
  form: ClaimFormDefinition;
  /** The id of the tab shown. */
  selected: string;
  /** The ids of the tabs holding errors: their headers say so. */
  withErrors: ReadonlySet<string>;
  fields: FieldContext;
  /** Shows a tab; with `focus`, the focus then goes to its header (keyboard). */
  onSelect(id: string, focus?: 'tab'): void;
  /** "Précédent" (-1) or "Suivant" (1): the tab before or after the one shown now. */
  onStep(delta: -1 | 1): void;
}

/**
 * The form's tabs as an ARIA tablist (headers are `role=tab` buttons, one in the tab order, arrow
 * keys move between them and show the tab), all panels rendered but the selected one hidden, and
 * "Précédent" / "Suivant" under them. A header holding errors shows "⚠ (erreurs)", also spoken.
 */
export function renderTabs({ form, selected, withErrors, fields, onSelect, onStep }: TabsView) {
  const tabs = form.tabs;
  const index = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === selected),
  );
  const onKeydown = (event: KeyboardEvent) => {
    const next = tabAfterKey(event.key, tabs, tabs[index]?.id ?? '');
    if (!next) return;
    event.preventDefault();
    onSelect(next.id, 'tab');
  };
  return html`<div role="tablist" aria-label=${msg('Rubriques de la demande')} @keydown=${onKeydown}>
      ${tabs.map((tab, i) => {
        const marked = withErrors.has(tab.id);
        return html`<button
          type="button"
          role="tab"
          id="tab-${tab.id}"
          aria-controls="panel-${tab.id}"
          aria-selected=${i === index ? 'true' : 'false'}
          tabindex=${i === index ? 0 : -1}
          class=${marked ? 'has-errors' : ''}
          @click=${() => onSelect(tab.id)}
        >
          ${tab.label}${
            marked
              ? html` <span class="tab-errors"><span aria-hidden="true">⚠</span> ${msg('(erreurs)')}</span>`
              : nothing
          }
        </button>`;
      })}
    </div>
    ${tabs.map(
      (
        tab,
        i,
      ) => html`<div role="tabpanel" id="panel-${tab.id}" aria-labelledby="tab-${tab.id}" ?hidden=${i !== index}>
        <h2 tabindex="-1">${tab.label}</h2>
        ${tab.intro ? html`<p>${tab.intro}</p>` : nothing} ${tab.fields.map((field) => renderField(field, fields))}
      </div>`,
    )}
    <div class="steps">
      <pa-button
        variant="secondary"
        ?disabled=${index === 0}
        @click=${() => onStep(-1)}
        >${msg('Précédent')}</pa-button
      >
      <pa-button
        variant="secondary"
        ?disabled=${index >= tabs.length - 1}
        @click=${() => onStep(1)}
        >${msg('Suivant')}</pa-button
      >
    </div>`;
}

export const tabsStyles = css`
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: ${token['space-1']};
    margin-block-start: ${token['space-4']};
    border-block-end: 2px solid ${token['color-primary']};
  }
  [role='tab'] {
    min-height: 2.75rem;
    padding: ${token['space-2']} ${token['space-4']};
    border: 1px solid ${token['color-border-strong']};
    border-block-end: 0;
    border-radius: ${token.radius} ${token.radius} 0 0;
    background: ${token['color-surface-alt']};
    color: ${token['color-primary']};
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    background: ${token['color-primary']};
    color: ${token['color-on-primary']};
  }
  [role='tab'].has-errors {
    border-color: ${token['color-error']};
    border-block-start-width: 3px;
  }
  .tab-errors {
    color: ${token['color-error']};
    font-size: ${token['font-size-sm']};
  }
  [aria-selected='true'] .tab-errors {
    color: inherit;
  }
  [role='tabpanel'] {
    padding-block: ${token['space-4']};
  }
  [role='tabpanel'] h2 {
    margin-block-start: 0;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: ${token['space-3']};
    margin-block: ${token['space-4']};
  }
`;
