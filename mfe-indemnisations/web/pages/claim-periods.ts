import { token } from '@portail/shared-design';
import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  type ClaimValues,
  PAY_RATE_LABELS,
  type PayRate,
  type PeriodRow,
  type PeriodsField,
} from '../../contract/claim-form.js';
import type { FieldContext } from './claim-fields.js';

/** An id usable in the shadow root (and in aria-describedby) for a field path. */
export function idOf(kind: 'error' | 'hint', path: string): string {
  return `${kind}-${path.replace(/[^\w-]/g, '-')}`;
}

const EMPTY_ROW: PeriodRow = { start: '', end: '', rate: '' };
const RATES = Object.keys(PAY_RATE_LABELS) as PayRate[];

function isEmpty(row: PeriodRow): boolean {
  return row.start === '' && row.end === '' && row.rate === '';
}

/** The `maxRows` rows of a periods field, empty ones added after those saved. */
export function periodRows(value: ClaimValues[string] | undefined, maxRows: number): PeriodRow[] {
  const saved = Array.isArray(value) ? value : [];
  return Array.from({ length: Math.max(maxRows, saved.length) }, (_, i) => ({ ...EMPTY_ROW, ...saved[i] }));
}

/** The rows as saved: without the empty rows at the end (the indexes of the others are kept). */
export function trimRows(rows: PeriodRow[]): PeriodRow[] {
  let end = rows.length;
  while (end > 0 && isEmpty(rows[end - 1]!)) end -= 1;
  return rows.slice(0, end);
}

/**
 * "Période(s) d'arrêt": a table of `maxRows` rows (Début, Fin, Plein traitement | Demi-traitement).
 * Each control is named by its column and row ("Début de la période 2") and tied to its own error;
 * an error on the whole field (overlap, none given) is under the caption, tied to the table and to
 * the first date.
 */
export function renderPeriods(field: PeriodsField, ctx: FieldContext, required: boolean) {
  const rows = periodRows(ctx.values[field.name], field.maxRows);
  const readOnly = Boolean(field.readOnly) || ctx.locked;
  const fieldError = ctx.errors[field.name];
  const fieldErrorId = fieldError ? idOf('error', field.name) : '';
  const hintId = field.hint ? idOf('hint', field.name) : '';
  const update = (index: number, change: Partial<PeriodRow>) => {
    const next = rows.map((row, i) => (i === index ? { ...row, ...change } : row));
    ctx.onValue(field.name, trimRows(next));
  };

  const dateCell = (row: PeriodRow, index: number, part: 'start' | 'end') => {
    const path = `${field.name}.${index}.${part}`;
    const error = ctx.errors[path];
    const errorId = idOf('error', path);
    const describedBy = [
      error ? errorId : '',
      index === 0 && part === 'start' ? fieldErrorId : '',
      index === 0 && part === 'start' ? hintId : '',
    ].filter(Boolean);
    return html`<td>
      <input
        class="control"
        type="date"
        data-path=${path}
        aria-label="${part === 'start' ? 'Début' : 'Fin'} de la période ${index + 1}"
        .value=${live(row[part])}
        ?readonly=${readOnly}
        aria-invalid=${error || (fieldError && index === 0 && part === 'start') ? 'true' : nothing}
        aria-describedby=${describedBy.length ? describedBy.join(' ') : nothing}
        @input=${(event: Event) => update(index, { [part]: (event.currentTarget as HTMLInputElement).value })}
      />
      ${error ? html`<p id=${errorId} class="error">${error}</p>` : nothing}
    </td>`;
  };

  const rateCells = (row: PeriodRow, index: number) => {
    const path = `${field.name}.${index}.rate`;
    const error = ctx.errors[path];
    const errorId = idOf('error', path);
    return RATES.map(
      (rate, i) => html`<td class="rate">
        <input
          type="radio"
          name=${path}
          value=${rate}
          data-path=${path}
          aria-label="${PAY_RATE_LABELS[rate]}, période ${index + 1}"
          .checked=${live(row.rate === rate)}
          ?disabled=${readOnly}
          aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${error ? errorId : nothing}
          @change=${() => update(index, { rate })}
        />
        ${error && i === 0 ? html`<p id=${errorId} class="error">${error}</p>` : nothing}
      </td>`,
    );
  };

  return html`<div class="periods">
    <div class="table-scroll">
      <table aria-describedby=${[fieldErrorId, hintId].filter(Boolean).join(' ') || nothing}>
        <caption>
          ${field.label}${
            required
              ? html`<span class="required" aria-hidden="true"> *</span
                  ><span class="visually-hidden"> (au moins une période obligatoire)</span>`
              : nothing
          }
        </caption>
        <thead>
          <tr>
            <th scope="col"><span class="visually-hidden">Période</span></th>
            <th scope="col">Début</th>
            <th scope="col">Fin</th>
            ${RATES.map((rate) => html`<th scope="col">${PAY_RATE_LABELS[rate]}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row, index) => html`<tr>
              <th scope="row">Période ${index + 1}</th>
              ${dateCell(row, index, 'start')} ${dateCell(row, index, 'end')} ${rateCells(row, index)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${field.hint ? html`<p id=${hintId} class="hint">${field.hint}</p>` : nothing}
    ${fieldError ? html`<p id=${fieldErrorId} class="error">${fieldError}</p>` : nothing}
  </div>`;
}

export const periodsStyles = css`
  .periods {
    margin-block-end: ${token['space-4']};
  }
  .table-scroll {
    overflow-x: auto;
  }
  .periods table {
    border-collapse: collapse;
  }
  .periods caption {
    margin-block-end: ${token['space-2']};
  }
  .periods th,
  .periods td {
    padding: ${token['space-2']};
    border-block-end: 1px solid ${token['color-border']};
    text-align: start;
    vertical-align: top;
  }
  .periods thead th {
    border-block-end: 2px solid ${token['color-primary']};
    background: ${token['color-surface-alt']};
  }
  .periods tbody th {
    font-weight: 400;
    white-space: nowrap;
  }
  .periods td.rate {
    text-align: center;
  }
  .periods td.rate input {
    margin-block-start: ${token['space-3']};
  }
  .periods .control {
    min-width: 10rem;
    min-height: 2.75rem;
    padding: ${token['space-2']} ${token['space-3']};
    border: 1px solid ${token['color-border-strong']};
    border-radius: ${token.radius};
    background: ${token['color-surface']};
    color: inherit;
    font: inherit;
  }
  .periods .control:read-only {
    background: ${token['color-surface-alt']};
  }
  .periods .control[aria-invalid='true'] {
    border: 2px solid ${token['color-error']};
  }
`;
