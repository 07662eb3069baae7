import { Hono } from 'hono';
import { loginRequestSchema } from '../../contract/auth.js';
import type { ManagerSession } from '../../contract/gestion.js';
import { loginCodeResendSchema, loginCodeSchema } from '../../contract/second-factor-schemas.js';
import { DECOY_PASSWORD_HASH, verifyPassword } from '../crypto.js';
import type { CoreKernel } from '../kernel.js';
import { checkCsrf } from '../member-auth.js';
import { operation } from '../openapi.js';
import { clientIp } from '../request-context.js';
import { answerPasswordStep, resendLoginCode, tryLoginCode } from '../second-factor-routes.js';
import type { ManagerEnv } from './manager-auth.js';

/** `/api/gestion/auth`: the managers' own login (SPEC H1), throttled like the members'. */
export function managerAuthRoutes(kernel: CoreKernel) {
  const { db, sessions } = kernel;
  const app = new Hono<ManagerEnv>();

  app.post(
    '/login',
    operation({
      summary: 'H1 Connexion d’un gestionnaire au back office (P8 : suivie du code reçu par e-mail)',
      body: loginRequestSchema,
      responses: { 202: 'LoginChallenge' },
    }),
    async (c) => {
      const { login, password } = c.req.valid('json');
      const attempt = { account: `gestion:${login.toLowerCase()}`, ip: clientIp(c) ?? 'unknown' };
      await kernel.loginThrottle.begin(attempt);
      const manager = await db
        .selectFrom('core.managers')
        .select(['id', 'login', 'display_name', 'password_hash'])
        .where('login', '=', login)
        .executeTakeFirst();
      const valid = await verifyPassword(password, manager?.password_hash ?? DECOY_PASSWORD_HASH);
      // SPEC P8: a manager always goes on with a code sent by e-mail — after a wrong password too,
      // on a decoy login, so that nothing shows before the code.
      return answerPasswordStep(kernel, c, {
        kind: 'manager',
        subjectId: manager?.id,
        passwordRight: valid && manager !== undefined,
        attempt,
      });
    },
  );

  app.post(
    '/login/code',
    operation({
      summary: 'P8 Connexion d’un gestionnaire, deuxième étape : le code reçu par e-mail',
      body: loginCodeSchema,
      responses: { 200: 'ManagerSession' },
    }),
    async (c) => {
      const managerId = await tryLoginCode(kernel, c, 'manager', c.req.valid('json'));
      const manager = await db
        .selectFrom('core.managers')
        .select(['id', 'login', 'display_name'])
        .where('id', '=', managerId)
        .executeTakeFirstOrThrow();
      const previous = await sessions.lookupManager(sessions.managerCookie.read(c));
      if (previous.status === 'valid') await sessions.revoke(previous.session.id);
      const { token, csrfToken } = await sessions.createForManager(manager.id, {
        ip: clientIp(c),
        userAgent: c.req.header('user-agent') ?? null,
      });
      sessions.managerCookie.write(c, token);
      await kernel.audit.record({
        actorKind: 'manager',
        actorId: manager.id,
        action: 'gestion.login',
        ip: clientIp(c),
      });
      c.header('Cache-Control', 'no-store');
      return c.json({
        manager: { id: manager.id, login: manager.login, displayName: manager.display_name },
        csrfToken,
      } satisfies ManagerSession);
    },
  );

  app.post(
    '/login/code/renvoi',
    operation({
      summary: 'P8 « Renvoyer le code » au gestionnaire (3 fois au plus, 30 s d’écart)',
      body: loginCodeResendSchema,
      responses: { 200: 'LoginChallenge' },
    }),
    (c) => resendLoginCode(kernel, c, 'manager', c.req.valid('json').challenge),
  );

  app.get(
    '/session',
    kernel.requireManager,
    operation({ summary: 'H1 Session en cours du gestionnaire', responses: { 200: 'ManagerSession' } }),
    (c) => {
      const { managerId, login, displayName, csrfToken } = c.get('manager');
      c.header('Cache-Control', 'no-store');
      return c.json({ manager: { id: managerId, login, displayName }, csrfToken } satisfies ManagerSession);
    },
  );

  app.post(
    '/logout',
    operation({ summary: 'H1 Déconnexion du gestionnaire', responses: { 204: null } }),
    async (c) => {
      const lookup = await sessions.lookupManager(sessions.managerCookie.read(c));
      if (lookup.status === 'valid') {
        checkCsrf(c, lookup.session.csrfToken);
        await sessions.revoke(lookup.session.id);
        await kernel.audit.record({
          actorKind: 'manager',
          actorId: lookup.session.managerId,
          action: 'gestion.logout',
        });
      }
      sessions.managerCookie.clear(c);
      return c.body(null, 204);
    },
  );

  return app;
}
