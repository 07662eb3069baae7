import { msg } from '@lit/localize';
import { focusRing, hostBase, type PaTextField, token, visuallyHidden } from '@portail/shared-design';
import { css, html, LitElement } from 'lit';
import { property, query, state } from 'lit/decorators.js';

export interface PeriodFilterDetail {
  /** yyyy-mm-dd, or '' for no lower bound. */
  from: string;
  /** yyyy-mm-dd, or '' for no upper bound. */
  to: string;
  /** name → value of the slotted fields (e.g. `{ beneficiaire: 'b1' }`). */
  fields: Record<string, string>;
  /** True when "Réinitialiser" cleared everything. */
  reset: boolean;
}

function invalidDate(): string {
  return msg('Saisissez une date valide, au format jj/mm/aaaa.');
}
function endBeforeStart(): string {
  return msg('La date de fin doit être postérieure ou égale à la date de début.');
}

/** A slotted filter field: pa-select-field, pa-text-field or a native control with a `name`. */
type NamedField = HTMLElement & { name: string; value: string };

/**
 * The filter of a dated list (règlements, envois, indemnisations…): a search form with the period
 * ("Du", "Au", both optional, checked in order; grouped under `legend` for screen readers), the
 * slotted extra fields, "Filtrer" and "Réinitialiser", on one line when there is room. It holds no data: the page applies the filter it reports (query, reload).
 * `from` / `to` set the shown period (e.g. from the URL); the slotted fields keep their own value.
 * @slot - more fields after the period, each with a `name` and a `value`
 * @fires pa-filter - {from, to, fields, reset} on "Filtrer" (once the period is valid) and on "Réinitialiser"
 */
export class PaPeriodFilter extends LitElement {
  static override styles = [
    hostBase,
    focusRing,
    visuallyHidden,
    css`
      :host {
        display: block;
        margin-block: ${token['space-4']};
      }
      form {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        gap: 0 ${token['space-4']};
        padding: ${token['space-3']} ${token['space-4']} 0;
        border: 1px solid ${token['color-border']};
        border-radius: ${token.radius};
        background: ${token['color-surface-alt']};
      }
      fieldset {
        display: flex;
        flex-wrap: wrap;
        gap: 0 ${token['space-4']};
        margin: 0;
        padding: 0;
        border: 0;
        min-inline-size: 0;
      }
      pa-text-field {
        inline-size: 11rem;
      }
      ::slotted(*) {
        min-inline-size: 14rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${token['space-2']};
        align-self: flex-end;
        margin-block-end: ${token['space-4']};
      }
    `,
  ];

  /** Accessible name of the search form, e.g. "Filtrer les règlements". */
  @property() label = msg('Filtrer la liste');
  @property() legend = msg('Période');
  @property() from = '';
  @property() to = '';
  @state() private fromError = '';
  @state() private toError = '';

  @query('pa-text-field[name="from"]') private fromField?: PaTextField;
  @query('pa-text-field[name="to"]') private toField?: PaTextField;

  /** The slotted fields that have a name. */
  private fields(): NamedField[] {
    return [...this.querySelectorAll<NamedField>('[name]')].filter(
      (field) => typeof field.value === 'string',
    );
  }

  private report(reset: boolean): void {
    const fields = Object.fromEntries(this.fields().map((field) => [field.name, field.value]));
    this.dispatchEvent(
      new CustomEvent<PeriodFilterDetail>('pa-filter', {
        bubbles: true,
        composed: true,
        detail: { from: this.from, to: this.to, fields, reset },
      }),
    );
  }

  /** Checks the period; on an error, says it under the field and moves the focus there. */
  private async validate(): Promise<boolean> {
    // A half-typed date leaves the value '' (unchanged): refresh the validity the fields mirror.
    const dates = [this.fromField, this.toField].filter((field) => field !== undefined);
    for (const field of dates) field.requestUpdate();
    await Promise.all(dates.map((field) => field.updateComplete));
    this.fromError = this.fromField?.checkValidity() === false ? invalidDate() : '';
    this.toError = this.toField?.checkValidity() === false ? invalidDate() : '';
    if (!this.toError && this.from && this.to && this.to < this.from) this.toError = endBeforeStart();
    if (!this.fromError && !this.toError) return true;
    await this.updateComplete;
    (this.fromError ? this.fromField : this.toField)?.focus();
    return false;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (await this.validate()) this.report(false);
  }

  private onReset(event: Event): void {
    event.preventDefault();
    this.from = '';
    this.to = '';
    this.fromError = '';
    this.toError = '';
    for (const field of this.fields()) field.value = field.getAttribute('value') ?? '';
    this.report(true);
  }

  override render() {
    return html`<form role="search" aria-label=${this.label} novalidate @submit=${this.onSubmit} @reset=${this.onReset}>
      <fieldset>
        <legend class="visually-hidden">${this.legend}</legend>
        <pa-text-field
          type="date"
          name="from"
          label=${msg('Du')}
          .value=${this.from}
          .error=${this.fromError}
          @input=${(event: Event) => (this.from = (event.currentTarget as PaTextField).value)}
        ></pa-text-field>
        <pa-text-field
          type="date"
          name="to"
          label=${msg('Au')}
          .value=${this.to}
          .error=${this.toError}
          @input=${(event: Event) => (this.to = (event.currentTarget as PaTextField).value)}
        ></pa-text-field>
      </fieldset>
      <slot></slot>
      <div class="actions">
        <pa-button type="submit">${msg('Filtrer')}</pa-button>
        <pa-button type="reset" variant="secondary">${msg('Réinitialiser')}</pa-button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-period-filter': PaPeriodFilter;
  }
  interface HTMLElementEventMap {
    'pa-filter': CustomEvent<PeriodFilterDetail>;
  }
}
