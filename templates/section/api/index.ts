import { type Kernel, type MemberEnv, readJson, sectionSlice } from '@portail/kernel';
import { Hono } from 'hono';
import { z } from 'zod';
import { EXEMPLE_REQUEST_KIND, type ExempleHome } from '../contract/index.js';
import { en } from '../locales/en.js';
import { exempleSection } from '../section.js';
import { exempleMigrations } from './migrations/index.js';

const requestSchema = z.object({
  message: z.string().trim().min(1, { error: 'Saisissez votre message.' }).max(2000),
});

/** `/api/exemple`: the section's member routes (session, CSRF, CGU and page access checked). */
export function createExempleApi(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.use('*', kernel.requireMember(), kernel.requirePage('exemple.accueil'));

  app.get('/accueil', async (c) => {
    const requests = await kernel.requests.listForMember(c.get('member').id, { section: 'exemple' });
    return c.json({ title: 'Exemple', requestsCount: requests.length } satisfies ExempleHome);
  });

  app.post('/demandes', async (c) => {
    const { message } = await readJson(c, requestSchema);
    const id = await kernel
      .database()
      .transaction()
      .execute((trx) =>
        kernel.requests.create(trx, {
          memberId: c.get('member').id,
          section: 'exemple',
          kind: EXEMPLE_REQUEST_KIND,
          label: "Demande d'exemple",
          payload: { message },
          audit: { action: 'exemple.request' },
        }),
      );
    return c.json({ id }, 201);
  });

  return app;
}

export const exempleSlice = sectionSlice(exempleSection, {
  messages: { en },
  migrations: exempleMigrations,
  createApi: createExempleApi,
  requestKinds: () => ({
    [EXEMPLE_REQUEST_KIND]: { describe: (payload) => [String(payload['message'] ?? '')] },
  }),
  // P3 « Télécharger mes données »: the section's part of a member's archive (folder `exemple/`).
  // Every table of its schema goes in `exported` (and its member's rows in `entries`) or in
  // `excluded` with the reason: `api/test/data-export-coverage.api.test.ts` fails otherwise.
  dataExport: () => ({ tables: { exported: [], excluded: {} }, async *entries() {} }),
});
