import { token } from '@portail/shared-design';
import { choiceStyles } from '@portail/shared-design/forms';
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type {
  ChoiceField,
  ClaimErrors,
  ClaimField,
  ClaimFormDefinition,
  ClaimValues,
  PeriodRow,
  TextField,
} from '../../contract/claim-form.js';
import { idOf, periodRows, renderPeriods } from './claim-periods.js';

/** What the fields of a claim need from the wizard that shows them. */
export interface FieldContext {
  values: ClaimValues;
  /** Field path → French message (`nom`, `periodes.1.end`, `periodes`). */
  errors: ClaimErrors;
  /** The claim is sent: nothing can be changed any more. */
  locked: boolean;
  onValue(name: string, value: string | PeriodRow[]): void;
}

/** Whether `field` must be filled now: always, or because of another field's answer. */
export function isRequiredNow(field: ClaimField, values: ClaimValues): boolean {
  if (field.required) return true;
  return field.requiredIf !== undefined && values[field.requiredIf.field] === field.requiredIf.equals;
}

function textOf(values: ClaimValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value : '';
}

function inputType(field: TextField): 'text' | 'email' | 'tel' {
  if (field.format === 'email') return 'email';
  return field.format === 'phone' ? 'tel' : 'text';
}

function renderText(field: TextField, ctx: FieldContext, required: boolean) {
  const readOnly = Boolean(field.readOnly) || ctx.locked;
  const onInput = (event: Event) => ctx.onValue(field.name, (event.currentTarget as HTMLInputElement).value);
  if (field.type === 'textarea') {
    // pa-textarea-field has no read-only state: a locked text is shown disabled.
    return html`<pa-textarea-field
      name=${field.name}
      label=${field.label}
      rows="4"
      data-path=${field.name}
      maxlength=${field.maxLength}
      .value=${textOf(ctx.values, field.name)}
      .hint=${field.hint ?? ''}
      .error=${ctx.errors[field.name] ?? ''}
      ?required=${required}
      ?disabled=${readOnly}
      @input=${onInput}
    ></pa-textarea-field>`;
  }
  return html`<pa-text-field
    name=${field.name}
    label=${field.label}
    type=${inputType(field)}
    maxlength=${field.maxLength}
    data-path=${field.name}
    .value=${textOf(ctx.values, field.name)}
    .hint=${field.hint ?? ''}
    .error=${ctx.errors[field.name] ?? ''}
    ?required=${required}
    ?readonly=${readOnly}
    @input=${onInput}
  ></pa-text-field>`;
}

/** A choice as a group of radio buttons, named by its legend (RGAA 11.5). */
function renderChoice(field: ChoiceField, ctx: FieldContext, required: boolean) {
  const value = textOf(ctx.values, field.name);
  const error = ctx.errors[field.name];
  const hintId = idOf('hint', field.name);
  const errorId = idOf('error', field.name);
  const describedBy = [error ? errorId : '', field.hint ? hintId : ''].filter(Boolean).join(' ');
  const disabled = Boolean(field.readOnly) || ctx.locked;
  return html`<fieldset
    class="choice"
    role="radiogroup"
    aria-required=${required ? 'true' : nothing}
    aria-invalid=${error ? 'true' : nothing}
    aria-describedby=${describedBy || nothing}
  >
    <legend>${field.label}${required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</legend>
    ${field.hint ? html`<p id=${hintId} class="hint">${field.hint}</p>` : nothing}
    <div class="options">
      ${field.options.map(
        (option) => html`<label class="option">
          <input
            type="radio"
            name=${field.name}
            value=${option.value}
            data-path=${field.name}
            .checked=${live(value === option.value)}
            ?disabled=${disabled}
            @change=${() => ctx.onValue(field.name, option.value)}
          />
          ${option.label}
        </label>`,
      )}
    </div>
    ${error ? html`<p id=${errorId} class="error">${error}</p>` : nothing}
  </fieldset>`;
}

/** The paths of a form's fields, in the order a member reads them (a periods field row by row). */
export function pathsOf(form: ClaimFormDefinition, values: ClaimValues): string[] {
  return form.tabs.flatMap((tab) =>
    tab.fields.flatMap((field) =>
      field.type === 'periods'
        ? [
            field.name,
            ...periodRows(values[field.name], field.maxRows).flatMap((_, i) =>
              ['start', 'end', 'rate'].map((part) => `${field.name}.${i}.${part}`),
            ),
          ]
        : [field.name],
    ),
  );
}

/** One field of a claim's form, as its definition says (type, asterisk, read-only, hint, error). */
export function renderField(field: ClaimField, ctx: FieldContext): TemplateResult {
  const required = isRequiredNow(field, ctx.values);
  switch (field.type) {
    case 'text':
    case 'textarea':
      return renderText(field, ctx, required);
    case 'choice':
      return renderChoice(field, ctx, required);
    case 'periods':
      return renderPeriods(field, ctx, required);
    case 'date':
      return html`<pa-text-field
        type="date"
        name=${field.name}
        label=${field.label}
        data-path=${field.name}
        .value=${textOf(ctx.values, field.name)}
        .hint=${field.hint ?? ''}
        .error=${ctx.errors[field.name] ?? ''}
        ?required=${required}
        ?readonly=${Boolean(field.readOnly) || ctx.locked}
        @input=${(event: Event) => ctx.onValue(field.name, (event.currentTarget as HTMLInputElement).value)}
      ></pa-text-field>`;
  }
}

/** The look of the fields the wizard draws itself (radio groups, the periods table). */
export const claimFieldStyles = [
  choiceStyles,
  css`
    pa-text-field,
    pa-textarea-field {
      max-width: 32rem;
    }
    .choice {
      margin: 0 0 ${token['space-4']};
      padding: 0;
      border: 0;
    }
    .choice legend,
    .periods caption {
      padding: 0;
      font-weight: 600;
      text-align: start;
    }
    .hint {
      margin: ${token['space-1']} 0 0;
      color: ${token['color-text-muted']};
      font-size: ${token['font-size-sm']};
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: ${token['space-2']} ${token['space-5']};
      margin-block-start: ${token['space-1']};
    }
    fieldset[aria-invalid='true'] .options {
      padding-inline-start: ${token['space-2']};
      border-inline-start: 3px solid ${token['color-error']};
    }
  `,
];
