import { msg, str } from '@lit/localize';
import { Hono, type MiddlewareHandler } from 'hono';
import { sql } from 'kysely';
import {
  type NeutralAnswer,
  passwordResetCheckSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
} from '../contract/auth.js';
import { memberAccount } from './auth-routes.js';
import { hashPassword, randomToken, sha256Hex } from './crypto.js';
import { type Addressee, greeting } from './french.js';
import type { CoreKernel } from './kernel.js';
import { inMemberLocale } from './member-locale.js';
import { neutralAnswer } from './neutral-answer.js';
import { operation } from './openapi.js';
import { ProblemError } from './problem.js';
import { clientIp } from './request-context.js';

export const RESET_REQUESTED =
  "Si un compte correspond à ces informations, un e-mail contenant un lien de réinitialisation vient d'être envoyé. Ce lien est valable 30 minutes.";
export const RESET_LINK_INVALID =
  "Ce lien n'est plus valable : il a expiré ou a déjà été utilisé. Demandez un nouveau lien depuis « Besoin d'aide ».";

/**
 * What goes instead of a link that could not leave before it expired (the mail server was down):
 * the member is told to ask again, from `askAgainUrl`. In the language being written in (the
 * member's: SPEC P6), `what` too.
 */
export function lateLinkNotice(addressee: Addressee, what: string, askAgainUrl: string) {
  return {
    subject: msg("Portail Adhérent : votre lien n'a pas pu vous être envoyé à temps"),
    text: [
      greeting(addressee),
      '',
      msg(
        str`Le lien ${what} que vous aviez demandé n'a pas pu vous être envoyé avant son expiration, à la suite d'un incident technique. Il n'est plus valable.`,
      ),
      msg(str`Demandez-en un nouveau : ${askAgainUrl}`),
    ].join('\n'),
  };
}

/** SPEC A2: "Besoin d'aide" → a single-use, expiring link by e-mail; same answer whether or not the account exists. */
export function passwordResetRoutes(kernel: CoreKernel) {
  const { db, config } = kernel;
  const app = new Hono();

  /** A client's checks of links, counted before the body is read (a flood gets 429, not 400). */
  const checksLimited: MiddlewareHandler = async (c, next) => {
    const ip = clientIp(c) ?? 'unknown';
    if (!(await kernel.rateLimiter.hit(`reset-check-ip:${ip}`, 30, 900))) {
      throw new ProblemError(
        429,
        'Trop de demandes depuis votre connexion. Réessayez dans quelques minutes.',
        {
          code: 'rate-limited',
          headers: { 'Retry-After': '900' },
        },
      );
    }
    await next();
  };

  app.post(
    '/request',
    operation({
      summary: "A2 Besoin d'aide : demander un lien de réinitialisation du mot de passe (réponse neutre)", // i18n-ignore
      body: passwordResetRequestSchema,
      responses: { 202: 'NeutralAnswer' },
    }),
    async (c) => {
      const started = Date.now();
      const { login } = c.req.valid('json');
      const ip = clientIp(c) ?? 'unknown';
      if (!(await kernel.rateLimiter.hit(`reset-ip:${ip}`, 10, 900))) {
        throw new ProblemError(
          429,
          'Trop de demandes depuis votre connexion. Réessayez dans quelques minutes.',
          {
            code: 'rate-limited',
            headers: { 'Retry-After': '900' },
          },
        );
      }
      const key = login.toLowerCase();
      const member = await db
        .selectFrom('core.members')
        .select(['id', 'email', 'civility', 'first_name', 'last_name'])
        .where((eb) =>
          eb.or([eb(eb.fn('lower', ['identifier']), '=', key), eb(eb.fn('lower', ['email']), '=', key)]),
        )
        .where('password_hash', 'is not', null)
        .executeTakeFirst();
      const withinAccountLimit = member?.email
        ? await kernel.rateLimiter.hit(`reset-member:${member.id}`, 3, 3600)
        : false;
      if (member?.email && withinAccountLimit) {
        const token = randomToken();
        const addressee = {
          civility: member.civility,
          firstName: member.first_name,
          lastName: member.last_name,
        };
        await db.transaction().execute(async (trx) => {
          const expiresAt = new Date(Date.now() + config.resetTokenMinutes * 60_000);
          await trx
            .insertInto('core.password_reset_tokens')
            .values({ token_hash: sha256Hex(token), member_id: member.id, expires_at: expiresAt })
            .execute();
          // SPEC P6: in the member's language.
          await inMemberLocale(trx, member.id, () =>
            kernel.outbox.enqueueEmail(
              {
                to: member.email as string,
                subject: msg('Portail Adhérent : choisissez un nouveau mot de passe'),
                text: [
                  greeting(addressee),
                  '',
                  msg('Vous avez demandé à choisir un nouveau mot de passe pour le Portail Adhérent.'),
                  msg(str`Suivez ce lien, valable ${config.resetTokenMinutes} minutes et une seule fois :`),
                  `${config.publicUrl}/mot-de-passe/nouveau?jeton=${token}`,
                  '',
                  msg(
                    "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.",
                  ),
                ].join('\n'),
                expiresAt,
                whenExpired: lateLinkNotice(
                  addressee,
                  msg('de réinitialisation de votre mot de passe'),
                  `${config.publicUrl}/aide`,
                ),
              },
              trx,
            ),
          );
        });
      }
      return neutralAnswer(c, started, RESET_REQUESTED);
    },
  );

  app.post(
    '/check',
    checksLimited,
    operation({
      summary: 'A2 Le lien reçu est-il encore valable ? (à l’ouverture de la page, sans l’utiliser)', // i18n-ignore
      description:
        '204 tant que le lien permet de choisir un mot de passe ; 410 `reset-token-invalid` sinon (expiré, déjà utilisé ou inconnu, sans distinction). Le jeton est dans le corps, jamais dans l’URL.', // i18n-ignore
      body: passwordResetCheckSchema,
      responses: { 204: null },
    }),
    async (c) => {
      const { token } = c.req.valid('json');
      const usable = await db
        .selectFrom('core.password_reset_tokens')
        .select('member_id')
        .where('token_hash', '=', sha256Hex(token))
        .where('used_at', 'is', null)
        .where('expires_at', '>', sql<Date>`now()`)
        .executeTakeFirst();
      if (!usable) throw new ProblemError(410, RESET_LINK_INVALID, { code: 'reset-token-invalid' });
      c.header('Cache-Control', 'no-store');
      return c.body(null, 204);
    },
  );

  app.post(
    '/confirm',
    operation({
      summary: 'A2 Choisir un nouveau mot de passe avec le lien reçu (les sessions sont fermées)', // i18n-ignore
      body: passwordResetConfirmSchema,
      responses: { 200: 'NeutralAnswer' },
    }),
    async (c) => {
      const { token, password } = c.req.valid('json');
      const passwordHash = await hashPassword(password);
      const memberId = await db.transaction().execute(async (trx) => {
        const used = await trx
          .updateTable('core.password_reset_tokens')
          .set({ used_at: sql`now()` })
          .where('token_hash', '=', sha256Hex(token))
          .where('used_at', 'is', null)
          .where('expires_at', '>', sql<Date>`now()`)
          .returning('member_id')
          .executeTakeFirst();
        if (!used) return null;
        const member = await trx
          .updateTable('core.members')
          .set({ password_hash: passwordHash })
          .where('id', '=', used.member_id)
          .returning(['id', 'identifier', 'email', 'civility', 'first_name', 'last_name'])
          .executeTakeFirstOrThrow();
        await kernel.sessions.revokeAllOf(member.id, trx);
        await kernel.widgets.revokeAllOf(member.id, trx);
        // SPEC P8: every remembered device asks for a code again, and pending logins end.
        await kernel.trustedDevices.revokeAllOf(member.id, trx);
        await kernel.secondFactor.cancelAllOf(member.id, trx);
        // « Besoin d'aide » always gets the member back in: every wait on the account ends.
        await kernel.loginThrottle.clear([memberAccount(member.id)], trx);
        await kernel.audit.record(
          { actorKind: 'member', actorId: member.id, action: 'auth.password-reset', ip: clientIp(c) },
          trx,
        );
        if (member.email) {
          const to = member.email;
          await inMemberLocale(trx, member.id, () =>
            kernel.outbox.enqueueEmail(
              {
                to,
                subject: msg('Portail Adhérent : votre mot de passe a été modifié'),
                text: `${greeting({ civility: member.civility, firstName: member.first_name, lastName: member.last_name })}\n\n${msg("Votre mot de passe du Portail Adhérent vient d'être modifié. Si vous n'êtes pas à l'origine de ce changement, contactez sans attendre le service adhérents.")}`,
              },
              trx,
            ),
          );
        }
        return member.id;
      });
      if (!memberId) throw new ProblemError(410, RESET_LINK_INVALID, { code: 'reset-token-invalid' });
      return c.json({
        message: msg('Votre mot de passe a été modifié. Vous pouvez vous connecter.'),
      } satisfies NeutralAnswer);
    },
  );

  return app;
}
