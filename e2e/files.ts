// Files the journeys upload (genuine small documents, and the disguised or too large ones the
// portal must refuse) and what they do with the files they download.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from 'playwright-core';

/** A small but genuine PDF (the server judges the format from the first bytes, `%PDF-`). */
export const SMALL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
/** A 1×1 PNG (signature 89 50 4E 47 0D 0A 1A 0A). */
export const SMALL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
/** A 1×1 JPEG (signature FF D8 FF). */
export const SMALL_JPG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
/** 4 MB starting with `%PDF-`: a PDF, but over the 3.5 MB limit. */
export const FOUR_MB_PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n'),
  Buffer.alloc(4 * 1024 * 1024 - 9, 0x20),
]);
/** A Windows executable (DOS header "MZ") renamed facture.pdf. */
export const EXE_AS_PDF = Buffer.concat([
  Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]),
  Buffer.alloc(498),
]);
/** A GIF (GIF89a) under a .pdf name: refused on its content, whatever its name says. */
export const GIF_AS_PDF = Buffer.from(
  'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==',
  'base64',
);

/** A file to upload: its name and its bytes. */
export interface NamedFile {
  name: string;
  bytes: Buffer;
}

const MIME: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg' };

/** The content type a browser gives a file from its extension. */
export function mimeTypeOf(name: string): string {
  return MIME[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** What a downloaded file starts with: its format, as the server would judge it. */
export function formatOf(bytes: Buffer): string {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes.subarray(0, 8).equals(SMALL_PNG.subarray(0, 8))) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  return 'unknown';
}

/** The text of a PDF, as pdftotext reads it, with every run of white space folded to one space. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The text of a PDF laid out as on the page (`pdftotext -layout`). */
export function pdfLayoutText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** Clicks `trigger` and returns the download it starts, with its bytes. */
export async function download(
  on: Page,
  trigger: Locator,
): Promise<{ download: Download; path: string; bytes: Buffer }> {
  const [started] = await Promise.all([on.waitForEvent('download'), trigger.click()]);
  const path = await started.path();
  return { download: started, path, bytes: readFileSync(path) };
}

/** Picks a file as the member does: the field's button (`button`) opens the file chooser. */
export async function pick(
  on: Page,
  field: Locator,
  button: string,
  name: string,
  bytes: Buffer,
): Promise<void> {
  const [chooser] = await Promise.all([
    on.waitForEvent('filechooser'),
    field.getByRole('button', { name: button }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: mimeTypeOf(name), buffer: bytes });
}

/** The text of the refusal of `name` under a file field ("name : message"), whitespace folded. */
export async function refusalOf(field: Locator, name: string): Promise<string> {
  const item = field.getByRole('alert').getByRole('listitem').filter({ hasText: name });
  await item.waitFor();
  return ((await item.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}
