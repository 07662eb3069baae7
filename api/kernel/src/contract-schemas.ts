import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

let loading: Promise<Record<string, unknown>> | undefined;

/**
 * The JSON Schemas of the contracts' types (`scripts/contract-schemas.mjs`), once per process: the
 * built server reads `dist/contract-schemas.json`, written by the build beside it; from the sources
 * (development, tests) the same file when no contract changed since the build, or else they are
 * generated from the TypeScript declarations on first use (~3 s).
 */
export function contractSchemas(): Promise<Record<string, unknown>> {
  loading ??= load().catch((error) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(): Promise<Record<string, unknown>> {
  const built = new URL('./contract-schemas.json', import.meta.url);
  if (existsSync(built)) return JSON.parse(await readFile(built, 'utf8')).schemas;
  // From the sources only (api/kernel/src → the repository's scripts): not bundled, not in production.
  const script = new URL('../../../scripts/contract-schemas.mjs', import.meta.url).href;
  const { currentContractSchemas } = (await import(script)) as {
    currentContractSchemas(): Promise<{ schemas: Record<string, unknown> }>;
  };
  return (await currentContractSchemas()).schemas;
}
