import type { RequestStatus } from '@portail/kernel/contract';
import type { AlertVariant } from '@portail/shared-design';

/** The member sections whose requests reach the queue, as the member's menu names them. */
export const SECTION_LABELS: Record<string, string> = {
  core: 'Accès au portail',
  adhesion: 'Mon adhésion',
  indemnisations: 'Mes indemnisations',
  compte: 'Mon compte',
  contact: 'Contact',
};

/** The kinds of request the sections make (the queue's "Type" filter). */
const KIND_LABELS: Record<string, string> = {
  carte_tiers_payant: 'Carte de tiers payant',
  adresse: 'Adresse postale',
  email: 'Adresse e-mail',
  coordonnees_bancaires: 'Coordonnées bancaires',
  mode_cotisation: 'Mode de règlement des cotisations',
  demande_indemnisation: "Demande d'indemnisation",
  justificatifs: 'Justificatifs',
  formulaire: "Formulaire d'indemnisation",
  message: 'Message',
  question: 'Question',
  transmission: 'Transmission de documents',
  courrier_activation: "Code d'activation par courrier",
};

/** A kind's French name; an unknown one (a newer section) readable from its code. */
export function kindLabel(kind: string): string {
  const label = KIND_LABELS[kind] ?? kind.replaceAll('_', ' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export function sectionLabel(section: string): string {
  return SECTION_LABELS[section] ?? section;
}

/** Badge of each status: its own icon and colour besides its text. */
export const STATUS_VARIANTS: Record<RequestStatus, AlertVariant> = {
  en_cours: 'info',
  pris_en_compte: 'success',
  refuse: 'error',
};

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

/** "17/05/2026 14:30", in France's time; anything unparsable unchanged. */
export function formatDateTime(value: string): string {
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? value : dateTime.format(instant);
}

/** "1 demande", "12 demandes". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count > 1 ? plural : singular}`;
}
