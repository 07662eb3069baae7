// Paths of the section's pages and API routes that several modules (widgets included) need.

export const CLAIMS_API = '/api/indemnisations/demandes';
/** C1, and under it the online form of a claim (`/indemnisations/demande/<id>`). */
export const CLAIMS_PATH = '/indemnisations/demande';
export const HISTORY_PATH = '/indemnisations/historique-envois';
export const INDEMNITIES_API = '/api/indemnisations/paiements';
export const INDEMNITIES_PATH = '/indemnisations/historique-indemnisations';
/** E4 Suivi (mfe-contact): where a claim sent is followed. */
export const SUIVI_PATH = '/contact/suivi';

/** Under CLAIMS_PATH, `nouvelle/<form>`: the form of a new claim, stored only once saved or sent. */
const NEW_CLAIM = 'nouvelle/';

export function claimPath(id: string): string {
  return `${CLAIMS_PATH}/${encodeURIComponent(id)}`;
}

export function newClaimPath(formCode: string): string {
  return `${CLAIMS_PATH}/${NEW_CLAIM}${encodeURIComponent(formCode)}`;
}

/** What a path under CLAIMS_PATH (`subPathOf`) shows: a claim saved, or the form of a new one. */
export function claimOfSubPath(sub: string): { claimId: string; formCode: string } {
  return sub.startsWith(NEW_CLAIM)
    ? { claimId: '', formCode: sub.slice(NEW_CLAIM.length) }
    : { claimId: sub, formCode: '' };
}

/**
 * New claims saved for the first time in this page: their id → the sub-path of the form they were
 * written in (`nouvelle/<form>`). The form then takes the claim's address (`<id>`) and the section
 * keeps it on screen as it is (same element: the focus, the tab and the notice stay).
 */
const firstSaves = new Map<string, string>();

export function rememberFirstSave(id: string, formCode: string): void {
  firstSaves.set(id, `${NEW_CLAIM}${formCode}`);
}

export function firstSavedFrom(sub: string): string | undefined {
  return firstSaves.get(sub);
}
