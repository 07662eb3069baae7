// The JSON Schemas of the contracts' types (kernel and sections), generated from their TypeScript
// declarations: the answers the API describes in `/api/openapi.json` are these very types, so the
// description cannot drift from what the browser is typed with.
//   node scripts/contract-schemas.mjs > contract-schemas.json
// The build writes them to `dist/contract-schemas.json`; from the sources, the kernel calls
// `currentContractSchemas` when `/api/openapi.json` is first asked for.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Every contract file: `api/kernel/contract/*.ts` and each section's `contract/*.ts`. */
export function contractFiles() {
  const folders = [
    'api/kernel/contract',
    ...readdirSync(root)
      .filter((name) => name.startsWith('mfe-'))
      .map((name) => `${name}/contract`),
  ];
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(root, folder, name)),
  );
}

/** The exported interfaces and type aliases of a file. */
function exportedTypes(file) {
  const names = [];
  for (const match of readFileSync(file, 'utf8').matchAll(/^export (?:interface|type) ([A-Z]\w*)/gm)) {
    names.push(match[1]);
  }
  return names;
}

/**
 * `{ schemas, skipped }`: a JSON Schema per exported type, references as
 * `#/components/schemas/<Name>`; `skipped` names the types JSON Schema cannot express (functions…).
 */
export async function generateContractSchemas() {
  const { createGenerator } = await import('ts-json-schema-generator');
  const files = contractFiles();
  const generator = createGenerator({
    path: `{${files.map((file) => relative(root, file)).join(',')}}`,
    tsconfig: join(root, 'tsconfig.json'),
    skipTypeCheck: true,
    expose: 'export',
    topRef: true,
    jsDoc: 'basic',
    additionalProperties: false,
  });
  const schemas = {};
  const skipped = [];
  for (const name of files.flatMap(exportedTypes)) {
    if (schemas[name]) continue;
    try {
      Object.assign(schemas, generator.createSchema(name).definitions);
    } catch {
      skipped.push(name);
    }
  }
  const text = JSON.stringify(schemas).replaceAll('"#/definitions/', '"#/components/schemas/');
  return { schemas: JSON.parse(text), skipped };
}

/** What the build wrote, when no contract file changed since; generated again otherwise. */
export async function currentContractSchemas() {
  const built = join(root, 'dist', 'contract-schemas.json');
  if (existsSync(built)) {
    const builtAt = statSync(built).mtimeMs;
    if (contractFiles().every((file) => statSync(file).mtimeMs <= builtAt)) {
      return JSON.parse(readFileSync(built, 'utf8'));
    }
  }
  return generateContractSchemas();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(await generateContractSchemas(), null, 2)}\n`);
}
