import { frenchDate, frenchDateTime, renderTextPdf } from '@portail/kernel';
import { ORGANISATION } from '@portail/kernel/contract';
import {
  type ClaimField,
  type ClaimFormDefinition,
  type ClaimValues,
  PAY_RATE_LABELS,
  type PeriodRow,
} from '../contract/index.js';

function shown(field: ClaimField, values: ClaimValues): string {
  const value = values[field.name];
  if (field.type === 'periods') {
    const rows = (Array.isArray(value) ? value : []).filter((r: PeriodRow) => r.start || r.end);
    if (rows.length === 0) return '—';
    return rows
      .map(
        (r) =>
          `du ${frenchDate(r.start)} au ${frenchDate(r.end)} (${r.rate ? PAY_RATE_LABELS[r.rate] : '—'})`,
      )
      .join(' ; ');
  }
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) return '—';
  if (field.type === 'date') return frenchDate(text);
  if (field.type === 'choice') return field.options.find((o) => o.value === text)?.label ?? text;
  return text;
}

/** C3: the sent claim as a PDF, tab by tab, as the member filled it in. */
export function claimPdf(input: {
  form: ClaimFormDefinition;
  values: ClaimValues;
  sentAt: Date;
  reference: string;
}): Promise<Uint8Array> {
  return renderTextPdf({
    title: input.form.title,
    subtitle: `${ORGANISATION.name} — envoyée le ${frenchDateTime(input.sentAt)} — référence ${input.reference}`,
    sections: input.form.tabs.map((tab) => ({
      heading: tab.label,
      paragraphs: tab.fields.map((field) => `${field.label} : ${shown(field, input.values)}`),
    })),
    footer:
      'Demande transmise par le Portail Adhérent. Elle ne peut plus être modifiée : pour la compléter, envoyez vos justificatifs depuis « Envoi de justificatifs ».',
  });
}
