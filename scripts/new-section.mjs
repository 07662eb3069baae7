// Creates a section from the template (`templates/section/`): its folder with a manifest, an API
// slice with its schema, a single-spa application with one page, and a test — then says the one
// line to add to the host's list of sections (`api/src/sections.ts`).
//   npm run new-section -- <name> [--label "Mes prestations"] [--path /prestations] [--prefix pre]
// `<name>`: lower case letters and digits (the API under `/api/<name>`, the schema, `mfe-<name>`);
// `--into <dir>`: where to create the folder (the repository by default; tests use a scratch one).
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const template = join(root, 'templates/section');

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    label: { type: 'string' },
    path: { type: 'string' },
    prefix: { type: 'string' },
    into: { type: 'string' },
  },
});

function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const name = positionals[0] ?? '';
if (!/^[a-z][a-z0-9]{1,30}$/.test(name))
  fail('Nom de section attendu : lettres minuscules et chiffres, ex. « prestations ».');
const label = values.label ?? name.charAt(0).toUpperCase() + name.slice(1);
const path = values.path ?? `/${name}`;
const prefix = values.prefix ?? name.slice(0, 3);
if (!/^\/[a-z0-9-]+$/.test(path)) fail('Chemin attendu : /un-chemin, ex. « /prestations ».');
if (!/^[a-z]{2,6}$/.test(prefix))
  fail('Préfixe des éléments attendu : 2 à 6 lettres minuscules, ex. « pre ».');
const pascal = (text) => text.charAt(0).toUpperCase() + text.slice(1);

const target = join(resolve(process.cwd(), values.into ?? root), `mfe-${name}`);
if (existsSync(target)) fail(`${target} existe déjà.`);

/** The template's words, most specific first: its label, its API, its path, then its names. */
const replacements = [
  ["'Exemple'", `'${label.replaceAll("'", "\\'")}'`],
  ['« Exemple »', `« ${label} »`],
  ['/api/exemple', `/api/${name}`],
  ["'/exemple", `'${path}`],
  ['EXEMPLE', name.toUpperCase()],
  ['Exemple', pascal(name)],
  ['exemple', name],
  ['exe-', `${prefix}-`],
  ['Exe', pascal(prefix)],
];

function rewrite(file) {
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of replacements) text = text.replaceAll(from, to);
  writeFileSync(file, text);
}

function walk(dir) {
  for (const entry of readdirSync(dir)) {
    const file = join(dir, entry);
    if (statSync(file).isDirectory()) walk(file);
    else rewrite(file);
  }
}

cpSync(template, target, { recursive: true });
renameSync(join(target, 'test/exemple.api.test.ts'), join(target, `test/${name}.api.test.ts`));
walk(target);

console.log(`✓ Section « ${label} » créée dans ${target}
  Il reste une ligne : dans api/src/sections.ts, importez ${name}Slice de '@portail/mfe-${name}/api'
  et ajoutez-le à SECTIONS (l'ordre du menu). Puis « npm install » relie le nouveau paquet.`);
