import { msg, str } from '@lit/localize';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { sql } from 'kysely';
import {
  activationByPostSchema,
  activationConfirmSchema,
  activationRequestSchema,
  identifierReminderSchema,
} from '../contract/auth.js';
import type { RobotChallenge } from '../contract/robot-check.js';
import { activationCodeHash, CODE_TRIES, queueActivationLetter } from './activation-by-post.js';
import { startSession } from './auth-routes.js';
import { hashPassword, randomToken, safeEqual, sha256Hex } from './crypto.js';
import { greeting } from './french.js';
import type { CoreKernel } from './kernel.js';
import { inMemberLocale } from './member-locale.js';
import { atNeutralPace, neutralAnswer } from './neutral-answer.js';
import { operation } from './openapi.js';
import { lateLinkNotice } from './password-reset.js';
import { ProblemError } from './problem.js';
import { clientIp } from './request-context.js';

export const ACTIVATION_REQUESTED =
  "Si les informations saisies correspondent à un adhérent sans espace en ligne, un e-mail contenant un lien d'activation (valable 24 heures) vient d'être envoyé à l'adresse connue de nos services. Si nous n'avons pas d'adresse e-mail pour vous, vous recevrez un code d'activation par courrier.";
export const ACTIVATION_CODE_REFUSED =
  "Ce code d'activation n'est pas valable pour ces informations : vérifiez-les, ou demandez un nouveau code depuis « Créer mon espace ».";
export const IDENTIFIER_SENT =
  "Si les informations saisies correspondent à un adhérent, son identifiant vient d'être envoyé à l'adresse e-mail connue de nos services.";
export const ACTIVATION_LINK_INVALID =
  "Ce lien d'activation n'est plus valable : il a expiré ou a déjà été utilisé. Demandez un nouveau lien depuis « Créer mon espace ».";

const ACTIVATION_HOURS = 24;

/** SPEC A9: "Créer mon espace" (activation by e-mailed link) and "Identifiant oublié". */
export function activationRoutes(kernel: CoreKernel) {
  const { db, config } = kernel;
  const app = new Hono();

  async function limited(c: Context, scope: string) {
    const ip = clientIp(c) ?? 'unknown';
    if (!(await kernel.rateLimiter.hit(`${scope}-ip:${ip}`, 10, 900))) {
      throw new ProblemError(429, 'Trop de demandes depuis votre connexion. Réessayez dans 15 minutes.', {
        code: 'rate-limited',
        headers: { 'Retry-After': '900' },
      });
    }
  }

  /** The rate limit of `scope`, checked before the body is read (a flood gets 429, not 400). */
  const limit =
    (scope: string): MiddlewareHandler =>
    async (c, next) => {
      await limited(c, scope);
      await next();
    };

  /** The robot-check challenge of « Créer mon espace » (ALTCHA widget's `challengeurl`). */
  app.get(
    '/activation/challenge',
    operation({
      summary: 'A9 Défi « Je ne suis pas un robot » de « Créer mon espace » (ALTCHA)', // i18n-ignore
      responses: { 200: 'RobotChallenge' },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      const challenge: RobotChallenge = await kernel.robotCheck.challenge();
      return c.json(challenge);
    },
  );

  app.post(
    '/activation/request',
    limit('activation'),
    operation({
      summary: 'A9 Créer mon espace : demander le lien d’activation (réponse neutre)', // i18n-ignore
      body: activationRequestSchema,
      responses: { 202: 'NeutralAnswer' },
    }),
    async (c) => {
      const started = Date.now();
      const input = c.req.valid('json');
      const robot = await kernel.robotCheck.verify(input.altcha);
      if (robot !== 'ok') {
        const detail =
          'La vérification « Je ne suis pas un robot » a échoué ou a expiré : cochez à nouveau la case.';
        throw new ProblemError(403, detail, { code: 'captcha', errors: [{ field: 'altcha', detail }] });
      }
      const email = input.email.toLowerCase();
      const member = await db
        .selectFrom('core.memberships as ms')
        .innerJoin('core.members as m', 'm.id', 'ms.member_id')
        .select([
          'm.id',
          'm.email',
          'm.password_hash',
          'm.civility',
          'm.first_name',
          'm.last_name',
          'm.identifier',
        ])
        .where('ms.membership_number', '=', input.membershipNumber)
        .where('m.birth_date', '=', input.birthDate)
        .executeTakeFirst();
      const withinTargetLimit = member
        ? await kernel.rateLimiter.hit(`activation-member:${member.id}`, 3, 3600)
        : false;
      if (member && withinTargetLimit) {
        const addressee = {
          civility: member.civility,
          firstName: member.first_name,
          lastName: member.last_name,
        };
        if (member.password_hash) {
          // Already active: tell the owner, at the address on file, that someone tried.
          if (member.email) {
            const to = member.email;
            await inMemberLocale(db, member.id, () =>
              kernel.outbox.enqueueEmail({
                to,
                subject: msg('Portail Adhérent : tentative de création de votre espace'),
                text: `${greeting(addressee)}\n\n${msg(str`Quelqu'un a demandé à créer un espace en ligne avec votre numéro d'adhésion, alors que votre espace existe déjà. Si c'était vous, connectez-vous avec votre identifiant ${member.identifier} ou utilisez « Besoin d'aide » si vous avez oublié votre mot de passe. Sinon, ignorez ce message : rien n'a été modifié.`)}`,
              }),
            );
          }
        } else if (!member.email) {
          // Nobody's typed address is trusted with the account: a code goes by post instead.
          await db.transaction().execute((trx) => queueActivationLetter(kernel, trx, member));
        } else if (member.email.toLowerCase() === email) {
          const taken = await db
            .selectFrom('core.members')
            .select('id')
            .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
            .where('id', '<>', member.id)
            .executeTakeFirst();
          if (!taken) {
            const token = randomToken();
            const expiresAt = new Date(Date.now() + ACTIVATION_HOURS * 3_600_000);
            await db.transaction().execute(async (trx) => {
              await trx
                .insertInto('core.activation_tokens')
                .values({ token_hash: sha256Hex(token), member_id: member.id, email, expires_at: expiresAt })
                .execute();
              await inMemberLocale(trx, member.id, () =>
                kernel.outbox.enqueueEmail(
                  {
                    to: email,
                    subject: msg('Portail Adhérent : activez votre espace'),
                    text: [
                      greeting(addressee),
                      '',
                      msg(
                        'Pour activer votre espace adhérent, suivez ce lien (valable 24 heures, une seule fois) et choisissez votre mot de passe :',
                      ),
                      `${config.publicUrl}/activation?jeton=${token}`,
                      '',
                      msg(
                        str`Vous vous connecterez ensuite avec cette adresse e-mail ou votre identifiant ${member.identifier}.`,
                      ),
                      msg(
                        "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : aucun espace ne sera créé.",
                      ),
                    ].join('\n'),
                    expiresAt,
                    whenExpired: lateLinkNotice(
                      addressee,
                      msg("d'activation de votre espace"),
                      `${config.publicUrl}/creer-mon-espace`,
                    ),
                  },
                  trx,
                ),
              );
            });
          }
        }
      }
      return neutralAnswer(c, started, ACTIVATION_REQUESTED);
    },
  );

  app.post(
    '/activation/confirm',
    operation({
      summary:
        'A9 Activer son espace avec le lien reçu et choisir son mot de passe (connecté, CGU à accepter)', // i18n-ignore
      body: activationConfirmSchema,
      responses: { 200: 'SessionInfo' },
    }),
    async (c) => {
      const { token, password } = c.req.valid('json');
      const passwordHash = await hashPassword(password);
      const memberId = await db.transaction().execute(async (trx) => {
        const used = await trx
          .updateTable('core.activation_tokens')
          .set({ used_at: sql`now()` })
          .where('token_hash', '=', sha256Hex(token))
          .where('used_at', 'is', null)
          .where('expires_at', '>', sql<Date>`now()`)
          .returning(['member_id', 'email'])
          .executeTakeFirst();
        if (!used) return null;
        // Nothing was created before this point: the account exists once the password is set.
        const activated = await trx
          .updateTable('core.members')
          .set({ password_hash: passwordHash, email: used.email })
          .where('id', '=', used.member_id)
          .where('password_hash', 'is', null)
          .returning('id')
          .executeTakeFirst();
        if (!activated) return null;
        await trx
          .updateTable('core.activation_tokens')
          .set({ used_at: sql`now()` })
          .where('member_id', '=', used.member_id)
          .where('used_at', 'is', null)
          .execute();
        await kernel.audit.record(
          { actorKind: 'member', actorId: activated.id, action: 'auth.activation', ip: clientIp(c) },
          trx,
        );
        return activated.id;
      });
      if (!memberId)
        throw new ProblemError(410, ACTIVATION_LINK_INVALID, { code: 'activation-token-invalid' });
      return c.json(await startSession(kernel, c, memberId));
    },
  );

  /** A9 by post: the code of the letter, the member's membership number and birth date. */
  app.post(
    '/activation/courrier',
    limit('activation-code'),
    operation({
      summary: 'A9 Activer son espace avec le code reçu par courrier (connecté, CGU à accepter)', // i18n-ignore
      body: activationByPostSchema,
      responses: { 200: 'SessionInfo' },
    }),
    async (c) => {
      const started = Date.now();
      const input = c.req.valid('json');
      const refused = async () => {
        await atNeutralPace(started);
        return new ProblemError(400, ACTIVATION_CODE_REFUSED, {
          code: 'activation-code-invalid',
          errors: [{ field: 'code', detail: ACTIVATION_CODE_REFUSED }],
        });
      };
      const member = await db
        .selectFrom('core.memberships as ms')
        .innerJoin('core.members as m', 'm.id', 'ms.member_id')
        .select(['m.id'])
        .where('ms.membership_number', '=', input.membershipNumber)
        .where('m.birth_date', '=', input.birthDate)
        .where('m.password_hash', 'is', null)
        .executeTakeFirst();
      if (!member) throw await refused();
      // Each try is counted before the code is compared: a letter allows CODE_TRIES wrong ones.
      const tried = await db
        .updateTable('core.activation_tokens')
        .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
        .where('member_id', '=', member.id)
        .where('channel', '=', 'courrier')
        .where('used_at', 'is', null)
        .where('expires_at', '>', sql<Date>`now()`)
        .where('attempts', '<', CODE_TRIES)
        .returning('token_hash')
        .execute();
      const hash = activationCodeHash(input.code);
      if (!tried.some((row) => safeEqual(row.token_hash, hash))) throw await refused();
      const email = input.email.toLowerCase();
      const passwordHash = await hashPassword(input.password);
      const activated = await db.transaction().execute(async (trx) => {
        const taken = await trx
          .selectFrom('core.members')
          .select('id')
          .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
          .where('id', '<>', member.id)
          .executeTakeFirst();
        if (taken) {
          const detail = 'Cette adresse e-mail est déjà celle d’un autre compte : choisissez-en une autre.';
          throw new ProblemError(409, detail, { code: 'email-taken', errors: [{ field: 'email', detail }] });
        }
        const done = await trx
          .updateTable('core.members')
          .set({ password_hash: passwordHash, email })
          .where('id', '=', member.id)
          .where('password_hash', 'is', null)
          .returning('id')
          .executeTakeFirst();
        if (!done) return false;
        await trx
          .updateTable('core.activation_tokens')
          .set({ used_at: sql`now()` })
          .where('member_id', '=', member.id)
          .where('used_at', 'is', null)
          .execute();
        await kernel.audit.record(
          { actorKind: 'member', actorId: member.id, action: 'auth.activation-courrier', ip: clientIp(c) },
          trx,
        );
        return true;
      });
      if (!activated) throw await refused();
      return c.json(await startSession(kernel, c, member.id));
    },
  );

  app.post(
    '/identifier-reminder',
    limit('reminder'),
    operation({
      summary: 'A9 Identifiant oublié : l’envoyer à l’adresse e-mail connue (réponse neutre)', // i18n-ignore
      body: identifierReminderSchema,
      responses: { 202: 'NeutralAnswer' },
    }),
    async (c) => {
      const started = Date.now();
      const input = c.req.valid('json');
      const member = await db
        .selectFrom('core.members')
        .select(['id', 'identifier', 'email', 'civility', 'first_name', 'last_name'])
        .where((eb) => eb(eb.fn('lower', ['email']), '=', input.email.toLowerCase()))
        .where('birth_date', '=', input.birthDate)
        .executeTakeFirst();
      if (member?.email && (await kernel.rateLimiter.hit(`reminder-member:${member.id}`, 3, 3600))) {
        const to = member.email;
        await inMemberLocale(db, member.id, () =>
          kernel.outbox.enqueueEmail({
            to,
            subject: msg('Portail Adhérent : votre identifiant'),
            text: [
              greeting({
                civility: member.civility,
                firstName: member.first_name,
                lastName: member.last_name,
              }),
              '',
              msg(str`Votre identifiant du Portail Adhérent est : ${member.identifier}`),
              msg('Vous pouvez aussi vous connecter avec cette adresse e-mail.'),
              '',
              msg("Si vous n'êtes pas à l'origine de cette demande, ignorez ce message."),
            ].join('\n'),
          }),
        );
      }
      return neutralAnswer(c, started, IDENTIFIER_SENT);
    },
  );

  return app;
}
