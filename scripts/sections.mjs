// The portal's sections, as the scripts (build, release, tests, dev) know them: every folder
// `mfe-*` with a manifest `section.ts` (read through tsx), i.e. what `defineSection` declares there.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

export const root = resolve(import.meta.dirname, '..');

function isManifest(value) {
  return Boolean(value && typeof value === 'object' && value.name && value.package && value.web?.app);
}

/** `{ dir, manifest }` of each section folder of the repository `base` (sorted by folder name). */
export async function readSections(base = root) {
  const dirs = readdirSync(base)
    .filter((name) => /^mfe-[a-z0-9-]+$/.test(name) && existsSync(join(base, name, 'section.ts')))
    .sort();
  return Promise.all(
    dirs.map(async (dir) => {
      const module = await tsImport(pathToFileURL(join(base, dir, 'section.ts')).href, import.meta.url);
      const manifest = Object.values(module).find(isManifest);
      if (!manifest) throw new Error(`${dir}/section.ts n'exporte aucun manifeste (defineSection).`);
      return { dir, manifest };
    }),
  );
}
