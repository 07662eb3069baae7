import { pageOf } from '../pages.js';

export const PAYMENTS_PAGE = pageOf('services.reglements');
export const STATEMENTS_PAGE = pageOf('services.decomptes');
export const CONTRIBUTIONS_PAGE = pageOf('services.cotisations');
