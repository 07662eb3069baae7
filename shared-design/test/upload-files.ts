// Files for the tests of uploads (pa-file-field, and the forms that send files): their first bytes
// decide their format, as the contract's `sniffUploadFormat` reads them.

export const MB = 1024 * 1024;
export const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
export const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
export const JPEG = [0xff, 0xd8, 0xff, 0xe0];
export const GIF = [...'GIF89a'].map((c) => c.charCodeAt(0));
export const EXE = [0x4d, 0x5a]; // MZ

/** A file of `size` bytes starting with `head` (cut to `size`). */
export function fileOf(name: string, head: number[] = PDF, size = 2048): File {
  const bytes = new Uint8Array(size);
  bytes.set(head.slice(0, size));
  return new File([bytes], name);
}
