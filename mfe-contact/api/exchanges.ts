import { type Kernel, type MemberEnv, readJson } from '@portail/kernel';
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

  app.post('/messages', member, kernel.requirePage('contact.message'), async (c) => {
    const input = await readJson(c, newMessageSchema);
    const subject = MESSAGE_SUBJECTS[input.subject];
    return c.json(
      await send(c.get('member').id, 'message', `Message : ${subject}`, {
        subject: input.subject,
        text: input.message,
      }),
      201,
    );
  });

  app.post('/questions', member, kernel.requirePage('contact.question'), async (c) => {
    const input = await readJson(c, newQuestionSchema);
    const theme = QUESTION_THEMES[input.theme];
    return c.json(
      await send(c.get('member').id, 'question', `Question : ${theme}`, {
        theme: input.theme,
        text: input.question,
      }),
      201,
    );
  });

  app.get('/suivi', member, kernel.requirePage('contact.suivi'), async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json({
      items: await kernel.requests.listForMember(c.get('member').id, { limit: 200 }),
    } satisfies FollowUp);
  });

  app.post('/suivi/:id/masquer', member, kernel.requirePage('contact.suivi'), async (c) => {
    await kernel.requests.hide(c.get('member').id, c.req.param('id'));
    return c.body(null, 204);
  });

  return app;
}
