// Compiles the server (host, kernel, section slices, migrations, the single-section process and the
// operator commands) to plain JavaScript in `dist/`, so that production runs with Node alone:
// `npm ci --omit=dev` + `dist/` + `.deploy/`, no tsx, no TypeScript, no Vite at runtime.
//   node scripts/build-server.mjs
// Workspace packages (`@portail/*`, TypeScript sources) are bundled in; every other package stays an
// import of `node_modules` (it must be a production dependency: the API test
// `server-build.api.test.ts` checks each one against the lock file).
import { rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import { generateContractSchemas } from './contract-schemas.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'dist');

/** The programs of a deployment, by their name in `dist/`. */
export const SERVER_ENTRIES = {
  // The portal: every section's API, the web pages and bundles of `.deploy/` (npm run start:prod).
  main: 'api/src/main.ts',
  // One section's API alone, behind a path-based proxy (README « A section's API on its own »).
  slice: 'api/src/slice.ts',
  // Operator commands: the first manager account of a deployment; the demo data (never in production).
  'manager-create': 'api/src/commands/manager-create.ts',
  'seed-demo': 'api/src/commands/seed-demo.ts',
};

/**
 * Bare imports other than the workspace packages stay imports of `node_modules`, of the very copy the
 * importing source file gets: npm places some packages under a workspace (`api/node_modules/…`), so
 * each is resolved from its importer (conditions `node`, `import`, as Node does) and written as a
 * path relative to `dist/`. The same lock file installs the same tree, with or without `--omit=dev`.
 */
const externalPackages = {
  name: 'external-packages',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData?.resolving || args.path.startsWith('@portail/') || args.path.startsWith('node:')) {
        return undefined;
      }
      const found = await builder.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: { resolving: true },
      });
      if (found.errors.length > 0) return { errors: found.errors };
      const path = relative(outDir, found.path).split(sep).join('/');
      return { path: path.startsWith('.') ? path : `./${path}`, external: true };
    });
  },
};

const started = Date.now();
rmSync(outDir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(Object.entries(SERVER_ENTRIES).map(([name, file]) => [name, file])),
  outdir: outDir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  conditions: ['node', 'import'],
  // Chunks beside the entries: every output file reaches node_modules by the same relative paths.
  chunkNames: '[name]-[hash]',
  sourcemap: 'linked',
  legalComments: 'none',
  plugins: [externalPackages],
  metafile: true,
  logLevel: 'warning',
  tsconfig: join(root, 'tsconfig.json'),
});
// The files of node_modules the built server imports (checked against the production dependencies).
const packages = new Set();
for (const output of Object.values(result.metafile.outputs)) {
  for (const imported of output.imports) {
    if (imported.external && imported.path.startsWith('.')) packages.add(imported.path);
  }
}
writeFileSync(join(outDir, 'externals.json'), `${JSON.stringify([...packages].sort(), null, 2)}\n`);
// The contracts' types as JSON Schemas, for `/api/openapi.json` (the built server has no TypeScript).
writeFileSync(join(outDir, 'contract-schemas.json'), JSON.stringify(await generateContractSchemas()));
console.log(
  `Built the server in ${Date.now() - started} ms → ${relative(root, outDir)}/ (${Object.keys(SERVER_ENTRIES)
    .map((name) => `${name}.js`)
    .join(', ')})`,
);
