// What the back-office payment forms (SPEC H5) of every section share: the API caller, amounts
// typed in euros, the checks' French messages, the payment method choice and the forms' look.
import {
  PAYMENT_MESSAGES,
  PAYMENT_METHODS,
  type PaymentMethod,
  type RecordedPayment,
} from '@portail/kernel/contract/payments';

export { PAYMENT_MESSAGES };

import { centsFromEuros } from '@portail/kernel/contract/format';

export { centsFromEuros };

import { formatEuros, sectionPageStyles, token } from '@portail/shared-design';
import { choiceStyles } from '@portail/shared-design/forms';
import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';

/**
 * How the forms call the API: the back office passes its own caller (manager session, its CSRF
 * header); it must throw, on a non-2xx answer, an error with `status` and the problem's French
 * `message` and field errors (`fieldErrors`, or `problem.errors`), as the runtime's ApiError does.
 */
export type GestionCall = <T>(path: string, init?: { method?: string; body?: unknown }) => Promise<T>;

/** Until the back office gives its caller: a form is never posted without the manager's session. */
export const noCall: GestionCall = () => Promise.reject(new Error('GestionCall manquant'));

/** An amount field's cents, or the French reason it is refused (required, not an amount, negative). */
export function checkAmount(text: string): { cents: number } | { error: string } {
  if (!text.trim()) return { error: PAYMENT_MESSAGES.required };
  const cents = centsFromEuros(text);
  if (cents === null) return { error: PAYMENT_MESSAGES.amount };
  if (cents < 0) return { error: PAYMENT_MESSAGES.negative };
  return { cents };
}

/** A whole number of days ≥ 0, or the French reason it is refused. */
export function checkDays(text: string): { days: number } | { error: string } {
  const compact = text.trim();
  if (!compact) return { error: PAYMENT_MESSAGES.required };
  if (!/^\d+$/.test(compact)) return { error: PAYMENT_MESSAGES.days };
  return { days: Number(compact) };
}

/** Cents of an amount being typed, 0 while it is none (for the totals shown as the form is filled). */
export function runningCents(text: string): number {
  return centsFromEuros(text) ?? 0;
}

/** Field name → message of a refused call, from the runtime's ApiError or any error shaped like it. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const { fieldErrors, problem } = (error ?? {}) as {
    fieldErrors?: unknown;
    problem?: { errors?: unknown };
  };
  if (fieldErrors && typeof fieldErrors === 'object') return { ...(fieldErrors as Record<string, string>) };
  if (Array.isArray(problem?.errors)) {
    return Object.fromEntries(
      (problem.errors as { field: string; detail: string }[]).map((e) => [e.field, e.detail]),
    );
  }
  return {};
}

/** "Paiement enregistré : 1 234,56 €. Alerte envoyée par e-mail et SMS." */
export function recordedText(payment: RecordedPayment): string {
  const channels = [payment.alerted.email ? 'e-mail' : '', payment.alerted.sms ? 'SMS' : ''].filter(Boolean);
  const alert = channels.length
    ? `Alerte envoyée par ${channels.join(' et ')}.`
    : "Aucune alerte envoyée : l'adhérent n'en a pas demandé.";
  return `Paiement enregistré : ${formatEuros(payment.netCents)}. ${alert}`;
}

/** Virement | Chèque, as radio buttons named by their legend. */
export function renderMethodChoice(
  value: PaymentMethod,
  onChange: (method: PaymentMethod) => void,
  error = '',
) {
  return html`<fieldset class="choice" aria-describedby=${error ? 'method-error' : nothing}>
    <legend>Mode de paiement<span class="required" aria-hidden="true"> *</span></legend>
    <div class="options">
      ${(Object.entries(PAYMENT_METHODS) as [PaymentMethod, string][]).map(
        ([method, label]) => html`<label class="option"
          ><input
            type="radio"
            name="method"
            data-path="method"
            .value=${method}
            .checked=${live(value === method)}
            @change=${() => onChange(method)}
          />${label}</label
        >`,
      )}
    </div>
    ${error ? html`<p id="method-error" class="error">${error}</p>` : nothing}
  </fieldset>`;
}

/** Focuses the first control marked in error, in the order of the form. */
export function focusFirstError(root: ShadowRoot | null, errors: Record<string, string>): boolean {
  const target = [...(root?.querySelectorAll<HTMLElement>('[data-path]') ?? [])].find(
    (element) => errors[element.dataset['path'] ?? ''],
  );
  target?.focus();
  return Boolean(target);
}

export const gestionStyles = [
  sectionPageStyles,
  choiceStyles,
  css`
    form {
      max-width: 56rem;
    }
    fieldset {
      margin: 0 0 ${token['space-3']};
      padding: ${token['space-3']} ${token['space-4']};
      border: 1px solid ${token['color-border']};
      border-radius: ${token.radius};
    }
    fieldset.choice {
      padding: 0;
      border: 0;
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: ${token['space-2']} ${token['space-5']};
      margin-block-start: ${token['space-1']};
    }
    /* Sized as choiceStyles' radio buttons. */
    input[type='checkbox'] {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
      accent-color: ${token['color-primary']};
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: ${token['space-2']} ${token['space-4']};
      align-items: start;
    }
    .row-actions {
      margin-block-start: ${token['space-2']};
    }
    .total {
      margin: ${token['space-3']} 0;
      font-size: ${token['font-size-lg']};
    }
  `,
];
