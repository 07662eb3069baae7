import { msg, str } from '@lit/localize';
import { frenchDate, frenchDateTime, renderTextPdf } from '@portail/kernel';
import { ORGANISATION } from '@portail/kernel/contract';
import {
  type ClaimField,
  type ClaimFormDefinition,
  type ClaimValues,
  PAY_RATE_LABELS,
  type PeriodRow,
} from '../contract/index.js';
import { localizedForm } from './claim-forms.js';

function shown(field: ClaimField, values: ClaimValues): string {
  const value = values[field.name];
  if (field.type === 'periods') {
    const rows = (Array.isArray(value) ? value : []).filter((r: PeriodRow) => r.start || r.end);
    if (rows.length === 0) return '—';
    return rows
      .map((r) =>
        msg(
          str`du ${frenchDate(r.start)} au ${frenchDate(r.end)} (${r.rate ? PAY_RATE_LABELS[r.rate] : '—'})`,
        ),
      )
      .join(' ; ');
  }
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) return '—';
  if (field.type === 'date') return frenchDate(text);
  if (field.type === 'choice') return field.options.find((o) => o.value === text)?.label ?? text;
  return text;
}

/**
 * C3: the sent claim as a PDF, tab by tab, as the member filled it in; in the language being written
 * in (the member's: `MemberFiles.inLocaleOf`).
 */
export function claimPdf(input: {
  form: ClaimFormDefinition;
  values: ClaimValues;
  sentAt: Date;
  reference: string;
}): Promise<Uint8Array> {
  const form = localizedForm(input.form);
  return renderTextPdf({
    title: form.title,
    subtitle: msg(
      str`${ORGANISATION.name} — envoyée le ${frenchDateTime(input.sentAt)} — référence ${input.reference}`,
    ),
    sections: form.tabs.map((tab) => ({
      heading: tab.label,
      paragraphs: tab.fields.map((field) => msg(str`${field.label} : ${shown(field, input.values)}`)),
    })),
    footer: msg(
      'Demande transmise par le Portail Adhérent. Elle ne peut plus être modifiée : pour la compléter, envoyez vos justificatifs depuis « Envoi de justificatifs ».',
    ),
  });
}
