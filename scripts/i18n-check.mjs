// SPEC P6: checks the portal's texts against its English catalogs.
//   node scripts/i18n-check.mjs            → the problems, and each package's French literals not yet
//                                            written with msg() (a to-do list, not a failure)
//   node scripts/i18n-check.mjs --todo P   → those literals of package P, file:line
// Every `msg('…')` / `msg(str`…`)` of a package must have its English in the package's catalog (or
// the kernel's, which every page and the server load); a catalog entry keeps the same `{n}` values;
// no `msg()` may run when its module is first evaluated (its language would not be known yet: the
// page's is set, and a section's catalog registered, only after the modules load). The test
// `api/test/translations.api.test.ts` fails on any problem this finds.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseAst } from 'rolldown/parseAst';

const root = resolve(import.meta.dirname, '..');

/** Each translated package: the folders of its texts and its catalog. */
export function translatedPackages() {
  const sections = readdirSync(root)
    .filter((name) => name.startsWith('mfe-') && statSync(join(root, name)).isDirectory())
    .sort();
  return [
    {
      name: 'kernel',
      folders: ['api/kernel/contract', 'api/kernel/src'],
      catalog: 'api/kernel/contract/locales/en.ts',
    },
    { name: 'shell', folders: ['shell/src', 'shell/runtime/src'], catalog: 'shell/src/locales/en.ts' },
    { name: 'shared-design', folders: ['shared-design/src'], catalog: 'shared-design/src/locales/en.ts' },
    ...sections.map((dir) => ({
      name: dir,
      folders: [`${dir}/contract`, `${dir}/web`, `${dir}/api`, `${dir}/section.ts`],
      catalog: `${dir}/locales/en.ts`,
    })),
  ];
}

function sourceFiles(path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { recursive: true })
    .map((name) => join(full, String(name)))
    .filter(
      (file) =>
        file.endsWith('.ts') &&
        !file.endsWith('.d.ts') &&
        !file.includes('/locales/') &&
        // The back office is the managers' (French-speaking staff), not a member's.
        !file.includes('/gestion/') &&
        !/\.(web|api|e2e)\.test\.ts$/.test(file) &&
        !/\/testing[^/]*\.ts$/.test(file),
    );
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** Whether the node under `ancestors` runs only when called (a function, a method, an instance field). */
function deferred(ancestors) {
  return ancestors.some(
    (up) => FUNCTION_TYPES.has(up.type) || (up.type === 'PropertyDefinition' && !up.static),
  );
}

/** The catalog key of a `msg()` argument: the text, a `str` template's values as `{0}`, `{1}`… */
function sourceOf(argument) {
  if (argument.type === 'Literal' && typeof argument.value === 'string') return argument.value;
  const template =
    argument.type === 'TemplateLiteral'
      ? argument.expressions.length === 0
        ? argument
        : null
      : argument.type === 'TaggedTemplateExpression' &&
          argument.tag.type === 'Identifier' &&
          argument.tag.name === 'str'
        ? argument.quasi
        : null;
  if (!template) return null;
  return template.quasis.map((q, i) => (i === 0 ? '' : `{${i - 1}}`) + q.value.cooked).join('');
}

/** A text a member reads, in French: accents or guillemets, or French words (not code, not CSS). */
const FRENCH =
  /[éèêëàâçùûîïôœÉÈÊÀÇ«»]|\b(?:[Ll]es?|[Ll]a|[Dd]es?|[Dd]u|[Uu]ne?|[Vv]otre|[Vv]os|[Pp]our|[Aa]vec|[Ss]ur|[Aa]ux?|[Cc]ette|[Ee]st|[Pp]as|[Ss]e|[Mm]on|[Mm]es|[Ss]aisissez|[Cc]hoisissez|[Vv]alider|[Ee]nvoyer|[Aa]nnuler|[Ff]ermer|[Rr]etour)\b [A-Za-zéèà]/;

/** Whether the literal at `offset` is marked as no member's text (`i18n-ignore` on its line or the one before). */
function ignored(text, offset) {
  const lineStart = text.lastIndexOf('\n', offset - 1);
  const before = text.lastIndexOf('\n', lineStart - 1);
  const lineEnd = text.indexOf('\n', offset);
  return text.slice(before + 1, lineEnd === -1 ? undefined : lineEnd).includes('i18n-ignore');
}

function isNode(value) {
  return value !== null && typeof value === 'object' && typeof value.type === 'string';
}

/** The `msg()` calls and the French literals outside them, of `files`. */
function scan(files) {
  const messages = [];
  const problems = [];
  const literals = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const program = parseAst(text, { lang: 'ts' }, file);
    const where = (node) => `${relative(root, file)}:${text.slice(0, node.start).split('\n').length}`;
    const visit = (node, ancestors, inMsg) => {
      if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg') {
        const argument = node.arguments[0];
        const key = argument ? sourceOf(argument) : null;
        if (key === null) problems.push(`${where(node)}: msg() takes a text or a str template`);
        else messages.push({ key, at: where(node) });
        if (!deferred(ancestors))
          problems.push(`${where(node)}: msg() runs when the module loads (use a function or a getter)`);
        inMsg = true;
      }
      if (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration') return;
      // Styles and SQL are no text a member reads.
      if (
        node.type === 'TaggedTemplateExpression' &&
        node.tag.type === 'Identifier' &&
        (node.tag.name === 'css' || node.tag.name === 'sql')
      )
        return;
      if (node.type === 'ExportNamedDeclaration' && node.source) return;
      const parent = ancestors.at(-1);
      const isKey = parent && parent.type === 'Property' && parent.key === node && !parent.computed;
      if (!inMsg && !isKey) {
        const value =
          node.type === 'Literal' && typeof node.value === 'string'
            ? node.value
            : node.type === 'TemplateElement'
              ? (node.value.cooked ?? '')
              : null;
        if (value && FRENCH.test(value) && !ignored(text, node.start))
          literals.push({ text: value, at: where(node) });
      }
      const next = [...ancestors, node];
      for (const [key, child] of Object.entries(node)) {
        if (key === 'typeAnnotation' || key === 'decorators') continue;
        if (Array.isArray(child)) {
          for (const item of child) if (isNode(item)) visit(item, next, inMsg);
        } else if (isNode(child)) visit(child, next, inMsg);
      }
    };
    visit(program, [], false);
  }
  return { messages, problems, literals };
}

/** A catalog's entries (French → English), read from its module's object literal. */
function readCatalog(path) {
  const full = join(root, path);
  if (!existsSync(full)) return null;
  const text = readFileSync(full, 'utf8');
  const entries = new Map();
  const visit = (node) => {
    if (node.type === 'Property' && !node.computed) {
      const key =
        node.key.type === 'Identifier' ? node.key.name : node.key.type === 'Literal' ? node.key.value : null;
      const english = sourceOf(node.value);
      if (typeof key === 'string' && english !== null) entries.set(key, english);
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) visit(item);
      } else if (isNode(child)) visit(child);
    }
  };
  visit(parseAst(text, { lang: 'ts' }, full));
  return entries;
}

function placeholders(text) {
  return [...text.matchAll(/\{(\d+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
}

/** Every problem found, and each package's count of French literals not yet in msg(). */
export function checkTranslations() {
  const packages = translatedPackages();
  const kernel = readCatalog(packages[0].catalog) ?? new Map();
  const problems = [];
  const todo = {};
  for (const pkg of packages) {
    const files = pkg.folders.flatMap(sourceFiles);
    const { messages, problems: found, literals } = scan(files);
    problems.push(...found);
    const catalog = readCatalog(pkg.catalog);
    // A French constant the catalog has is translated where it is written out (a problem's detail,
    // a menu label): done.
    todo[pkg.name] = literals.filter(({ text }) => !catalog?.has(text) && !kernel.has(text));
    if (!catalog) {
      if (messages.length)
        problems.push(`${pkg.catalog}: missing, yet ${pkg.name} has ${messages.length} msg() texts`);
      continue;
    }
    const used = new Set();
    for (const { key, at } of messages) {
      const english = catalog.get(key) ?? kernel.get(key);
      used.add(key);
      if (english === undefined) problems.push(`${at}: no English for « ${key} » (${pkg.catalog})`);
      else if (placeholders(english) !== placeholders(key))
        problems.push(`${at}: « ${english} » does not keep the values of « ${key} »`);
      else if (!english.trim()) problems.push(`${at}: empty English for « ${key} »`);
    }
    for (const [key, english] of catalog) {
      if (placeholders(english) !== placeholders(key))
        problems.push(`${pkg.catalog}: « ${english} » does not keep the values of « ${key} »`);
    }
  }
  return { problems, todo };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { problems, todo } = checkTranslations();
  const only = process.argv.indexOf('--todo');
  if (only > 0) {
    for (const { text, at } of todo[process.argv[only + 1]] ?? [])
      console.log(`${at}  ${text.trim().replace(/\s+/g, ' ').slice(0, 100)}`);
  } else {
    for (const problem of problems) console.log(problem);
    console.log(`${problems.length} problem(s)`);
    for (const [name, literals] of Object.entries(todo))
      console.log(`  ${name}: ${literals.length} French literal(s) outside msg()`);
  }
  process.exitCode = problems.length ? 1 : 0;
}
