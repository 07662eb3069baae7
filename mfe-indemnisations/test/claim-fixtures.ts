// Data of the claim component tests (SPEC C1–C3), shaped as the API contract says.
import type { ClaimFormDefinition, ClaimValues } from '../contract/claim-form.js';
import type { Claim, ClaimDraftSummary, ClaimOverview } from '../contract/prevoyance.js';

const YES_NO = [
  { value: 'oui', label: 'Oui' },
  { value: 'non', label: 'Non' },
];

/** A sick-leave claim form as a prévoyance contract defines it (tabs of the manual). */
export const SICK_LEAVE_FORM: ClaimFormDefinition = {
  title: "Demande d'indemnisation — arrêt de travail",
  tabs: [
    {
      id: 'employeur',
      label: 'Employeur',
      intro: 'Ces informations proviennent de votre dossier.',
      fields: [
        {
          type: 'text',
          name: 'employeur',
          label: 'Employeur',
          maxLength: 120,
          required: true,
          readOnly: true,
          prefill: 'employer.name',
        },
        {
          type: 'text',
          name: 'contrat',
          label: 'Contrat',
          maxLength: 120,
          readOnly: true,
          prefill: 'contract.label',
        },
      ],
    },
    {
      id: 'adherent',
      label: 'Adhérent',
      fields: [
        {
          type: 'text',
          name: 'numeroAdhesion',
          label: "Numéro d'adhésion",
          maxLength: 20,
          readOnly: true,
          prefill: 'membership.number',
        },
        {
          type: 'text',
          name: 'nom',
          label: 'Nom',
          maxLength: 80,
          required: true,
          readOnly: true,
          prefill: 'member.lastName',
        },
        {
          type: 'text',
          name: 'prenom',
          label: 'Prénom',
          maxLength: 80,
          required: true,
          readOnly: true,
          prefill: 'member.firstName',
        },
        {
          type: 'text',
          name: 'email',
          label: 'E-mail',
          maxLength: 120,
          format: 'email',
          required: true,
          prefill: 'member.email',
        },
        {
          type: 'text',
          name: 'telephone',
          label: 'Téléphone',
          maxLength: 20,
          format: 'phone',
          required: true,
          hint: '10 chiffres, exemple : 02 48 12 34 56',
        },
      ],
    },
    {
      id: 'sinistre',
      label: 'Sinistre',
      fields: [
        {
          type: 'choice',
          name: 'nature',
          label: "Nature de l'arrêt",
          required: true,
          options: [
            { value: 'maladie', label: 'Maladie' },
            { value: 'accident', label: 'Accident de la vie privée' },
          ],
        },
        { type: 'textarea', name: 'circonstances', label: 'Circonstances (facultatif)', maxLength: 1000 },
      ],
    },
    {
      id: 'periodes',
      label: 'Périodes présentées',
      intro: "Périodes présentées à l'indemnisation",
      fields: [
        {
          type: 'choice',
          name: 'typeArret',
          label: "Type d'arrêt",
          required: true,
          options: [
            { value: 'initial', label: 'Arrêt initial' },
            { value: 'prolongation', label: 'Prolongation' },
          ],
        },
        {
          type: 'date',
          name: 'dateOrigine',
          label: "Date d'origine de l'évènement",
          required: true,
          notInFuture: true,
        },
        {
          type: 'periods',
          name: 'periodes',
          label: "Période(s) d'arrêt",
          required: true,
          maxRows: 4,
          startNotInFuture: true,
        },
        {
          type: 'choice',
          name: 'arretTermine',
          label: "L'arrêt est-il terminé ?",
          required: true,
          options: YES_NO,
        },
      ],
    },
    {
      id: 'precedents',
      label: 'Arrêt(s) précédent(s)',
      fields: [
        {
          type: 'choice',
          name: 'arretPrecedent',
          label: 'Avez-vous été en arrêt de travail au cours des 12 derniers mois ?',
          required: true,
          options: YES_NO,
        },
        {
          type: 'date',
          name: 'precedentDebut',
          label: "Début de l'arrêt précédent",
          requiredIf: { field: 'arretPrecedent', equals: 'oui' },
        },
        {
          type: 'date',
          name: 'precedentFin',
          label: "Fin de l'arrêt précédent",
          requiredIf: { field: 'arretPrecedent', equals: 'oui' },
        },
      ],
    },
  ],
  rules: [
    {
      rule: 'dateBeforePeriods',
      date: 'dateOrigine',
      periods: 'periodes',
      message: "La date d'origine doit précéder le début de la première période d'arrêt.",
    },
  ],
};

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
  typeArret: 'initial',
  dateOrigine: '2025-09-01',
  periodes: [
    { start: '2025-09-01', end: '2025-09-14', rate: 'plein' },
    { start: '2025-09-15', end: '2025-09-30', rate: 'demi' },
  ],
  arretTermine: 'oui',
  arretPrecedent: 'non',
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
