import { msg } from '@lit/localize';
import { api } from '@portail/runtime';
import { describeFailure, sectionPageStyles, token } from '@portail/shared-design';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AlertPreferences } from '../../contract/index.js';

export const ALERTS_ENDPOINT = '/api/compte/alertes';

type Channel = keyof AlertPreferences;

export interface AlertsSavedDetail {
  alerts: AlertPreferences;
}

const CHANNELS: readonly Channel[] = ['email', 'sms'];

/** A switch's label, in the page's language. */
function labelOf(channel: Channel): string {
  return channel === 'email'
    ? msg('Je souhaite être informé(e) par Email du paiement de mes indemnités')
    : msg('Je souhaite être informé(e) par SMS du paiement de mes indemnités');
}

/** "Alerte par SMS activée.", "Alerte par e-mail désactivée." */
export function alertSavedText(channel: Channel, on: boolean): string {
  if (channel === 'email')
    return on ? msg('Alerte par e-mail activée.') : msg('Alerte par e-mail désactivée.');
  return on ? msg('Alerte par SMS activée.') : msg('Alerte par SMS désactivée.');
}

/** Why a switch went back: "Votre choix d'alerte par SMS n'a pas pu être enregistré. <reason>" */
export function alertFailedText(channel: Channel, reason: string): string {
  const failed =
    channel === 'email'
      ? msg("Votre choix d'alerte par e-mail n'a pas pu être enregistré.")
      : msg("Votre choix d'alerte par SMS n'a pas pu être enregistré.");
  return `${failed} ${reason}`;
}

/**
 * D3 — the two alert switches of indemnity payments (checkboxes with the switch role). Each change
 * is sent at once (`PUT /api/compte/alertes` with both preferences); a polite status says it is
 * saved. If the server refuses, the switch goes back to its saved state and the reason is shown.
 * @fires cpt-alerts-saved - {alerts} as the server answered
 */
export class CptAlertsForm extends LitElement {
  static override styles = [
    sectionPageStyles,
    css`
      .switches {
        display: grid;
        gap: ${token['space-2']};
        margin: ${token['space-3']} 0;
        padding: 0;
        border: 0;
      }
      legend {
        padding: 0;
        font-weight: 600;
      }
      label {
        display: flex;
        align-items: center;
        gap: ${token['space-3']};
        min-height: 2.75rem;
        max-width: 70ch;
        cursor: pointer;
      }
      input {
        flex: none;
        width: 1.25rem;
        height: 1.25rem;
        margin: 0;
        accent-color: ${token['color-primary']};
      }
      .status {
        min-height: 1.5em;
        margin: 0;
        color: ${token['color-success']};
        font-weight: 600;
      }
    `,
  ];

  /** The preferences as the server holds them. */
  @property({ attribute: false }) alerts!: AlertPreferences;
  /** What the switches show (ahead of the server while a change is under way). */
  @state() private shown: AlertPreferences = { email: false, sms: false };
  @state() private status = '';
  @state() private error = '';

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('alerts')) this.shown = { ...this.alerts };
  }

  private async toggle(channel: Channel, event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const wanted: AlertPreferences = { ...this.shown, [channel]: input.checked };
    this.shown = wanted;
    this.status = '';
    this.error = '';
    try {
      const saved = await api<AlertPreferences>(ALERTS_ENDPOINT, { method: 'PUT', body: wanted });
      this.alerts = saved;
      this.status = alertSavedText(channel, saved[channel]);
      this.dispatchEvent(
        new CustomEvent<AlertsSavedDetail>('cpt-alerts-saved', {
          bubbles: true,
          composed: true,
          detail: { alerts: saved },
        }),
      );
    } catch (error) {
      // Back to what the server holds for this switch.
      this.shown = { ...this.shown, [channel]: this.alerts[channel] };
      input.checked = this.alerts[channel];
      this.error = alertFailedText(channel, describeFailure(error).message);
    }
  }

  override render() {
    return html`<fieldset class="switches">
        <legend>${msg('Pour mes indemnisations')}</legend>
        ${CHANNELS.map(
          (channel) => html`<label>
            <input
              type="checkbox"
              role="switch"
              name=${channel}
              .checked=${this.shown[channel]}
              @change=${(event: Event) => this.toggle(channel, event)}
            />
            ${labelOf(channel)}
          </label>`,
        )}
      </fieldset>
      <p class="status" role="status">${this.status}</p>
      ${this.error ? html`<pa-alert class="form-error" variant="error"><p>${this.error}</p></pa-alert>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cpt-alerts-form': CptAlertsForm;
  }
  interface HTMLElementEventMap {
    'cpt-alerts-saved': CustomEvent<AlertsSavedDetail>;
  }
}
