// SPEC P5 — what the member's « Estimer un remboursement » page and the back office's answer to a
// quote (H3) share: the lines of a quote as fields (care, price, days of a stay), checked with the
// contract's messages, and the estimate (THE computation of `contract/estimate.ts`) as a table with
// the rules applied, the yearly forfaits and the 100 % Santé notes.
import { msg, str } from '@lit/localize';
import { centsFromEuros } from '@portail/kernel/contract/format';
import { formatEuros, type SelectOption, token } from '@portail/shared-design';
import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  type CareKind,
  ESTIMATE_MESSAGES,
  type Estimate,
  type GuaranteeTableDefinition,
  isCareKind,
  isPerDay,
  QUOTE_MAX_DAYS,
  QUOTE_MAX_LINES,
  QUOTE_MAX_PRICE_CENTS,
  type QuoteLine,
} from '../contract/index.js';

interface LineRow {
  key: number;
  care: string;
  price: string;
  days: string;
}
type LineField = 'care' | 'price' | 'days';
type LineErrors = Partial<Record<LineField, string>>;

let nextKey = 0;
const emptyRow = (): LineRow => ({ key: ++nextKey, care: '', price: '', days: '' });

/** The price typed, as cents, or the French reason it is refused. */
export function checkPrice(text: string): { cents: number } | { error: string } {
  if (!text.trim()) return { error: ESTIMATE_MESSAGES.price };
  const cents = centsFromEuros(text);
  if (cents === null) return { error: ESTIMATE_MESSAGES.priceInvalid };
  if (cents <= 0) return { error: ESTIMATE_MESSAGES.priceNegative };
  if (cents > QUOTE_MAX_PRICE_CENTS) return { error: ESTIMATE_MESSAGES.priceTooHigh };
  return { cents };
}

/** The cares of a table as choices: « Optique — monture »… in the table's order. */
export function careOptions(table: GuaranteeTableDefinition): SelectOption[] {
  return table.guarantees.map((g) => ({ value: g.care, label: g.label }));
}

/**
 * The lines of a quote being typed, as fields in one fieldset per line (« Ligne 1 »…), lines added
 * (up to QUOTE_MAX_LINES) and removed; `read()` checks them, marks each wrong field with its French
 * message and moves the focus to the first, or answers the lines. Its host renders `render()` and is
 * asked to update as the lines change.
 */
export class QuoteLinesController {
  rows: LineRow[] = [emptyRow()];
  errors = new Map<number, LineErrors>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called when a line changes (the estimate shown no longer holds). */
    private readonly onChange: () => void = () => {},
  ) {}

  /** Lines given (the quote as the member sent it, for the manager). */
  set(lines: readonly QuoteLine[]): void {
    this.rows = lines.map((line) => ({
      key: ++nextKey,
      care: line.care,
      price: (line.priceCents / 100).toFixed(2).replace('.', ','),
      days: line.days ? String(line.days) : '',
    }));
    if (this.rows.length === 0) this.rows = [emptyRow()];
    this.errors = new Map();
    this.host.requestUpdate();
  }

  private update(key: number, field: LineField, value: string): void {
    this.rows = this.rows.map((row) => (row.key === key ? { ...row, [field]: value } : row));
    const errors = this.errors.get(key);
    if (errors?.[field]) this.errors.set(key, { ...errors, [field]: '' });
    this.onChange();
    this.host.requestUpdate();
  }

  private async add(): Promise<void> {
    if (this.rows.length >= QUOTE_MAX_LINES) return;
    const row = emptyRow();
    this.rows = [...this.rows, row];
    this.onChange();
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(`[data-line="${row.key}"] pa-select-field`)?.focus();
  }

  private async remove(key: number, index: number): Promise<void> {
    this.rows = this.rows.filter((row) => row.key !== key);
    this.errors.delete(key);
    this.onChange();
    this.host.requestUpdate();
    await this.host.updateComplete;
    const next = this.rows[Math.min(index, this.rows.length - 1)];
    this.host.shadowRoot?.querySelector<HTMLElement>(`[data-line="${next?.key}"] pa-select-field`)?.focus();
  }

  /** The lines, checked against `table`; null (errors shown, focus on the first) when one is wrong. */
  async read(table: GuaranteeTableDefinition): Promise<QuoteLine[] | null> {
    const lines: QuoteLine[] = [];
    this.errors = new Map();
    for (const row of this.rows) {
      const errors: LineErrors = {};
      const care = isCareKind(row.care) ? row.care : null;
      if (!care) errors.care = ESTIMATE_MESSAGES.care;
      const price = checkPrice(row.price);
      if ('error' in price) errors.price = price.error;
      let days: number | undefined;
      if (care && isPerDay(table, care)) {
        const text = row.days.trim();
        days = /^\d+$/.test(text) ? Number(text) : Number.NaN;
        if (!(days >= 1 && days <= QUOTE_MAX_DAYS)) errors.days = ESTIMATE_MESSAGES.days;
      }
      if (Object.keys(errors).length > 0) this.errors.set(row.key, errors);
      else if (care && 'cents' in price) {
        lines.push({ care, priceCents: price.cents, ...(days !== undefined ? { days } : {}) });
      }
    }
    this.host.requestUpdate();
    if (this.errors.size === 0) return lines;
    await this.host.updateComplete;
    const [key, errors] = [...this.errors][0] ?? [];
    const field = (['care', 'price', 'days'] as const).find((name) => errors?.[name]);
    this.host.shadowRoot?.querySelector<HTMLElement>(`[data-line="${key}"] [name="${field}"]`)?.focus();
    return null;
  }

  render(table: GuaranteeTableDefinition) {
    const options = careOptions(table);
    const several = this.rows.length > 1;
    return html`${repeat(
      this.rows,
      (row) => row.key,
      (row, index) => {
        const errors = this.errors.get(row.key) ?? {};
        const perDay = isCareKind(row.care) && isPerDay(table, row.care as CareKind);
        return html`<fieldset class="quote-line" data-line=${row.key}>
          <legend>${several ? msg(str`Ligne ${index + 1}`) : msg('Soin')}</legend>
          <pa-select-field
            label=${msg('Soin')}
            name="care"
            required
            .options=${options}
            .value=${row.care}
            .error=${errors.care ?? ''}
            @change=${(event: Event) => this.update(row.key, 'care', (event.currentTarget as HTMLInputElement).value)}
          ></pa-select-field>
          <pa-text-field
            label=${msg('Prix (€)')}
            name="price"
            required
            hint=${msg('Par exemple 450,00')}
            .value=${row.price}
            .error=${errors.price ?? ''}
            @input=${(event: Event) => this.update(row.key, 'price', (event.currentTarget as HTMLInputElement).value)}
          ></pa-text-field>
          ${
            perDay
              ? html`<pa-text-field
                label=${msg('Nombre de jours')}
                name="days"
                required
                .value=${row.days}
                .error=${errors.days ?? ''}
                @input=${(event: Event) => this.update(row.key, 'days', (event.currentTarget as HTMLInputElement).value)}
              ></pa-text-field>`
              : nothing
          }
          ${
            several
              ? html`<pa-button variant="secondary" @click=${() => this.remove(row.key, index)}
                  >${msg(str`Retirer la ligne ${index + 1}`)}</pa-button
                >`
              : nothing
          }
        </fieldset>`;
      },
    )}
    ${
      this.rows.length < QUOTE_MAX_LINES
        ? html`<pa-button variant="secondary" class="add-line" @click=${() => this.add()}
            >${msg('Ajouter une ligne du devis')}</pa-button
          >`
        : nothing
    }`;
  }
}

/** « Forfait optique »: a pool's label starting a sentence. */
const poolName = (label: string) => `${label.charAt(0).toUpperCase()}${label.slice(1)}`;

/**
 * An estimate: a table of its lines (price, Sécurité sociale, organisme, reste à charge) with the
 * totals, the rule applied to each line, the forfaits of the year and the general notes. Headings
 * start at `level` (2 on the member's page).
 */
export function renderEstimate(result: Estimate, options: { level?: 2 | 3; who?: string } = {}) {
  const level = options.level ?? 2;
  const heading = (text: string) => (level === 2 ? html`<h2>${text}</h2>` : html`<h3>${text}</h3>`);
  const sub = (text: string) => (level === 2 ? html`<h3>${text}</h3>` : html`<h4>${text}</h4>`);
  return html`<div class="estimate">
    <div class="table-wrap" tabindex="0" role="region" aria-label=${msg("Tableau de l'estimation")}>
    <table class="estimate-table">
      <caption>
        ${options.who ? msg(str`Estimation du remboursement pour ${options.who}`) : msg('Estimation du remboursement')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Soin')}</th>
          <th scope="col" class="amount">${msg('Prix')}</th>
          <th scope="col" class="amount">${msg('Remboursement Sécurité sociale')}</th>
          <th scope="col" class="amount">${msg("Part de l'organisme")}</th>
          <th scope="col" class="amount">${msg('Reste à charge')}</th>
        </tr>
      </thead>
      <tbody>
        ${result.lines.map(
          (line) => html`<tr>
            <th scope="row">${line.label}${
              line.days
                ? line.days > 1
                  ? msg(str` (${line.days} jours)`)
                  : msg(str` (${line.days} jour)`)
                : ''
            }</th>
            <td class="amount">${formatEuros(line.priceCents)}</td>
            <td class="amount">${formatEuros(line.socialSecurityCents)}</td>
            <td class="amount">${formatEuros(line.organisationCents)}</td>
            <td class="amount">${formatEuros(line.remainingCents)}</td>
          </tr>`,
        )}
      </tbody>
      ${
        result.lines.length > 1
          ? html`<tfoot>
            <tr>
              <th scope="row">${msg('Total')}</th>
              <td class="amount">${formatEuros(result.totals.priceCents)}</td>
              <td class="amount">${formatEuros(result.totals.socialSecurityCents)}</td>
              <td class="amount">${formatEuros(result.totals.organisationCents)}</td>
              <td class="amount">${formatEuros(result.totals.remainingCents)}</td>
            </tr>
          </tfoot>`
          : nothing
      }
    </table>
    </div>
    ${heading(msg('Règles appliquées'))}
    ${result.lines.map(
      (line) => html`${sub(line.label)}
        <ul class="rules">
          ${line.rule.map((sentence) => html`<li>${sentence}</li>`)}
        </ul>`,
    )}
    ${
      result.pools.length
        ? html`${heading(msg(str`Forfaits et plafonds ${result.year}`))}
          <ul class="pools">
            ${result.pools.map(
              (pool) =>
                html`<li>
                  ${msg(
                    str`${poolName(pool.label)} : ${formatEuros(pool.yearlyCents)} par an ; déjà utilisé : ${formatEuros(pool.usedBeforeCents)} ; pris par cette estimation : ${formatEuros(pool.usedByEstimateCents)} ; reste ensuite : ${formatEuros(pool.leftAfterCents)}.`,
                  )}
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      result.notes.length
        ? html`${heading(msg('À savoir'))}
          <ul class="notes">
            ${result.notes.map((note) => html`<li>${note}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}

export const estimateStyles = css`
  .quote-line {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: ${token['space-3']} ${token['space-4']};
    align-items: end;
    margin: 0 0 ${token['space-4']};
    padding: ${token['space-3']} ${token['space-4']};
    border: 1px solid ${token['color-border']};
    border-radius: ${token.radius};
  }
  .quote-line legend {
    font-weight: 600;
  }
  .estimate-table {
    width: 100%;
    border-collapse: collapse;
    margin-block: ${token['space-4']};
  }
  .estimate-table caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: ${token['space-2']};
  }
  .estimate-table th,
  .estimate-table td {
    padding: ${token['space-2']} ${token['space-3']};
    border-bottom: 1px solid ${token['color-border']};
    text-align: start;
    vertical-align: top;
  }
  .estimate-table .amount {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .estimate-table tfoot th,
  .estimate-table tfoot td {
    font-weight: 600;
  }
  .rules,
  .pools,
  .notes {
    padding-inline-start: ${token['space-5']};
  }
  .table-wrap {
    overflow-x: auto;
  }
`;
