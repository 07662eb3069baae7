import { msg } from '@lit/localize';
import { focusRing, hostBase, token, visuallyHidden } from '@portail/shared-design';
import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';

export interface PeriodPreset {
  value: string;
  label: string;
}

export interface PeriodPresetDetail {
  value: string;
}

/**
 * The preset periods of a history ("Mois en cours", "3 derniers mois", …, "Tous"): a group of
 * toggle buttons (aria-pressed) named `label`, the pressed one being `value`, and an optional
 * "Actualiser" button (shown when `refresh-label` is set). It holds no data: the page loads what the
 * chosen period shows. The pressed button is filled, bold and ticked (not only coloured).
 * @fires pa-period - {value} when the member chooses another period (`value` is already updated)
 * @fires pa-refresh - when the member asks to reload the list
 */
export class PaPeriodPresets extends LitElement {
  static override styles = [
    hostBase,
    focusRing,
    visuallyHidden,
    css`
      :host {
        display: block;
        margin-block: ${token['space-4']};
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${token['space-2']} ${token['space-4']};
      }
      .presets {
        display: flex;
        flex-wrap: wrap;
        gap: ${token['space-2']};
      }
      button {
        display: inline-flex;
        align-items: center;
        gap: ${token['space-1']};
        min-height: 2.75rem;
        padding: ${token['space-2']} ${token['space-3']};
        border: 2px solid ${token['color-primary']};
        border-radius: ${token.radius};
        background: ${token['color-surface']};
        color: ${token['color-primary']};
        font: inherit;
        cursor: pointer;
      }
      button:hover {
        background: ${token['color-info-bg']};
      }
      button[aria-pressed='true'] {
        background: ${token['color-primary']};
        color: ${token['color-on-primary']};
        font-weight: 700;
      }
      .refresh {
        font-weight: 600;
      }
    `,
  ];

  /** The presets, in the order shown. */
  @property({ attribute: false }) options: PeriodPreset[] = [];
  /** The value of the pressed preset. */
  @property() value = '';
  /** Accessible name of the group. */
  @property() label = msg('Période');
  /** Text of the reload button; no button when empty. */
  @property({ attribute: 'refresh-label' }) refreshLabel = '';

  private choose(value: string): void {
    if (value === this.value) return;
    this.value = value;
    this.dispatchEvent(
      new CustomEvent<PeriodPresetDetail>('pa-period', { bubbles: true, composed: true, detail: { value } }),
    );
  }

  private refresh(): void {
    this.dispatchEvent(new CustomEvent('pa-refresh', { bubbles: true, composed: true }));
  }

  override render() {
    return html`<div class="bar">
      <div class="presets" role="group" aria-label=${this.label} part="group">
        ${this.options.map((option) => {
          const pressed = option.value === this.value;
          return html`<button
            type="button"
            part="preset"
            data-value=${option.value}
            aria-pressed=${pressed ? 'true' : 'false'}
            @click=${() => this.choose(option.value)}
          >
            ${pressed ? html`<span aria-hidden="true">✓</span>` : nothing}${option.label}
          </button>`;
        })}
      </div>
      ${
        this.refreshLabel
          ? html`<button type="button" class="refresh" part="refresh" @click=${this.refresh}>
              <span aria-hidden="true">↻</span>${this.refreshLabel}
            </button>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pa-period-presets': PaPeriodPresets;
  }
  interface HTMLElementEventMap {
    'pa-period': CustomEvent<PeriodPresetDetail>;
    'pa-refresh': CustomEvent<undefined>;
  }
}
