// The demo's guarantee table (SPEC P5), data only: the demo seed publishes it, tests read it.
import type { GuaranteeTableDefinition } from '../contract/index.js';

/**
 * « Formule Confort » of the demo's « Complémentaire santé individuelle » (SANTE-IND-2025), as its
 * « Tableau des garanties santé » document says: bases and rates of the Sécurité sociale in 2026.
 */
export const CONFORT_TABLE: GuaranteeTableDefinition = {
  title: 'Formule Confort',
  pools: [
    { id: 'optique', label: 'forfait optique', yearlyCents: 35_000 },
    { id: 'monture', label: 'dont monture', yearlyCents: 10_000 },
    { id: 'protheses-dentaires', label: 'plafond prothèses dentaires', yearlyCents: 100_000 }, // i18n-ignore (seeded data)
  ],
  guarantees: [
    {
      care: 'gp-consultation',
      label: 'Consultation médecin généraliste', // i18n-ignore (seeded data)
      group: 'Soins courants',
      socialSecurity: { baseCents: 3000, ratePercent: 70, deductionCents: 200 },
      organisation: { kind: 'percent-of-base', percent: 150 },
      pools: [],
    },
    {
      care: 'specialist-consultation',
      label: 'Consultation spécialiste', // i18n-ignore (seeded data)
      group: 'Soins courants',
      socialSecurity: { baseCents: 3150, ratePercent: 70, deductionCents: 200 },
      organisation: { kind: 'percent-of-base', percent: 150 },
      pools: [],
    },
    {
      care: 'pharmacy-65',
      label: 'Pharmacie (médicaments remboursés à 65 %)', // i18n-ignore (seeded data)
      group: 'Pharmacie',
      socialSecurity: { baseCents: null, ratePercent: 65, deductionCents: 0 },
      organisation: { kind: 'percent-of-base', percent: 100 },
      pools: [],
    },
    {
      care: 'pharmacy-30',
      label: 'Pharmacie (médicaments remboursés à 30 %)', // i18n-ignore (seeded data)
      group: 'Pharmacie',
      socialSecurity: { baseCents: null, ratePercent: 30, deductionCents: 0 },
      organisation: { kind: 'percent-of-base', percent: 100 },
      pools: [],
    },
    {
      care: 'optical-frame',
      label: 'Optique — monture',
      group: 'Optique',
      socialSecurity: { baseCents: 5, ratePercent: 60, deductionCents: 0 },
      organisation: { kind: 'real-cost' },
      pools: ['optique', 'monture'],
    },
    {
      care: 'optical-lenses',
      label: 'Optique — verres (la paire)', // i18n-ignore (seeded data)
      group: 'Optique',
      socialSecurity: { baseCents: 10, ratePercent: 60, deductionCents: 0 },
      organisation: { kind: 'real-cost' },
      pools: ['optique'],
    },
    {
      care: 'dental-care',
      label: 'Dentaire — soins (détartrage, carie…)', // i18n-ignore (seeded data)
      group: 'Dentaire',
      socialSecurity: { baseCents: null, ratePercent: 60, deductionCents: 0 },
      organisation: { kind: 'percent-of-base', percent: 100 },
      pools: [],
    },
    {
      care: 'dental-crown',
      label: 'Dentaire — couronne (prothèse)', // i18n-ignore (seeded data)
      group: 'Dentaire',
      socialSecurity: { baseCents: 12_000, ratePercent: 60, deductionCents: 0 },
      organisation: { kind: 'percent-of-base', percent: 300 },
      pools: ['protheses-dentaires'],
    },
    {
      care: 'hospital-daily-fee',
      label: 'Hospitalisation — forfait journalier',
      group: 'Hospitalisation',
      socialSecurity: { baseCents: 0, ratePercent: 0, deductionCents: 0 },
      organisation: { kind: 'per-day', cents: 2000 },
      pools: [],
    },
    {
      care: 'hospital-private-room',
      label: 'Hospitalisation — chambre particulière', // i18n-ignore (seeded data)
      group: 'Hospitalisation',
      socialSecurity: { baseCents: 0, ratePercent: 0, deductionCents: 0 },
      organisation: { kind: 'per-day', cents: 6000 },
      pools: [],
    },
  ],
  notes: [
    "100 % Santé : les lunettes (montures et verres de classe A), les couronnes et prothèses dentaires du panier 100 % Santé sont remboursées intégralement par la Sécurité sociale et votre contrat, sans reste à charge, dans la limite des prix fixés. L'estimation ci-dessous concerne les équipements à tarifs libres.", // i18n-ignore (seeded data)
    'Les forfaits et plafonds sont annuels, par bénéficiaire, du 1er janvier au 31 décembre. La participation forfaitaire de 2 € sur les consultations reste à votre charge (contrat responsable).', // i18n-ignore (seeded data)
    'Cette estimation est indicative : le remboursement dépend des actes réellement facturés et des règles de la Sécurité sociale à leur date.', // i18n-ignore (seeded data)
  ],
};
