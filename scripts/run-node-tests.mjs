// Runs the Node test files (`*.api.test.ts`, `*.e2e.test.ts`, `*.faults.test.ts`) found under the given folders.
// Usage: node scripts/run-node-tests.mjs [--serial] [--sections] <folder>... ; `--sections` adds
// every section's folder (each `mfe-*` with a manifest). Each file runs in its own process,
// two at a time, or one at a time with --serial (browser journeys: two Chromiums on two cores make
// timings flaky).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readSections } from './sections.mjs';

const serial = process.argv.includes('--serial');
const folders = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (process.argv.includes('--sections')) folders.push(...(await readSections()).map(({ dir }) => dir));
const pattern = /\.(api|e2e|faults)\.test\.ts$/;

function collect(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...collect(path));
    else if (pattern.test(name)) found.push(path);
  }
  return found;
}

const files = folders.flatMap(collect).sort();
if (files.length === 0) {
  console.error(`No test files under ${folders.join(', ')}`);
  process.exit(1);
}
const concurrency = process.env.TEST_CONCURRENCY ?? (serial ? '1' : '2');
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);
