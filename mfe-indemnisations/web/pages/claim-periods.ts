import { msg, str } from '@lit/localize';
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
 * Where the table does not fit (a phone: it needs some 40rem), each period is stacked instead, as a
 * card titled "Période 1" with its two dates under their labels and the two rates with their
 * words, clickable (side by side where there is room): the same table for screen readers (its ARIA roles written out, as CSS
 * display changes make some browsers forget them), nothing cut nor to scroll sideways.
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
    const column = part === 'start' ? msg('Début') : msg('Fin');
    return html`<td role="cell" data-label=${column}>
      <input
        class="control"
        type="date"
        data-path=${path}
        aria-label=${msg(str`${column} de la période ${index + 1}`)}
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
      (rate, i) => html`<td role="cell" class="rate">
        <label class="rate-option"><input
          type="radio"
          name=${path}
          value=${rate}
          data-path=${path}
          aria-label=${msg(str`${PAY_RATE_LABELS[rate]}, période ${index + 1}`)}
          .checked=${live(row.rate === rate)}
          ?disabled=${readOnly}
          aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${error ? errorId : nothing}
          @change=${() => update(index, { rate })}
        /><span class="rate-text" aria-hidden="true">${PAY_RATE_LABELS[rate]}</span></label>
        ${error && i === 0 ? html`<p id=${errorId} class="error">${error}</p>` : nothing}
      </td>`,
    );
  };

  return html`<div class="periods">
    <div class="table-scroll">
      <table
        role="table"
        aria-describedby=${[fieldErrorId, hintId].filter(Boolean).join(' ') || nothing}>
        <caption>
          ${field.label}${
            required
              ? html`<span class="required" aria-hidden="true"> *</span
                  ><span class="visually-hidden"> ${msg('(au moins une période obligatoire)')}</span>`
              : nothing
          }
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader"><span class="visually-hidden">${msg('Période')}</span></th>
            <th scope="col" role="columnheader">${msg('Début')}</th>
            <th scope="col" role="columnheader">${msg('Fin')}</th>
            ${RATES.map((rate) => html`<th scope="col" role="columnheader">${PAY_RATE_LABELS[rate]}</th>`)}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${rows.map(
            (row, index) => html`<tr role="row">
              <th scope="row" role="rowheader">${msg(str`Période ${index + 1}`)}</th>
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
    /* Stacked by the width the form has, not the screen's. */
    container-type: inline-size;
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
  .periods .rate-text {
    display: none;
  }

  /* Narrow: one card per period, the dates under their labels, the rates with their words. */
  @container (max-width: 40rem) {
    .periods :is(table, caption, tbody, tr, th, td) {
      display: block;
    }
    .periods thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .periods tbody tr {
      display: flex;
      flex-wrap: wrap;
      gap: ${token['space-2']} ${token['space-4']};
      margin-block-end: ${token['space-3']};
      padding: ${token['space-3']};
      border: 1px solid ${token['color-border']};
      border-radius: ${token.radius};
    }
    .periods tbody :is(th, td) {
      flex: 1 1 100%;
      padding: 0;
      border: 0;
    }
    .periods tbody th {
      font-weight: 700;
    }
    .periods td[data-label]::before {
      display: block;
      margin-block-end: ${token['space-1']};
      content: attr(data-label);
      content: attr(data-label) / '';
    }
    .periods .control {
      box-sizing: border-box;
      width: 100%;
      min-width: 0;
    }
    .periods td.rate {
      flex: 0 1 auto;
    }
    .periods td.rate input {
      margin-block-start: 0;
    }
    .periods .rate-option {
      display: inline-flex;
      align-items: center;
      gap: ${token['space-2']};
      min-height: 2.75rem;
    }
    .periods .rate-text {
      display: inline;
    }
  }
`;
