import { type Kernel, operation } from '@portail/kernel';
import { Hono } from 'hono';
import type { Faq } from '../contract/index.js';
import { contactDb } from './tables.js';

/** E5 Questions fréquentes: public content the back office maintains (table `contact.faq`). */
export function faqRoutes(kernel: Kernel) {
  const app = new Hono();
  app.get(
    '/',
    // i18n-ignore: API documentation (OpenAPI), no member reads it
    operation({ summary: 'E5 Questions fréquentes (publiques)', responses: { 200: 'Faq' } }),
    async (c) => {
      const rows = await contactDb(kernel)
        .selectFrom('contact.faq')
        .select(['id', 'question', 'answer'])
        .orderBy('position')
        .orderBy('id')
        .limit(200)
        .execute();
      c.header('Cache-Control', 'no-cache');
      return c.json({ items: rows } satisfies Faq);
    },
  );
  return app;
}
