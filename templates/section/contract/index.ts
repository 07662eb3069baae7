/** What the section's API answers and accepts: types and constants only, browser-safe. */
import type { SectionPage } from '@portail/kernel/contract';

export const EXEMPLE_PAGES = [
  { id: 'exemple.accueil', label: 'Accueil', path: '/exemple/accueil' },
] as const satisfies readonly SectionPage[];

export const EXEMPLE_REQUEST_KIND = 'demande_exemple';

/** `GET /api/exemple/accueil`. */
export interface ExempleHome {
  title: string;
  requestsCount: number;
}

/** `POST /api/exemple/demandes` {message} → 201 {id}. */
export interface NewExempleRequest {
  message: string;
}
