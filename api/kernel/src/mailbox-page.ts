import { Hono } from 'hono';
import type { Kernel } from './kernel.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function linkify(escaped: string): string {
  return escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}

/**
 * Development mailbox (`/dev/boite-mail`): without SMTP_URL, e-mails (and the development provider's
 * SMS) stay in the outbox and a person reads them here to follow a reset link. Never mounted in production.
 */
export function mailboxPage(kernel: Kernel) {
  const app = new Hono();
  app.get('/', async (c) => {
    const messages = await kernel.db
      .selectFrom('core.outbox')
      .select(['id', 'channel', 'recipient', 'subject', 'body_text', 'created_at', 'status'])
      .orderBy('created_at', 'desc')
      .limit(50)
      .execute();
    const items = messages
      .map(
        (m) => `<article aria-labelledby="m-${m.id}">
  <h2 id="m-${m.id}">${m.channel === 'sms' ? 'SMS' : escapeHtml(m.subject)}</h2>
  <p class="meta">À : ${escapeHtml(m.recipient)} — ${new Date(m.created_at).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' })}</p>
  <pre>${linkify(escapeHtml(m.body_text))}</pre>
</article>`,
      )
      .join('\n');
    c.header('Cache-Control', 'no-store');
    return c.html(`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Boîte mail de développement – Portail Adhérent</title>
<link rel="stylesheet" href="/dev/boite-mail/style.css"></head>
<body><main><h1>Boîte mail de développement</h1>
<p>Les e-mails envoyés par le portail sans serveur SMTP configuré (<code>SMTP_URL</code>), et les SMS (fournisseur de développement), arrivent ici, du plus récent au plus ancien.</p>
${items || '<p>Aucun e-mail pour le moment.</p>'}
</main></body></html>`);
  });
  app.get('/style.css', (c) =>
    c.body(
      'body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}article{border:1px solid #767676;border-radius:6px;padding:1rem;margin:1rem 0}pre{white-space:pre-wrap;font:inherit}.meta{color:#4a4a4a}a{color:#0b4f9c}',
      200,
      { 'Content-Type': 'text/css; charset=utf-8' },
    ),
  );
  return app;
}
