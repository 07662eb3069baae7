import { Hono } from 'hono';
import type { CoreKernel } from './kernel.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function linkify(escaped: string): string {
  return escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}

/** One message of a mailbox page: an e-mail, or an SMS (shown under the heading "SMS"). */
export interface MailboxMessage {
  id: string;
  channel: 'email' | 'sms';
  recipient: string;
  subject: string;
  body_text: string;
  created_at: Date | string;
}

export const MAILBOX_STYLE =
  'body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}article{border:1px solid #767676;border-radius:6px;padding:1rem;margin:1rem 0}pre{white-space:pre-wrap;font:inherit}.meta{color:#4a4a4a}a{color:#0b4f9c}';

/**
 * A page listing messages, newest first, each an `article` named by its subject with its links
 * clickable: the development mailbox, and the mail server the production end-to-end run starts.
 */
export function mailboxHtml(
  messages: readonly MailboxMessage[],
  page: { title: string; intro: string; styleHref: string },
): string {
  const items = messages
    .map(
      (m) => `<article aria-labelledby="m-${escapeHtml(m.id)}">
  <h2 id="m-${escapeHtml(m.id)}">${m.channel === 'sms' ? 'SMS' : escapeHtml(m.subject) /* i18n-ignore: a developer's page */}</h2>
  <p class="meta">À : ${escapeHtml(m.recipient)} — ${new Date(m.created_at).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' })}</p>
  <pre>${linkify(escapeHtml(m.body_text))}</pre>
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title) /* i18n-ignore */} – Portail Adhérent</title>
<link rel="stylesheet" href="${escapeHtml(page.styleHref)}"></head>
<body><main><h1>${escapeHtml(page.title)}</h1>
<p>${escapeHtml(page.intro)}</p>
${items || '<p>Aucun e-mail pour le moment.</p>' /* i18n-ignore */}
</main></body></html>`;
}

/**
 * Development mailbox (`/dev/boite-mail`): without SMTP_URL, e-mails (and the development provider's
 * SMS) stay in the outbox and a person reads them here to follow a reset link. Never mounted in production.
 */
export function mailboxPage(kernel: CoreKernel) {
  const app = new Hono();
  app.get('/', async (c) => {
    const messages = await kernel.db
      .selectFrom('core.outbox')
      .select(['id', 'channel', 'recipient', 'subject', 'body_text', 'created_at'])
      .orderBy('created_at', 'desc')
      .limit(50)
      .execute();
    c.header('Cache-Control', 'no-store');
    return c.html(
      mailboxHtml(messages as MailboxMessage[], {
        // A developer's page (never in production): French only.
        title: 'Boîte mail de développement', // i18n-ignore
        intro: // i18n-ignore
          'Les e-mails envoyés par le portail sans serveur SMTP configuré (SMTP_URL), et les SMS (fournisseur de développement), arrivent ici, du plus récent au plus ancien.',
        styleHref: '/dev/boite-mail/style.css',
      }),
    );
  });
  app.get('/style.css', (c) => c.body(MAILBOX_STYLE, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  return app;
}
