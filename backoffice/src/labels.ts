import { CORE_REQUESTS } from '@portail/kernel/contract/gestion';
import type { RequestStatus } from '@portail/kernel/contract/requests';
import { readSectionSummaries } from '@portail/kernel/contract/section';
import type { AlertVariant } from '@portail/shared-design';

/** Whose requests reach the queue: the kernel's, then each section's, as its manifest names them. */
function requestOwners(): { name: string; label: string; requestKinds?: Readonly<Record<string, string>> }[] {
  return [CORE_REQUESTS, ...readSectionSummaries()];
}

/** The queue's "Section" filter: the owners that make requests, named as the member's menu names them. */
export function sectionLabels(): Record<string, string> {
  return Object.fromEntries(
    requestOwners()
      .filter((owner) => Object.keys(owner.requestKinds ?? {}).length > 0)
      .map((owner) => [owner.name, owner.label]),
  );
}

/** A kind's French name (from its section's manifest); an unknown one readable from its code. */
export function kindLabel(kind: string, section?: string): string {
  const owners = requestOwners().filter((owner) => section === undefined || owner.name === section);
  const label = owners.map((owner) => owner.requestKinds?.[kind]).find(Boolean) ?? kind.replaceAll('_', ' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export function sectionLabel(section: string): string {
  return requestOwners().find((owner) => owner.name === section)?.label ?? section;
}

/** Badge of each status: its own icon and colour besides its text. */
export const STATUS_VARIANTS: Record<RequestStatus, AlertVariant> = {
  pending: 'info',
  accepted: 'success',
  refused: 'error',
  withdrawn: 'warning',
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
