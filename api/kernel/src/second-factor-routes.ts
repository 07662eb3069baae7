import { type Context, Hono } from 'hono';
import type { LoginChallenge } from '../contract/second-factor.js';
import { loginCodeResendSchema, loginCodeSchema } from '../contract/second-factor-schemas.js';
import { BAD_CREDENTIALS, startSession } from './auth-routes.js';
import type { CoreKernel } from './kernel.js';
import type { PasswordAttempt } from './login-throttle.js';
import { operation } from './openapi.js';
import { ProblemError } from './problem.js';
import { clientIp, type MemberEnv } from './request-context.js';
import type { CodeSubject } from './second-factor.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The audit actions of each kind of login (members' `auth.…`, managers' `gestion.…`). */
const AUDIT_ACTIONS = {
  member: { passwordFailed: 'auth.login-failed', codeSent: 'auth.code-sent', codeFailed: 'auth.code-failed' },
  manager: {
    passwordFailed: 'gestion.login-failed',
    codeSent: 'gestion.code-sent',
    codeFailed: 'gestion.code-failed',
  },
} as const;

/** A login's password step, as the login route checked it. */
export interface PasswordStep {
  kind: CodeSubject['kind'];
  /** The member or manager the typed login names, if any. */
  subjectId: string | undefined;
  passwordRight: boolean;
  /** The try, counted in the login throttle before the password was checked. */
  attempt: PasswordAttempt;
}

/**
 * SPEC P8, the answer to a password step that must be followed by a code (a member's from a device
 * not remembered, a manager's always): 202 LoginChallenge, the same whether the password was right
 * (a code is sent) or not, nor the login known (a decoy login then takes the code step: no code
 * sent, none right); either way the try stays counted until a right code. Only a subject no code
 * can reach is told so (403), whatever the password: nothing about the password shows before the code.
 */
export async function answerPasswordStep(kernel: CoreKernel, c: Context, step: PasswordStep) {
  const { kind, subjectId, attempt } = step;
  const actions = AUDIT_ACTIONS[kind];
  const right = step.passwordRight && subjectId !== undefined;
  const passwordFailed = () =>
    kernel.audit.record({
      actorKind: 'system',
      actorId: null,
      action: actions.passwordFailed,
      targetKind: kind,
      targetId: subjectId,
      ip: clientIp(c),
    });
  if (subjectId) {
    try {
      await kernel.secondFactor.ensureReachable({ kind, id: subjectId });
    } catch (error) {
      if (!right) await passwordFailed();
      throw error;
    }
  }
  // The password's try stays counted, right or wrong, until a right code clears the account's
  // failures (`tryLoginCode`): were a right one forgiven, the lockout would come one code try later
  // after it than after a wrong one, and tell them apart.
  let challenge: LoginChallenge;
  if (right) {
    challenge = await kernel.secondFactor.start({ kind, id: subjectId }, attempt.account);
    await kernel.audit.record({
      actorKind: kind,
      actorId: subjectId,
      action: actions.codeSent,
      ip: clientIp(c),
    });
  } else {
    challenge = await kernel.secondFactor.startDecoy(kind, attempt.account);
    await passwordFailed();
  }
  c.header('Cache-Control', 'no-store');
  return c.json(challenge satisfies LoginChallenge, 202);
}

/**
 * SPEC P8, one try of a login's code (`…/login/code`), counted in the login throttle as a password
 * try (guessing codes locks the account as guessing passwords does), audited when wrong. Whose login
 * it was, once the code is right.
 */
export async function tryLoginCode(
  kernel: CoreKernel,
  c: Context,
  kind: CodeSubject['kind'],
  request: { challenge: string; code: string },
): Promise<string> {
  const pending = await kernel.secondFactor.pending(request.challenge, kind);
  const attempt = { account: pending.throttleAccount, ip: clientIp(c) ?? 'unknown' };
  await kernel.loginThrottle.begin(attempt);
  let subjectId: string;
  try {
    subjectId = await kernel.secondFactor.check(pending, request.challenge, request.code);
  } catch (error) {
    await kernel.audit.record({
      actorKind: 'system',
      actorId: null,
      action: AUDIT_ACTIONS[kind].codeFailed,
      targetKind: kind,
      targetId: pending.subjectId ?? undefined,
      ip: clientIp(c),
    });
    throw error;
  }
  await kernel.loginThrottle.succeeded(attempt);
  return subjectId;
}

/** SPEC P8 « Renvoyer le code » (`…/login/code/renvoi`): 200 LoginChallenge, a decoy's as a real one's. */
export async function resendLoginCode(
  kernel: CoreKernel,
  c: Context,
  kind: CodeSubject['kind'],
  challenge: string,
): Promise<Response> {
  const pending = await kernel.secondFactor.pending(challenge, kind);
  const answer = await kernel.secondFactor.resend(pending, challenge);
  if (pending.subjectId) {
    await kernel.audit.record({
      actorKind: kind,
      actorId: pending.subjectId,
      action: AUDIT_ACTIONS[kind].codeSent,
      after: { resent: true },
      ip: clientIp(c),
    });
  }
  c.header('Cache-Control', 'no-store');
  return c.json(answer satisfies LoginChallenge);
}

/**
 * SPEC P8, the member's login through a device they asked to remember: the session opens at once
 * after a right password (200 SessionInfo); a wrong one is refused as such (401) — the device
 * already proved itself with a code.
 */
export async function loginOnRememberedDevice(
  kernel: CoreKernel,
  c: Context,
  memberId: string,
  passwordRight: boolean,
  attempt: PasswordAttempt,
): Promise<Response> {
  if (!passwordRight) {
    await kernel.audit.record({
      actorKind: 'system',
      actorId: null,
      action: AUDIT_ACTIONS.member.passwordFailed,
      targetKind: 'member',
      targetId: memberId,
      ip: clientIp(c),
    });
    throw new ProblemError(401, BAD_CREDENTIALS, { code: 'bad-credentials' });
  }
  await kernel.trustedDevices.recognise(c, memberId);
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
        'P8 Connexion, deuxième étape : le code à 6 chiffres reçu (et « Se souvenir de cet appareil »)', // i18n-ignore
      body: loginCodeSchema,
      responses: { 200: 'SessionInfo' },
    }),
    async (c) => {
      const { challenge, code, remember } = c.req.valid('json');
      const memberId = await tryLoginCode(kernel, c, 'member', { challenge, code });
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
      summary: 'P8 « Renvoyer le code » : un nouveau code remplace l’ancien (3 fois au plus, 30 s d’écart)', // i18n-ignore
      body: loginCodeResendSchema,
      responses: { 200: 'LoginChallenge' },
    }),
    (c) => resendLoginCode(kernel, c, 'member', c.req.valid('json').challenge),
  );

  app.get(
    '/appareils',
    kernel.requireMember(),
    operation({
      summary: 'P8 Appareils de confiance du membre (navigateur, ajout, dernière utilisation)', // i18n-ignore
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
      summary: 'P8 « Retirer » un appareil de confiance : le code sera de nouveau demandé sur cet appareil', // i18n-ignore
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
