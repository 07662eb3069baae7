/**
 * Uploads of supporting documents (SPEC C4, also E3 and D2): the limits and the exact French
 * messages, and the format judged from a file's first bytes. Pure: the browser checks a file as
 * soon as it is added, the server enforces the same rules while it streams the body.
 */
import { msg, str } from '@lit/localize';

/** One megabyte as the manual counts it ("3.5Mo", "10Mo"). */
const MEGABYTE = 1024 * 1024;

export const UPLOAD_LIMITS = {
  maxFiles: 10,
  maxFileBytes: 3.5 * MEGABYTE,
  maxTotalBytes: 10 * MEGABYTE,
} as const;

/** In the language being written in (SPEC P6): the browser's page, the server's request. */
export const UPLOAD_MESSAGES = {
  get format() {
    return msg('Formats acceptés : JPG, PNG, PDF');
  },
  get fileSize() {
    return msg('Taille maximale de fichier acceptée : 3.5Mo.');
  },
  get totalSize() {
    return msg('Taille totale des fichiers acceptée : 10Mo.');
  },
  get fileCount() {
    return msg(str`Vous pouvez joindre au plus ${UPLOAD_LIMITS.maxFiles} fichiers.`);
  },
  get empty() {
    return msg('Ce fichier est vide.');
  },
  get required() {
    return msg('Ajoutez au moins un justificatif.');
  },
  get interrupted() {
    return msg("L'envoi a été interrompu : aucun fichier n'a été enregistré. Réessayez.");
  },
};

/** Name of the multipart part(s) holding the files. */
export const UPLOAD_FIELD = 'fichiers';

/** What the file picker offers (the content is checked anyway). */
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

export type UploadFormat = 'application/pdf' | 'image/jpeg' | 'image/png';

/** How many leading bytes `sniffUploadFormat` needs. */
export const SNIFF_BYTES = 8;

const SIGNATURES: readonly { format: UploadFormat; bytes: readonly number[] }[] = [
  { format: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { format: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The format of a file from its first bytes (magic numbers), or null when it is none of JPG, PNG, PDF. */
export function sniffUploadFormat(head: Uint8Array): UploadFormat | null {
  for (const { format, bytes } of SIGNATURES) {
    if (head.length >= bytes.length && bytes.every((b, i) => head[i] === b)) return format;
  }
  return null;
}

/** A file as the rules see it: its size and, once read, its first bytes. */
export interface UploadCandidate {
  size: number;
  head: Uint8Array;
}

/**
 * Why `candidate` cannot join the files already kept (`keptSizes`), or null if it can. The order of
 * the checks is the order the member can fix them: format, then size, then total, then count.
 */
export function refuseUpload(candidate: UploadCandidate, keptSizes: readonly number[]): string | null {
  if (candidate.size === 0) return UPLOAD_MESSAGES.empty;
  if (!sniffUploadFormat(candidate.head)) return UPLOAD_MESSAGES.format;
  if (candidate.size > UPLOAD_LIMITS.maxFileBytes) return UPLOAD_MESSAGES.fileSize;
  const total = keptSizes.reduce((sum, size) => sum + size, 0) + candidate.size;
  if (total > UPLOAD_LIMITS.maxTotalBytes) return UPLOAD_MESSAGES.totalSize;
  if (keptSizes.length + 1 > UPLOAD_LIMITS.maxFiles) return UPLOAD_MESSAGES.fileCount;
  return null;
}

/** A file the server kept, as the member sees it (bordereau, Suivi, Historique des envois). */
export interface UploadedFile {
  id: string;
  fileName: string;
  contentType: UploadFormat;
  sizeBytes: number;
  sha256: string;
}
