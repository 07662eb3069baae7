import { type Kernel, type MemberEnv, operation } from '@portail/kernel';
import { Hono } from 'hono';
import { type FollowUp, MESSAGE_SUBJECTS, QUESTION_THEMES } from '../contract/index.js';
import { newMessageSchema, newQuestionSchema } from '../contract/schemas.js';
import { memberRequest, recordContactRequest, refuseFlooding } from './contact-requests.js';
import { contactDb } from './tables.js';

/**
 * E1 Envoyer un message, E2 Vous avez une question (both become requests of the kernel workflow,
 * answered by the back office), E4 Suivi of every request whatever section made it.
 */
export function exchangeRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  const member = kernel.requireMember();

  async function send(
    memberId: string,
    kind: 'message' | 'question',
    label: string,
    payload: Record<string, string>,
  ) {
    await refuseFlooding(kernel, memberId);
    const id = await contactDb(kernel)
      .transaction()
      .execute((trx) => recordContactRequest(kernel, trx, memberId, { kind, label, payload }));
    return memberRequest(kernel, memberId, id);
  }

  app.post(
    '/messages',
    member,
    kernel.requirePage('contact.message'),
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: 'E1 Envoyer un message au service de gestion',
      description: // i18n-ignore: API documentation (OpenAPI), no member reads it
        'La réponse porte `estimatedAt`, la date de traitement estimée (P1 : médiane des 90 derniers jours de ce type de demande, en jours ouvrés).',
      body: newMessageSchema,
      responses: { 201: 'MemberRequest' },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const subject = MESSAGE_SUBJECTS[input.subject];
      return c.json(
        await send(c.get('member').id, 'message', `Message : ${subject}`, {
          subject: input.subject,
          text: input.message,
        }),
        201,
      );
    },
  );

  app.post(
    '/questions',
    member,
    kernel.requirePage('contact.question'),
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: 'E2 Poser une question au service adhérents',
      description: // i18n-ignore: API documentation (OpenAPI), no member reads it
        'La réponse porte `estimatedAt`, la date de traitement estimée (P1 : médiane des 90 derniers jours de ce type de demande, en jours ouvrés).',
      body: newQuestionSchema,
      responses: { 201: 'MemberRequest' },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const theme = QUESTION_THEMES[input.theme];
      return c.json(
        await send(c.get('member').id, 'question', `Question : ${theme}`, {
          theme: input.theme,
          text: input.question,
        }),
        201,
      );
    },
  );

  app.get(
    '/suivi',
    member,
    kernel.requirePage('contact.suivi'),
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: 'E4 Suivi de toutes les demandes de l’adhérent, les plus récentes d’abord',
      description: // i18n-ignore: API documentation (OpenAPI), no member reads it
        'P1 : chaque demande porte `estimatedAt` (date de traitement estimée, fixée à sa création) et `late` (en cours de traitement au moins un jour ouvré après cette date : « En retard »).',
      responses: { 200: 'FollowUp' },
    }),
    async (c) => {
      c.header('Cache-Control', 'private, no-store');
      const items = await kernel.requests.listForMember(c.get('member').id, { limit: 200 });
      return c.json({ items } satisfies FollowUp);
    },
  );

  app.post(
    '/suivi/:id/masquer',
    member,
    kernel.requirePage('contact.suivi'),
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: 'E4 Ne plus afficher une demande close dans le Suivi',
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      description: 'Seule une demande traitée (acceptée ou refusée) peut être masquée ; sinon 409.',
      responses: { 204: null },
    }),
    async (c) => {
      await kernel.requests.hide(c.get('member').id, c.req.param('id'));
      return c.body(null, 204);
    },
  );

  return app;
}
