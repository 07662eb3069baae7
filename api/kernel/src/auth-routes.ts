import { msg } from '@lit/localize';
import { type Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import {
  localeChoiceSchema,
  loginRequestSchema,
  type PasswordChange,
  passwordChangeSchema,
  type SessionIdle,
  type SessionInfo,
} from '../contract/auth.js';
import { isLocale, LOCALE_COOKIE, type Locale, SOURCE_LOCALE } from '../contract/i18n.js';
import { DECOY_PASSWORD_HASH, hashPassword, verifyPassword } from './crypto.js';
import { greeting } from './french.js';
import type { CoreKernel } from './kernel.js';
import { checkCsrf, SESSION_EXPIRED } from './member-auth.js';
import { inMemberLocale } from './member-locale.js';
import { operation } from './openapi.js';
import { ProblemError } from './problem.js';
import { clientIp, type MemberEnv } from './request-context.js';
import { answerPasswordStep, loginOnRememberedDevice } from './second-factor-routes.js';

export const BAD_CREDENTIALS = 'Identifiant ou mot de passe incorrect.';

/** What the browser learns of its session; `cguRequired` comes with the session's lookup (SPEC A3). */
export function sessionInfo(
  kernel: CoreKernel,
  session: MemberEnv['Variables']['session'],
  cguRequired: boolean,
): SessionInfo {
  return {
    member: {
      id: session.memberId,
      identifier: session.identifier,
      displayName: session.displayName,
      email: session.email,
    },
    csrfToken: session.csrfToken,
    cguRequired,
    idleTimeoutSeconds: kernel.config.sessionIdleMinutes * 60,
  };
}

/**
 * Opens a session for the member: the session the browser may still hold is revoked and a new
 * token is issued (rotation), in an HttpOnly cookie. The one way in, called once the member is
 * authenticated: after the password and the second factor (SPEC P8, second-factor-routes.ts), after
 * an activation link, or after an identity provider vouched for the member (P7, which needs no code).
 */
export async function startSession(kernel: CoreKernel, c: Context, memberId: string): Promise<SessionInfo> {
  const { sessions } = kernel;
  const previous = await sessions.lookup(sessions.memberCookie.read(c));
  if (previous.status === 'valid') await sessions.revoke(previous.session.id);
  const created = await sessions.create(memberId, {
    ip: clientIp(c),
    userAgent: c.req.header('user-agent') ?? null,
  });
  sessions.memberCookie.write(c, created.token);
  const lookup = await sessions.lookup(created.token);
  if (lookup.status !== 'valid') throw new Error('New session not found');
  c.header('Cache-Control', 'no-store');
  const locale = await settleLocale(kernel, c, memberId);
  return { ...sessionInfo(kernel, lookup.session, lookup.cgu.required), locale };
}

/** SPEC P6: the browser's choice of language (`LOCALE_COOKIE`), one year, for its pages and requests. */
export function writeLocaleCookie(kernel: CoreKernel, c: Context, locale: Locale): void {
  setCookie(c, LOCALE_COOKIE, locale, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: kernel.config.production,
    maxAge: 365 * 24 * 3600,
  });
}

/**
 * SPEC P6, when a session opens: a language chosen in this browser before (« English » on the login
 * page) is the member's latest choice and goes on their file; otherwise the file's language becomes
 * this browser's. The member's language either way.
 */
async function settleLocale(kernel: CoreKernel, c: Context, memberId: string): Promise<Locale> {
  const chosen = getCookie(c, LOCALE_COOKIE);
  if (isLocale(chosen)) {
    await kernel.db.updateTable('core.members').set({ locale: chosen }).where('id', '=', memberId).execute();
    return chosen;
  }
  const { locale } = await kernel.db
    .selectFrom('core.members')
    .select('locale')
    .where('id', '=', memberId)
    .executeTakeFirstOrThrow();
  // No cookie says French already.
  if (locale !== SOURCE_LOCALE) writeLocaleCookie(kernel, c, locale);
  return locale;
}

/** The account a password try counts against: the member's, or the login typed when it is nobody's. */
export function memberAccount(memberId: string | undefined, typedLogin = ''): string {
  return memberId ? `member:${memberId}` : `login:${typedLogin}`;
}

/** SPEC A1 (login), A8 (logout, session). Password reset (A2) is in password-reset.ts. */
export function authRoutes(kernel: CoreKernel) {
  const { db, sessions } = kernel;
  const app = new Hono<MemberEnv>();

  app.get(
    '/session',
    kernel.requireMember({ allowWithoutCgu: true }),
    operation({
      summary: 'A8 Session en cours du membre (jeton CSRF, CGU à accepter, délai d’inactivité)', // i18n-ignore
      responses: { 200: 'SessionInfo' },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(sessionInfo(kernel, c.get('session'), c.get('cgu').required));
    },
  );

  // The shell's question on every load, "who is logged in?", which a visitor asks too: nobody is
  // an answer (204), not an error — a 401 would be one more console error in the browser. Only
  // what the session cookie says: no widget token, and member routes keep their 401.
  app.get(
    '/session/status',
    operation({
      summary: 'A8 Session du navigateur, s’il en a une : la session (200) ou personne (204), sans erreur', // i18n-ignore
      responses: { 200: 'SessionInfo', 204: null },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      const lookup = await sessions.lookup(sessions.memberCookie.read(c));
      if (lookup.status !== 'valid') {
        if (lookup.status === 'expired') sessions.memberCookie.clear(c);
        return c.body(null, 204);
      }
      return c.json(sessionInfo(kernel, lookup.session, lookup.cgu.required));
    },
  );

  // A8 « Rester connecté » (the shell's warning before the idle limit, or the member typing in a
  // form): a write, with the CSRF token, that restarts the session's idle clock.
  app.post(
    '/session/keepalive',
    kernel.requireMember({ allowWithoutCgu: true }),
    operation({
      summary: 'A8 Rester connecté : le délai d’inactivité de la session repart de zéro', // i18n-ignore
      responses: { 200: 'SessionIdle' },
    }),
    async (c) => {
      const left = await sessions.restartIdleClock(c.get('session').id);
      if (left === null) {
        sessions.memberCookie.clear(c);
        throw new ProblemError(401, SESSION_EXPIRED, { code: 'session-expired' });
      }
      c.header('Cache-Control', 'no-store');
      return c.json({ idleRemainingSeconds: left / 1000 } satisfies SessionIdle);
    },
  );

  // A8: what the session has left, asked by the shell before it warns the member, without
  // restarting the clock (the member may be active in another tab). No session is an answer (0),
  // not an error; an expired one's cookie is cleared.
  app.get(
    '/session/idle',
    operation({
      summary: 'A8 Temps restant avant l’expiration de la session, sans la prolonger (0 sans session)', // i18n-ignore
      responses: { 200: 'SessionIdle' },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      const left = await sessions.idleLeft(sessions.memberCookie.read(c));
      if (left.status === 'expired') sessions.memberCookie.clear(c);
      const idleRemainingSeconds = left.status === 'valid' ? left.ms / 1000 : 0;
      return c.json({ idleRemainingSeconds } satisfies SessionIdle);
    },
  );

  app.post(
    '/login',
    operation({
      summary: 'A1 Connexion par identifiant ou adresse e-mail et mot de passe', // i18n-ignore
      body: loginRequestSchema,
      responses: { 200: 'SessionInfo', 202: 'LoginChallenge' },
    }),
    async (c) => {
      const { login, password } = c.req.valid('json');
      const loginKey = login.toLowerCase();
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
      // Counted per member, whether they typed their identifier or their e-mail (or per login typed).
      const attempt = { account: memberAccount(member?.id, loginKey), ip: clientIp(c) ?? 'unknown' };
      await kernel.loginThrottle.begin(attempt);
      const valid = await verifyPassword(password, member?.password_hash ?? DECOY_PASSWORD_HASH);
      // A member not yet activated (A4) has no password: their login is as unknown as any other.
      const memberId = member?.password_hash ? member.id : undefined;
      const passwordRight = valid && memberId !== undefined;
      // SPEC P8: a remembered device answers at once, right or wrong; any other browser goes on to
      // the code step whatever the password (a decoy one when wrong): nothing shows before the code.
      if (memberId && (await kernel.trustedDevices.recognise(c, memberId, { noteUse: false }))) {
        return loginOnRememberedDevice(kernel, c, memberId, passwordRight, attempt);
      }
      return answerPasswordStep(kernel, c, { kind: 'member', subjectId: memberId, passwordRight, attempt });
    },
  );

  app.put(
    '/langue',
    operation({
      summary:
        'P6 Langue du portail (« English » / « Français ») : ce navigateur, et le dossier du membre connecté', // i18n-ignore
      body: localeChoiceSchema,
      responses: { 204: null },
    }),
    async (c) => {
      const { locale } = c.req.valid('json');
      const lookup = await sessions.lookup(sessions.memberCookie.read(c));
      if (lookup.status === 'valid') {
        checkCsrf(c, lookup.session.csrfToken);
        await db
          .updateTable('core.members')
          .set({ locale })
          .where('id', '=', lookup.session.memberId)
          .execute();
      }
      writeLocaleCookie(kernel, c, locale);
      return c.body(null, 204);
    },
  );

  app.post(
    '/logout',
    operation({
      summary: 'A8 Déconnexion (ferme aussi les widgets des intranets)', // i18n-ignore
      responses: { 204: null },
    }),
    async (c) => {
      const lookup = await sessions.lookup(sessions.memberCookie.read(c));
      if (lookup.status === 'valid') {
        checkCsrf(c, lookup.session.csrfToken);
        await sessions.revoke(lookup.session.id);
        // The widgets of intranets stop too: a member who logs out expects nothing to stay open.
        await kernel.widgets.revokeAllOf(lookup.session.memberId);
        await kernel.audit.record({
          actorKind: 'member',
          actorId: lookup.session.memberId,
          action: 'auth.logout',
        });
      }
      sessions.memberCookie.clear(c);
      return c.body(null, 204);
    },
  );

  app.post(
    '/password',
    kernel.requireMember(),
    operation({
      summary: 'D4 Changer son mot de passe (les autres sessions sont fermées)', // i18n-ignore
      body: passwordChangeSchema,
      responses: { 204: null },
    }),
    async (c) => {
      await changePassword(kernel, c, c.req.valid('json'));
      return c.body(null, 204);
    },
  );

  return app;
}

/**
 * D4 Mot de passe: the current password must be right (a wrong one counts toward the lockout);
 * then the new one is set, every other session of the member closed, and an e-mail tells them.
 */
async function changePassword(
  kernel: CoreKernel,
  c: Context<MemberEnv>,
  input: PasswordChange,
): Promise<void> {
  const memberId = c.get('member').id;
  const member = await kernel.db
    .selectFrom('core.members')
    .select(['identifier', 'email', 'civility', 'first_name', 'last_name', 'password_hash'])
    .where('id', '=', memberId)
    .executeTakeFirstOrThrow();
  const attempt = { account: memberAccount(memberId), ip: clientIp(c) ?? 'unknown' };
  await kernel.loginThrottle.begin(attempt);
  if (!(await verifyPassword(input.current, member.password_hash ?? DECOY_PASSWORD_HASH))) {
    const detail = 'Le mot de passe actuel est incorrect.';
    throw new ProblemError(400, detail, { code: 'bad-credentials', errors: [{ field: 'current', detail }] });
  }
  const passwordHash = await hashPassword(input.password);
  await kernel.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('core.members')
      .set({ password_hash: passwordHash })
      .where('id', '=', memberId)
      .execute();
    await kernel.sessions.revokeAllOf(memberId, trx, c.get('session').id);
    await kernel.widgets.revokeAllOf(memberId, trx);
    // SPEC P8: every remembered device asks for a code again, and pending logins end.
    await kernel.trustedDevices.revokeAllOf(memberId, trx);
    await kernel.secondFactor.cancelAllOf(memberId, trx);
    await kernel.loginThrottle.clear([memberAccount(memberId)], trx);
    await kernel.audit.record(
      { actorKind: 'member', actorId: memberId, action: 'auth.password-change', ip: clientIp(c) },
      trx,
    );
    if (member.email) {
      const to = member.email;
      // SPEC P6: in the member's language.
      await inMemberLocale(trx, memberId, () =>
        kernel.outbox.enqueueEmail(
          {
            to,
            subject: msg('Portail Adhérent : votre mot de passe a été modifié'),
            text: `${greeting({ civility: member.civility, firstName: member.first_name, lastName: member.last_name })}\n\n${msg("Votre mot de passe du Portail Adhérent vient d'être modifié depuis votre espace ; vos autres sessions ont été fermées. Si vous n'êtes pas à l'origine de ce changement, contactez sans attendre le service adhérents.")}`,
          },
          trx,
        ),
      );
    }
  });
}
