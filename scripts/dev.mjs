// `npm run dev`: the host on the embedded database, restarted when server code changes, and each
// browser package rebuilt (its import-map entry moved) when its sources change; reload the page.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { WEB_PACKAGES } from './web-packages.mjs';

const root = resolve(import.meta.dirname, '..');
const run = (args) =>
  new Promise((done) => spawn(process.execPath, args, { cwd: root, stdio: 'inherit' }).on('exit', done));

await run(['scripts/build-web.mjs']);
const server = spawn(process.execPath, ['--import', 'tsx', '--watch', 'api/src/main.ts'], {
  cwd: root,
  stdio: 'inherit',
});

const pending = new Set();
let timer = null;
for (const pkg of WEB_PACKAGES) {
  const sources = pkg.dir === 'shell' ? ['src'] : pkg.dir.startsWith('mfe-') ? ['web', 'contract'] : ['src'];
  for (const folder of sources) {
    watch(join(root, pkg.dir, folder), { recursive: true }, () => {
      pending.add(pkg.dir);
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const dirs = [...pending];
        pending.clear();
        await run(['scripts/build-web.mjs', ...dirs]);
      }, 150);
    });
  }
}
process.on('SIGINT', () => {
  server.kill('SIGINT');
  process.exit(0);
});
