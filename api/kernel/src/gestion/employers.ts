import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import {
  EMPLOYER_FEATURES,
  type Employer,
  type EmployerFeature,
  type EmployerList,
} from '../../contract/gestion.js';
import type { CoreKernel } from '../kernel.js';
import { operation } from '../openapi.js';
import { ProblemError } from '../problem.js';
import { isWidgetOrigin } from '../widget-access.js';
import type { ManagerEnv } from './manager-auth.js';

const FEATURES = Object.keys(EMPLOYER_FEATURES) as EmployerFeature[];
const ORIGIN_MESSAGE = 'Origine invalide : https://hôte[:port], sans chemin.';

/** H6's form; widget origins must be https (a local `http://localhost:…` only outside production). */
const updateSchema = (production: boolean) =>
  z.object({
    adhesionCode: z
      .string()
      .trim()
      .max(40, { error: "L'identifiant d'adhésion dépasse 40 caractères." })
      .regex(/^[A-Z0-9-]*$/, {
        error: "L'identifiant d'adhésion ne contient que des majuscules, des chiffres et des tirets.",
      })
      .nullable()
      .transform((v) => v || null),
    features: z.record(z.enum(FEATURES), z.boolean()),
    widgetOrigins: z
      .array(z.string().trim().max(200))
      .max(20, { error: '20 origines au plus.' })
      .refine((origins) => origins.every((origin) => isWidgetOrigin(origin, production)), {
        error: ORIGIN_MESSAGE,
      }),
  });

/** H6: employers' adhesion identifier (B4), authorisations (A6) and widget origins (W2). */
export function employerRoutes(kernel: CoreKernel) {
  const { db } = kernel;
  const app = new Hono<ManagerEnv>();
  const employerUpdate = updateSchema(kernel.config.production);

  const list = () =>
    db
      .selectFrom('core.employers as e')
      .select([
        'e.id',
        'e.name',
        'e.adhesion_code',
        'e.disabled_features',
        'e.widget_origins',
        (eb) =>
          eb
            .selectFrom('core.memberships as m')
            .select(sql<string>`count(DISTINCT m.member_id)`.as('n'))
            .whereRef('m.employer_id', '=', 'e.id')
            .as('member_count'),
      ])
      .orderBy('e.name');

  const employerOf = (row: Awaited<ReturnType<ReturnType<typeof list>['execute']>>[number]): Employer => ({
    id: row.id,
    name: row.name,
    adhesionCode: row.adhesion_code,
    features: Object.fromEntries(
      FEATURES.map((f) => [f, !row.disabled_features.includes(f)]),
    ) as Employer['features'],
    widgetOrigins: row.widget_origins,
    memberCount: Number(row.member_count ?? 0),
  });

  app.get(
    '/',
    operation({
      summary: 'H6 Employeurs : identifiant d’adhésion, autorisations, origines des widgets',
      responses: { 200: 'EmployerList' },
    }),
    async (c) => c.json({ items: (await list().execute()).map(employerOf) } satisfies EmployerList),
  );

  app.put(
    '/:id',
    operation({
      summary:
        'H6 Modifier un employeur (identifiant d’adhésion B4, autorisations A6, origines des widgets W2)',
      body: employerUpdate,
      responses: { 200: 'Employer' },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const id = c.req.param('id');
      const before = (await list().execute()).find((e) => e.id === id);
      if (!before) throw new ProblemError(404, 'Cet employeur est inconnu.', { code: 'not-found' });
      if (input.adhesionCode) {
        const taken = await db
          .selectFrom('core.employers')
          .select('id')
          .where('adhesion_code', '=', input.adhesionCode)
          .where('id', '!=', id)
          .executeTakeFirst();
        if (taken) {
          const detail = 'Cet identifiant d’adhésion est déjà celui d’un autre employeur.';
          throw new ProblemError(409, detail, {
            code: 'conflict',
            errors: [{ field: 'adhesionCode', detail }],
          });
        }
      }
      const after = {
        adhesion_code: input.adhesionCode,
        disabled_features: FEATURES.filter((f) => input.features[f] === false),
        widget_origins: [...new Set(input.widgetOrigins)],
      };
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('core.employers').set(after).where('id', '=', id).execute();
        // The services open to its members (SPEC A6) come with their sessions: read them again.
        await kernel.sessions.changed({ all: true }, trx);
        // Origins no longer registered: their tokens and the members' consents end with them (W2).
        await kernel.widgets.forgetOrigins(
          id,
          before.widget_origins.filter((origin) => !after.widget_origins.includes(origin)),
          trx,
        );
        await kernel.audit.record(
          {
            actorKind: 'manager',
            actorId: c.get('manager').managerId,
            action: 'employeur.modification',
            targetKind: 'employer',
            targetId: id,
            before: {
              adhesion_code: before.adhesion_code,
              disabled_features: before.disabled_features,
              widget_origins: before.widget_origins,
            },
            after,
          },
          trx,
        );
      });
      const updated = (await list().execute()).find((e) => e.id === id);
      return c.json(employerOf(updated as NonNullable<typeof updated>));
    },
  );

  return app;
}
