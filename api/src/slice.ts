// One section's API in its own process, behind a reverse proxy that sends `/api/<section>/` here
// and everything else to the host (README, "Releasing one section"):
//   SECTION=contact PORT=3101 DATABASE_URL=postgres://… node --import tsx api/src/slice.ts
import { type Lifecycle, loadConfig } from '@portail/kernel';
import { servePortal } from './serve.js';
import { createSlicePortal, sliceNamed, slicePrefixes } from './slice-app.js';

const config = loadConfig();
if (config.database.kind !== 'postgres') {
  console.error(
    'Le service d’une section partage la base du portail (sessions, demandes, outbox) : définissez ' +
      'DATABASE_URL (PostgreSQL). La base embarquée PGlite ne s’ouvre que dans un seul processus.',
  );
  process.exit(1);
}
try {
  sliceNamed(process.env.SECTION);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3101);
const hostname = process.env.HOST ?? '127.0.0.1';
const lifecycle: Lifecycle = { draining: false };
const { app, kernel, slice } = await createSlicePortal(config, process.env.SECTION, { lifecycle });
// No kernel.outbox.start() nor maintenance: the host's delivers and sweeps for both.

servePortal({
  app,
  kernel,
  lifecycle,
  port,
  hostname,
  onListening: () =>
    console.log(
      `Section « ${slice.name} » : http://${hostname}:${port} (${slicePrefixes(slice).join(', ')})`,
    ),
});
