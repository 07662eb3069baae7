// SPEC C2: the one definition of the sick-leave claim form, seeded by the API and used by the
// component tests. Pure data: kept out of `index.ts`, so no web bundle carries it.
import type { ClaimFormDefinition, EndedPeriodsRule } from './claim-form.js';

const YES_NO = [
  { value: 'oui', label: 'Oui' },
  { value: 'non', label: 'Non' },
] as const;

/**
 * « L'arrêt est-il terminé ? » Oui: no period may end after today. Also added to the forms published
 * before it (migration 004_ended_stop_rule).
 */
export const ENDED_STOP_RULE: EndedPeriodsRule = {
  rule: 'endedPeriodsNotInFuture',
  answer: 'arretTermine',
  equals: 'oui',
  periods: 'periodes',
  message:
    "Vous avez répondu que l'arrêt est terminé : la fin de la période ne peut pas être après aujourd'hui. Corrigez la date ou répondez « Non » à « L'arrêt est-il terminé ? ».",
};

/**
 * The "arrêt de travail" claim of the prévoyance manual (SPEC C2), as data: published per contract
 * by `publishClaimForm` (api/prevoyance/claim-forms.ts); another contract may publish another
 * definition, no code changes.
 */
export const SICK_LEAVE_FORM: ClaimFormDefinition = {
  title: "Demande d'indemnisation — Arrêt de travail",
  tabs: [
    {
      id: 'employeur',
      label: 'Employeur',
      intro: 'Ces informations viennent de votre dossier : contactez-nous si elles sont inexactes.',
      fields: [
        {
          type: 'text',
          name: 'employeur',
          label: 'Employeur',
          maxLength: 120,
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
        {
          type: 'text',
          name: 'numeroAdhesion',
          label: "Numéro d'adhésion agent",
          maxLength: 40,
          readOnly: true,
          prefill: 'membership.number',
        },
        { type: 'text', name: 'serviceRh', label: 'Service ou direction', maxLength: 120 },
      ],
    },
    {
      id: 'adherent',
      label: 'Adhérent',
      fields: [
        {
          type: 'text',
          name: 'civilite',
          label: 'Civilité',
          maxLength: 10,
          readOnly: true,
          prefill: 'member.civility',
        },
        {
          type: 'text',
          name: 'nom',
          label: 'Nom',
          maxLength: 60,
          required: true,
          readOnly: true,
          prefill: 'member.lastName',
        },
        {
          type: 'text',
          name: 'prenom',
          label: 'Prénom',
          maxLength: 60,
          required: true,
          readOnly: true,
          prefill: 'member.firstName',
        },
        {
          type: 'date',
          name: 'dateNaissance',
          label: 'Date de naissance',
          readOnly: true,
          prefill: 'member.birthDate',
        },
        {
          type: 'text',
          name: 'email',
          label: 'E-mail',
          maxLength: 254,
          required: true,
          format: 'email',
          prefill: 'member.email',
        },
        { type: 'text', name: 'telephone', label: 'Téléphone', maxLength: 20, format: 'phone' },
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
            { value: 'maladie', label: 'Maladie ordinaire' },
            { value: 'longue_maladie', label: 'Longue maladie' },
            { value: 'accident_travail', label: 'Accident du travail' },
            { value: 'accident_vie_privee', label: 'Accident de la vie privée' },
          ],
        },
        { type: 'textarea', name: 'circonstances', label: 'Circonstances (facultatif)', maxLength: 1000 },
        {
          type: 'choice',
          name: 'tiersResponsable',
          label: 'Un tiers est-il responsable ?',
          required: true,
          options: YES_NO,
        },
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
          name: 'arretsPrecedents',
          label: 'Avez-vous eu des arrêts de travail au cours des 12 derniers mois ?',
          required: true,
          options: YES_NO,
        },
        {
          type: 'periods',
          name: 'periodesPrecedentes',
          label: 'Arrêt(s) précédent(s)',
          hint: 'Obligatoire si vous avez répondu « Oui ».',
          requiredIf: { field: 'arretsPrecedents', equals: 'oui' },
          maxRows: 4,
          startNotInFuture: true,
        },
      ],
    },
  ],
  rules: [
    {
      rule: 'dateBeforePeriods',
      date: 'dateOrigine',
      periods: 'periodes',
      message:
        "La date d'origine de l'évènement ne peut pas être postérieure au début de la première période d'arrêt.",
    },
    ENDED_STOP_RULE,
  ],
};
