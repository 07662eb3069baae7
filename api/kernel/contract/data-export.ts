/**
 * SPEC P3 « Télécharger mes données » (RGPD art. 15 and 20): what the member's page reads of their
 * archive. Pure: browser-safe.
 */

/** How long a ready archive can be downloaded, then it is deleted. */
export const DATA_EXPORT_RETENTION_DAYS = 7;

/** The page of Mon compte where the member asks for and downloads their archive. */
export const DATA_EXPORT_PAGE_PATH = '/compte/telecharger-mes-donnees';

/** `GET`: the latest archive's state; `POST`: ask for one. */
export const DATA_EXPORT_API = '/api/compte/donnees/archive';

export type DataExportState = 'pending' | 'ready' | 'failed' | 'expired';

/** The member's latest archive (`null` when none was ever asked for). */
export interface DataExportStatus {
  id: string;
  /** `pending` while waiting or being prepared (« En préparation »). */
  state: DataExportState;
  /** ISO instants. */
  requestedAt: string;
  readyAt: string | null;
  /** Until when a ready archive can be downloaded. */
  expiresAt: string | null;
  sizeBytes: number | null;
  /** Where a ready archive is downloaded (`GET`, the owner's session). */
  downloadUrl: string | null;
}

export interface DataExportAnswer {
  archive: DataExportStatus | null;
}

/** The archive's file name: « mes-donnees-portail-adherent-AAAA-MM-JJ.zip » (the day it was ready). */
export function dataExportFileName(readyDay: string): string {
  return `mes-donnees-portail-adherent-${readyDay}.zip`;
}

export const DATA_EXPORT_ALREADY_PENDING =
  'Votre archive est déjà en préparation : vous recevrez un e-mail dès qu’elle sera prête.';
