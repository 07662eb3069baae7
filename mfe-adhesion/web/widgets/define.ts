// The registrations of the section's widgets (W2), the elements an employer's intranet embeds: the
// widgets bundle (`../widgets.ts`) imports it, and so does the section's `../define.ts`.
import { define, widgetMessages } from '@portail/shared-design';
import { AdhKitAdhesion } from '../kit/kit-adhesion.js';
import { AdhDocumentsCles } from './documents-cles.js';

export const widgets = [
  { name: 'adh-documents-cles', element: AdhDocumentsCles },
  { name: 'adh-kit-adhesion', element: AdhKitAdhesion },
] as const;

/**
 * Importing this module defines the widgets once their texts are there; this defines them at once
 * (idempotent).
 */
export function defineWidgets(): void {
  for (const widget of widgets) define(widget.name, widget.element);
}

// SPEC P6: the widgets speak the language of the page they are in (an intranet's, the portal's).
void widgetMessages({ en: async () => (await import('../../locales/en.js')).en }).then(defineWidgets);
