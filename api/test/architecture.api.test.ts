// The rules of docs/architecture.md that Biome's import rules cannot see, read from the code:
// sections reach core data only through the kernel (no `core.` table named in their code), elements
// are registered only by `define.ts` modules and a section's per-page `pages/define-<page>.ts`
// (packages free of side effects), and every section folder is one manifest, mounted once by the host.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { SECTIONS } from '../src/sections.js';

const root = resolve(import.meta.dirname, '../..');

/** The TypeScript files under `dir`, tests and dependencies left out. */
function sourcesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return ['node_modules', 'test', 'dist'].includes(name) ? [] : sourcesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const sectionDirs = readdirSync(root)
  .filter((name) => name.startsWith('mfe-') && statSync(join(root, name)).isDirectory())
  .sort();

/** A module that registers elements: `define.ts`, or a section page's chunk `pages/define-<page>.ts`. */
const DEFINE_MODULE = /(^|\/)(define|pages\/define-[a-z0-9-]+)\.ts$/;

const BROWSER_PACKAGES = ['shared-design', 'shell', 'backoffice', ...sectionDirs, 'templates/section'];

/** Lines of `files` matching `pattern`, as `path:line: text`. */
function linesMatching(files: string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        pattern.test(line) ? [`${relative(root, file)}:${index + 1}: ${line.trim()}`] : [],
      ),
  );
}

describe('architecture rules', () => {
  test('there are sections to check', () => {
    assert.ok(sectionDirs.length >= 5, `sections found: ${sectionDirs.join(', ')}`);
  });

  test('no section names a table of the core schema: the kernel is the only door to core data', () => {
    const files = [...sectionDirs, 'templates/section'].flatMap((dir) => sourcesUnder(join(root, dir)));
    assert.ok(files.length > 50, 'the sections’ code was not found');
    assert.deepEqual(linesMatching(files, /["'`\s(]core\.[a-z_]+/), []);
  });

  test('elements are registered only by define.ts modules, the side effects package.json names', () => {
    const files = BROWSER_PACKAGES.flatMap((dir) => sourcesUnder(join(root, dir))).filter(
      (file) => !DEFINE_MODULE.test(file) && !file.endsWith('shared-design/src/registry.ts'),
    );
    assert.deepEqual(linesMatching(files, /\bdefine\(/), []);
    for (const dir of BROWSER_PACKAGES.filter((name) => name !== 'templates/section')) {
      const { sideEffects } = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
        sideEffects?: unknown;
      };
      assert.ok(
        Array.isArray(sideEffects),
        `${dir}/package.json: "sideEffects" must list its define.ts files`,
      );
      for (const path of sideEffects as string[]) {
        assert.match(path, DEFINE_MODULE, `${dir}: only define.ts modules have side effects`);
        assert.ok(existsSync(join(root, dir, path)), `${dir}: ${path} does not exist`);
      }
    }
  });

  test('every section folder has one manifest, mounted once by the host, its name its folder’s', async () => {
    const names = SECTIONS.map((slice) => slice.name);
    assert.equal(new Set(names).size, names.length, `a section is listed twice: ${names.join(', ')}`);
    assert.deepEqual([...names].map((name) => `mfe-${name}`).sort(), sectionDirs);
    for (const slice of SECTIONS) {
      const { name, package: packageName, paths } = slice.section;
      const { name: declared } = JSON.parse(
        readFileSync(join(root, `mfe-${name}`, 'package.json'), 'utf8'),
      ) as {
        name: string;
      };
      assert.equal(packageName, declared, `mfe-${name}: the manifest's package is its package.json's`);
      assert.ok(paths.length > 0 && paths.every((path) => path.startsWith('/')), `${name}: paths`);
    }
    const allPaths = SECTIONS.flatMap((slice) => slice.section.paths);
    assert.equal(new Set(allPaths).size, allPaths.length, 'two sections claim the same path');
  });
});
