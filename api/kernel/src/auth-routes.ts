import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { sql } from 'kysely';
import { loginRequestSchema, type SessionInfo } from '../contract/auth.js';
import { cguStateOf } from './cgu-state.js';
import { DECOY_PASSWORD_HASH, verifyPassword } from './crypto.js';
import type { Kernel } from './kernel.js';
import { checkCsrf } from './member-auth.js';
import { ProblemError, readJson } from './problem.js';
import { clientIp, type MemberEnv } from './request-context.js';

export const BAD_CREDENTIALS = 'Identifiant ou mot de passe incorrect.';

export async function sessionInfo(
  kernel: Kernel,
  session: MemberEnv['Variables']['session'],
): Promise<SessionInfo> {
  return {
    member: {
      id: session.memberId,
      identifier: session.identifier,
      displayName: session.displayName,
      email: session.email,
    },
    csrfToken: session.csrfToken,
    cguRequired: (await cguStateOf(kernel.db, session.memberId)).required,
    idleTimeoutSeconds: kernel.config.sessionIdleMinutes * 60,
  };
}

/**
 * Opens a session for the member: the session the browser may still hold is revoked and a new
 * token is issued (rotation), in an HttpOnly cookie.
 */
export async function startSession(kernel: Kernel, c: Context, memberId: string): Promise<SessionInfo> {
  const { sessions, config } = kernel;
  const previous = await sessions.lookup(getCookie(c, sessions.cookieName));
  if (previous.status === 'valid') await sessions.revoke(previous.session.id);
  const created = await sessions.create(memberId, {
    ip: clientIp(c),
    userAgent: c.req.header('user-agent') ?? null,
  });
  setCookie(c, sessions.cookieName, created.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.production,
  });
  const lookup = await sessions.lookup(created.token);
  if (lookup.status !== 'valid') throw new Error('New session not found');
  c.header('Cache-Control', 'no-store');
  return sessionInfo(kernel, lookup.session);
}

/** SPEC A1 (login), A8 (logout, session). Password reset (A2) is in password-reset.ts. */
export function authRoutes(kernel: Kernel) {
  const { db, sessions, config } = kernel;
  const app = new Hono<MemberEnv>();

  app.get('/session', kernel.requireMember({ allowWithoutCgu: true }), async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await sessionInfo(kernel, c.get('session')));
  });

  app.post('/login', async (c) => {
    const { login, password } = await readJson(c, loginRequestSchema);
    const loginKey = login.toLowerCase();
    const throttle = await db
      .selectFrom('core.login_failures')
      .selectAll()
      .where('login_key', '=', loginKey)
      .executeTakeFirst();
    if (throttle?.locked_until && new Date(throttle.locked_until).getTime() > Date.now()) {
      throw new ProblemError(
        429,
        `Trop de tentatives infructueuses : votre accès est bloqué pendant ${config.lockout.lockMinutes} minutes. Réessayez plus tard ou utilisez « Besoin d'aide » pour choisir un nouveau mot de passe.`,
        { code: 'locked', headers: { 'Retry-After': String(config.lockout.lockMinutes * 60) } },
      );
    }
    const member = await db
      .selectFrom('core.members')
      .select(['id', 'password_hash'])
      .where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['identifier']), '=', loginKey),
          eb(eb.fn('lower', ['email']), '=', loginKey),
        ]),
      )
      .executeTakeFirst();
    const valid = await verifyPassword(password, member?.password_hash ?? DECOY_PASSWORD_HASH);
    if (!member?.password_hash || !valid) {
      const failures = (throttle?.failures ?? 0) + 1;
      const lock = failures >= config.lockout.maxFailures;
      await db
        .insertInto('core.login_failures')
        .values({
          login_key: loginKey,
          failures: lock ? 0 : failures,
          last_failed_at: new Date(),
          locked_until: lock ? new Date(Date.now() + config.lockout.lockMinutes * 60_000) : null,
        })
        .onConflict((oc) =>
          oc.column('login_key').doUpdateSet({
            failures: lock ? 0 : failures,
            last_failed_at: sql`now()`,
            locked_until: lock ? new Date(Date.now() + config.lockout.lockMinutes * 60_000) : null,
          }),
        )
        .execute();
      await kernel.audit.record({
        actorKind: 'system',
        actorId: null,
        action: 'auth.login-failed',
        targetKind: 'member',
        targetId: member?.id,
        ip: clientIp(c),
      });
      throw new ProblemError(401, BAD_CREDENTIALS, { code: 'bad-credentials' });
    }
    await db.deleteFrom('core.login_failures').where('login_key', '=', loginKey).execute();
    await kernel.audit.record({
      actorKind: 'member',
      actorId: member.id,
      action: 'auth.login',
      ip: clientIp(c),
    });
    return c.json(await startSession(kernel, c, member.id));
  });

  app.post('/logout', async (c) => {
    const lookup = await sessions.lookup(getCookie(c, sessions.cookieName));
    if (lookup.status === 'valid') {
      checkCsrf(c, lookup.session.csrfToken);
      await sessions.revoke(lookup.session.id);
      await kernel.audit.record({
        actorKind: 'member',
        actorId: lookup.session.memberId,
        action: 'auth.logout',
      });
    }
    deleteCookie(c, sessions.cookieName, { path: '/', secure: config.production });
    return c.body(null, 204);
  });

  return app;
}
