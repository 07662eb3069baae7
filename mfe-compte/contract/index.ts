import type { SectionPage } from '@portail/kernel/contract';

/** SPEC D: the pages of "Mon compte". */
export const COMPTE_PAGES = [
  {
    id: 'compte.donnees',
    group: 'compte',
    label: 'Données personnelles',
    path: '/compte/donnees-personnelles',
  },
  { id: 'compte.mot-de-passe', group: 'compte', label: 'Mot de passe', path: '/compte/mot-de-passe' },
  { id: 'compte.notifications', group: 'compte', label: 'Notifications', path: '/compte/notifications' },
] as const satisfies readonly SectionPage[];
