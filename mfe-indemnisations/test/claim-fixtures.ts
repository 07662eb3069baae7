// Data of the claim component tests (SPEC C1–C3), shaped as the API contract says.
import type { ClaimField, ClaimFormDefinition, ClaimValues } from '../contract/claim-form.js';
import type { Claim, ClaimDraftSummary, ClaimOverview } from '../contract/prevoyance.js';
import { SICK_LEAVE_FORM as SEEDED_SICK_LEAVE_FORM } from '../contract/sick-leave-form.js';

/** `form` with the field `name` changed by `changes`. */
function withField(
  form: ClaimFormDefinition,
  name: string,
  changes: Pick<ClaimField, 'required' | 'hint'>,
): ClaimFormDefinition {
  const tabs = form.tabs.map((tab) => ({
    ...tab,
    fields: tab.fields.map((field) => (field.name === name ? { ...field, ...changes } : field)),
  }));
  return { ...form, tabs };
}

/**
 * The seeded sick-leave claim form, as another contract may publish it: the phone required, with a
 * hint (the tests check both).
 */
export const SICK_LEAVE_FORM = withField(SEEDED_SICK_LEAVE_FORM, 'telephone', {
  required: true,
  hint: '10 chiffres, exemple : 02 48 12 34 56',
});

/** What a new claim holds: the member's file, nothing else. */
export const PREFILLED: ClaimValues = {
  employeur: 'Mairie de Lyon',
  contrat: 'Prévoyance collective agents',
  numeroAdhesion: 'A-204518',
  nom: 'Bernard',
  prenom: 'Claire',
  email: 'claire.bernard@exemple.fr',
};

/** A claim that can be sent. */
export const COMPLETE: ClaimValues = {
  ...PREFILLED,
  telephone: '02 48 12 34 56',
  nature: 'maladie',
  tiersResponsable: 'non',
  typeArret: 'initial',
  dateOrigine: '2025-09-01',
  periodes: [
    { start: '2025-09-01', end: '2025-09-14', rate: 'plein' },
    { start: '2025-09-15', end: '2025-09-30', rate: 'demi' },
  ],
  arretTermine: 'oui',
  arretsPrecedents: 'non',
};

export function claim(id: string, overrides: Partial<Claim> = {}): Claim {
  return {
    id,
    status: 'brouillon',
    version: 3,
    form: SICK_LEAVE_FORM,
    values: PREFILLED,
    createdAt: '2025-10-02T08:00:00Z',
    updatedAt: '2025-10-02T08:30:00Z',
    sentAt: null,
    ...overrides,
  };
}

export function draft(id: string, overrides: Partial<ClaimDraftSummary> = {}): ClaimDraftSummary {
  return {
    id,
    updatedAt: '2018-08-21T09:15:00Z',
    createdAt: '2018-08-20T16:00:00Z',
    formTitle: SICK_LEAVE_FORM.title,
    ...overrides,
  };
}

export function overview(drafts: ClaimDraftSummary[] = []): ClaimOverview {
  return { forms: [{ code: 'arret-travail', title: SICK_LEAVE_FORM.title }], drafts };
}
