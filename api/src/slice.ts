// One section's API in its own process, behind a reverse proxy that sends `/api/<section>/` here
// and everything else to the host (README, "Releasing one section"):
//   SECTION=contact PORT=3101 DATABASE_URL=postgres://… node --import tsx api/src/slice.ts
import { serve } from '@hono/node-server';
import { loadConfig } from '@portail/kernel';
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
const { app, kernel, slice } = await createSlicePortal(config, process.env.SECTION);
// No kernel.outbox.start(): the host's worker delivers what this process puts in the outbox.

const server = serve({ fetch: app.fetch, port, hostname: process.env.HOST ?? '127.0.0.1' }, () => {
  console.log(
    `Section « ${slice.name} » : http://${process.env.HOST ?? '127.0.0.1'}:${port} (${slicePrefixes(slice).join(', ')})`,
  );
});

async function shutdown() {
  server.close();
  await kernel.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
