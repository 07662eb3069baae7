// Puts one section back on its previous release (SPEC W1): moves only its import-map entries (with
// their `integrity`) and its widget bundle back to what was live before; those bundles are still in
// their immutable folders. Nothing is built. Run again to go one more release back.
//   npm run rollback -w mfe-contact
//   node scripts/rollback.mjs mfe-contact
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  applyState,
  deployDir,
  describeChange,
  fail,
  liveHistory,
  liveState,
  mapFile,
  readDeployment,
  readRecord,
  recordLive,
  runCommand,
  sectionOf,
  withLock,
  writeRecord,
} from './release-lib.mjs';

const { positionals } = parseArgs({ allowPositionals: true });

runCommand(() => {
  const section = sectionOf(positionals[0]);
  withLock(() => rollback(section));
});

function rollback(section) {
  const now = new Date().toISOString();
  const deployment = readDeployment();
  const record = readRecord(section);
  const current = recordLive(record, liveState(section, deployment), now);
  const target = liveHistory(record).at(-2);
  if (!target) fail(`${section.dir} : aucune version précédente à remettre en ligne.`);
  for (const url of [...Object.values(target.imports), ...(target.widgets ? [target.widgets.url] : [])]) {
    if (!existsSync(join(deployDir, url))) fail(`${section.dir} : le bundle ${url} a été supprimé.`);
  }
  current.rolledBackAt = now;
  record.events.push({ action: 'rollback', from: current.version, to: target.version, at: now });
  applyState(section, deployment, target);
  writeRecord(section, record);
  console.log(
    `Retour arrière : ${section.name} ${current.version} → ${target.version} (${relative(process.cwd(), mapFile) || mapFile})`,
  );
  console.log(describeChange(current, target));
}
