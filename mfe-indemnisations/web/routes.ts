// Paths of the section's pages and API routes that several modules (widgets included) need.

export const CLAIMS_API = '/api/indemnisations/demandes';
/** C1, and under it the online form of a claim (`/indemnisations/demande/<id>`). */
export const CLAIMS_PATH = '/indemnisations/demande';
export const HISTORY_PATH = '/indemnisations/historique-envois';
export const INDEMNITIES_API = '/api/indemnisations/paiements';
export const INDEMNITIES_PATH = '/indemnisations/historique-indemnisations';

export function claimPath(id: string): string {
  return `${CLAIMS_PATH}/${encodeURIComponent(id)}`;
}
