import { type Context, Hono } from 'hono';
import type { LoginChallenge } from '../contract/second-factor.js';
import { loginCodeResendSchema, loginCodeSchema } from '../contract/second-factor-schemas.js';
import { memberAccount, startSession } from './auth-routes.js';
import type { CoreKernel } from './kernel.js';
import type { PasswordAttempt } from './login-throttle.js';
import { operation } from './openapi.js';
import { ProblemError } from './problem.js';
import { clientIp, type MemberEnv } from './request-context.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * SPEC P8, after a member's right password (`POST /api/auth/login`): a device the member asked to
 * remember opens the session at once (200 SessionInfo); any other gets a code (202 LoginChallenge),
 * the password's try forgiven but the account's earlier failures kept until the code is right.
 */
export async function afterRightPassword(
  kernel: CoreKernel,
  c: Context,
  memberId: string,
  attempt: PasswordAttempt,
): Promise<Response> {
  if (await kernel.trustedDevices.recognise(c, memberId)) {
    await kernel.loginThrottle.succeeded(attempt);
    await kernel.audit.record({
      actorKind: 'member',
      actorId: memberId,
      action: 'auth.login',
      after: { secondFactor: 'appareil-de-confiance' },
      ip: clientIp(c),
    });
    return c.json(await startSession(kernel, c, memberId));
  }
  await kernel.loginThrottle.forgive(attempt);
  const challenge = await kernel.secondFactor.start({ kind: 'member', id: memberId });
  await kernel.audit.record({
    actorKind: 'member',
    actorId: memberId,
    action: 'auth.code-sent',
    after: { channel: challenge.channel },
    ip: clientIp(c),
  });
  c.header('Cache-Control', 'no-store');
  return c.json(challenge satisfies LoginChallenge, 202);
}

/**
 * `/api/auth/login/code…` (the member's code step) and `/api/auth/appareils` (« Appareils de
 * confiance » in Mon compte). The session opens through `startSession`, as every other way in.
 */
export function secondFactorRoutes(kernel: CoreKernel) {
  const app = new Hono<MemberEnv>();

  app.post(
    '/login/code',
    operation({
      summary:
        'P8 Connexion, deuxième étape : le code à 6 chiffres reçu (et « Se souvenir de cet appareil »)',
      body: loginCodeSchema,
      responses: { 200: 'SessionInfo' },
    }),
    async (c) => {
      const { challenge, code, remember } = c.req.valid('json');
      const pending = await kernel.secondFactor.pending(challenge, 'member');
      const memberId = pending.subject.id;
      // A code try counts as a password try: guessing codes locks the account as guessing passwords does.
      const attempt = { account: memberAccount(memberId), ip: clientIp(c) ?? 'unknown' };
      await kernel.loginThrottle.begin(attempt);
      try {
        await kernel.secondFactor.check(pending, challenge, code);
      } catch (error) {
        await kernel.audit.record({
          actorKind: 'system',
          actorId: null,
          action: 'auth.code-failed',
          targetKind: 'member',
          targetId: memberId,
          ip: clientIp(c),
        });
        throw error;
      }
      await kernel.loginThrottle.succeeded(attempt);
      if (remember) {
        const deviceId = await kernel.trustedDevices.remember(c, memberId);
        await kernel.audit.record({
          actorKind: 'member',
          actorId: memberId,
          action: 'auth.device-remembered',
          targetKind: 'trusted-device',
          targetId: deviceId,
          ip: clientIp(c),
        });
      }
      await kernel.audit.record({
        actorKind: 'member',
        actorId: memberId,
        action: 'auth.login',
        after: { secondFactor: 'code' },
        ip: clientIp(c),
      });
      return c.json(await startSession(kernel, c, memberId));
    },
  );

  app.post(
    '/login/code/renvoi',
    operation({
      summary: 'P8 « Renvoyer le code » : un nouveau code remplace l’ancien (3 fois au plus, 30 s d’écart)',
      body: loginCodeResendSchema,
      responses: { 200: 'LoginChallenge' },
    }),
    async (c) => {
      const { challenge } = c.req.valid('json');
      const pending = await kernel.secondFactor.pending(challenge, 'member');
      const answer = await kernel.secondFactor.resend(pending, challenge);
      await kernel.audit.record({
        actorKind: 'member',
        actorId: pending.subject.id,
        action: 'auth.code-sent',
        after: { channel: answer.channel, resent: true },
        ip: clientIp(c),
      });
      c.header('Cache-Control', 'no-store');
      return c.json(answer);
    },
  );

  app.get(
    '/appareils',
    kernel.requireMember(),
    operation({
      summary: 'P8 Appareils de confiance du membre (navigateur, ajout, dernière utilisation)',
      responses: { 200: 'TrustedDeviceList' },
    }),
    async (c) => {
      if (c.get('widget')) throw new ProblemError(403, 'Réservé au Portail Adhérent.', { code: 'forbidden' });
      c.header('Cache-Control', 'no-store');
      return c.json({ devices: await kernel.trustedDevices.list(c, c.get('member').id) });
    },
  );

  app.delete(
    '/appareils/:id',
    kernel.requireMember(),
    operation({
      summary: 'P8 « Retirer » un appareil de confiance : le code sera de nouveau demandé sur cet appareil',
      responses: { 204: null },
    }),
    async (c) => {
      if (c.get('widget')) throw new ProblemError(403, 'Réservé au Portail Adhérent.', { code: 'forbidden' });
      const memberId = c.get('member').id;
      const deviceId = c.req.param('id');
      if (!UUID.test(deviceId) || !(await kernel.trustedDevices.revoke(c, memberId, deviceId))) {
        throw new ProblemError(404, 'Cet appareil ne figure pas parmi vos appareils de confiance.', {
          code: 'not-found',
        });
      }
      await kernel.audit.record({
        actorKind: 'member',
        actorId: memberId,
        action: 'auth.device-revoked',
        targetKind: 'trusted-device',
        targetId: deviceId,
        ip: clientIp(c),
      });
      return c.body(null, 204);
    },
  );

  return app;
}
