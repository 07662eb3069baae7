import { type Kernel, type MemberEnv, ProblemError, readJson } from '@portail/kernel';
import { Hono } from 'hono';
import { CONTACT_PAGES, type FollowUp, MESSAGE_SUBJECTS, QUESTION_THEMES } from '../contract/index.js';
import { newMessageSchema, newQuestionSchema } from '../contract/schemas.js';

const pageOf = (id: string) => CONTACT_PAGES.find((p) => p.id === id) as (typeof CONTACT_PAGES)[number];

/** At most this many messages and questions a member sends in an hour (flooding). */
const SENDS_PER_HOUR = 10;

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
    if (!(await kernel.rateLimiter.hit(`contact-send:${memberId}`, SENDS_PER_HOUR, 3600))) {
      throw new ProblemError(
        429,
        'Vous avez envoyé beaucoup de demandes en peu de temps : réessayez dans une heure, ou appelez le service adhérents.',
        {
          code: 'rate-limited',
          headers: { 'Retry-After': '3600' },
        },
      );
    }
    const id = await kernel.requests.create({ memberId, section: 'contact', kind, label, payload });
    await kernel.audit.record({
      actorKind: 'member',
      actorId: memberId,
      action: `contact.${kind}`,
      targetKind: 'request',
      targetId: id,
    });
    const [created] = await kernel.requests.listForMember(memberId, { section: 'contact', kind, limit: 1 });
    return created;
  }

  app.post('/messages', member, kernel.requirePage(pageOf('contact.message')), async (c) => {
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

  app.post('/questions', member, kernel.requirePage(pageOf('contact.question')), async (c) => {
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

  app.get('/suivi', member, kernel.requirePage(pageOf('contact.suivi')), async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json({
      items: await kernel.requests.listForMember(c.get('member').id, { limit: 200 }),
    } satisfies FollowUp);
  });

  app.post('/suivi/:id/masquer', member, kernel.requirePage(pageOf('contact.suivi')), async (c) => {
    await kernel.requests.hide(c.get('member').id, c.req.param('id'));
    return c.body(null, 204);
  });

  return app;
}
