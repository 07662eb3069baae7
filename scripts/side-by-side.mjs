// Runs npm scripts at the same time, each line of their output prefixed with the script's name;
// fails when one fails. `npm test` runs the journeys of both modes this way: each mode's journeys
// spend most of their time waiting on a browser or a server, so two modes share the two cores of the
// CI machine well (one after the other, 7.5 min; side by side, 5.5).
// Usage: node scripts/side-by-side.mjs <npm script>...
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('Usage: node scripts/side-by-side.mjs <npm script>...');
  process.exit(2);
}
const width = Math.max(...scripts.map((s) => s.length));

const runs = scripts.map(
  (script) =>
    new Promise((done) => {
      const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      const prefix = `[${script.padEnd(width)}] `;
      for (const stream of [child.stdout, child.stderr]) {
        createInterface({ input: stream }).on('line', (line) => process.stdout.write(`${prefix}${line}\n`));
      }
      child.on('exit', (code, signal) => done({ script, code: code ?? (signal ? 1 : 0) }));
    }),
);
const results = await Promise.all(runs);
const failed = results.filter((r) => r.code !== 0);
for (const r of results) console.log(`${r.script}: ${r.code === 0 ? 'passed' : `failed (${r.code})`}`);
process.exit(failed.length > 0 ? 1 : 0);
