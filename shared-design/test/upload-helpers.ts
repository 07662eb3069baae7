// Helpers of the tests of pages that send files (mfe-*/test, backoffice/test): the page's
// pa-file-field, picking files as the member would, and msw recording the multipart bodies.
import { expect, waitUntil } from '@open-wc/testing';
import type { PaFileField } from '@portail/shared-design/forms';
import { http } from 'msw';
import { deepQuery, deepText, worker } from './section-helpers.js';

export * from './upload-files.js';

/** The (first) pa-file-field below `root`. */
export function fileField(root: Element): PaFileField {
  const found = deepQuery<PaFileField>(root, 'pa-file-field');
  if (!found) throw new Error('no file field');
  return found;
}

/** The names of the files the field below `root` keeps. */
export function keptNames(root: Element): string[] {
  return fileField(root).files.map((file) => file.name);
}

/** The refusals listed in the field below `root` ("name : message" each), as read. */
export function refusals(root: Element): string {
  return deepText(fileField(root).shadowRoot!.querySelector('#refusals')!);
}

/** The field below `root` refused the file `name` with exactly `message`. */
export function expectRefused(root: Element, name: string, message: string): void {
  expect(refusals(root)).to.include(`${name} : ${message}`);
}

/**
 * Picks files in the picker of the field below `root`, as the member would, and waits until the
 * field has checked them (each one listed, kept or refused).
 */
export async function pick(root: Element, ...files: File[]): Promise<void> {
  const target = fileField(root);
  const input = target.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const picked = new DataTransfer();
  for (const file of files) picked.items.add(file);
  input.files = picked.files;
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => files.every((file) => deepText(target).includes(file.name)), 'files not checked');
}

/** Waits until the field below `root` shows exactly `message` (the contract's or the server's). */
export async function waitForFileError(root: Element, message: string): Promise<void> {
  await waitUntil(() => fileField(root).error === message, `no « ${message} » on the file field`);
}

/** What a test sees of a POSTed body: multipart or not, and its files as [name, size]. */
export interface RecordedUpload {
  multipart: boolean;
  files: [string, number][];
}

/**
 * Records the bodies POSTed to `path` (as RecordedUpload, plus what `parts` reads of the body and
 * request) and answers each with `answer`.
 */
export function recordUploads<P extends object = object>(
  path: string,
  answer: () => Response | Promise<Response>,
  parts: (body: FormData, request: Request) => P = () => ({}) as P,
): (RecordedUpload & P)[] {
  const posts: (RecordedUpload & P)[] = [];
  worker.use(
    http.post(path, async ({ request }) => {
      const multipart = (request.headers.get('Content-Type') ?? '').startsWith('multipart/form-data');
      const body = await request.formData();
      const files = (body.getAll('fichiers') as File[]).map((f): [string, number] => [f.name, f.size]);
      posts.push({ multipart, files, ...parts(body, request) });
      return answer();
    }),
  );
  return posts;
}
