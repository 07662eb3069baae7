import { pageOf } from '../pages.js';

export const CLAIM_PAGE = pageOf('indemnisations.demande');
export const SUPPORTING_DOCUMENTS_PAGE = pageOf('indemnisations.justificatifs');
export const SENDINGS_PAGE = pageOf('indemnisations.historique-envois');
export const INDEMNITIES_PAGE = pageOf('indemnisations.historique-indemnisations');
