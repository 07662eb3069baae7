// Data of the component tests of D1–D3 (mfe-compte/test/*.web.test.ts).
import type { PendingChange, PersonalData } from '../contract/index.js';

/** The IBAN the member types in the tests: it must never be shown in full. */
export const FULL_IBAN = 'FR7630006000011234567890189';
export const MASKED_IBAN = 'FR76 **** **** **** **** **** 189';

export function personalData(overrides: Partial<PersonalData> = {}): PersonalData {
  return {
    civility: 'Monsieur',
    firstName: 'Jean',
    lastName: 'Dupont',
    birthDate: '1980-04-12',
    address: { line1: '12 rue des Lilas', line2: '', line3: '', postalCode: '18000', city: 'Bourges' },
    email: 'jean.dupont@exemple.fr',
    phone: '02 48 12 34 56',
    noPhone: false,
    mobile: '06 12 34 56 78',
    alerts: { email: true, sms: false },
    bank: { ibanMasked: MASKED_IBAN, bic: 'AGRIFRPP' },
    contributionMode: 'prelevement',
    pending: [],
    ...overrides,
  };
}

export function pendingChange(overrides: Partial<PendingChange> = {}): PendingChange {
  return {
    requestId: 'r1',
    kind: 'adresse',
    label: 'Modification de votre adresse postale',
    createdAt: '2026-03-12T09:30:00Z',
    summary: '3 place Gordaine, 18000 Bourges',
    estimatedAt: '2026-03-19',
    ...overrides,
  };
}
